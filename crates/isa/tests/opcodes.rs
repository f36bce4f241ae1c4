//! Every one of the 256 opcode bytes, with a spread of field values: valid encodings decode,
//! re-encode to the same slots and print; invalid ones are refused with a precise error.
#![forbid(unsafe_code)]

use isa::{decode, decode_one, DecodeErrorKind, Insn, Pc, RawInsn};

/// Field values that exercise each opcode's reserved-field rules.
fn field_samples() -> Vec<(u8, u8, i16, i32)> {
    let regs = [0u8, 1, 10, 11, 15];
    let offs = [0i16, 1, 8, 16, 32, -8, 3];
    let imms = [
        0i32, 1, 16, 32, 64, 0x51, 0xe1, 0xf1, 0x100, 0x110, -1, 0x10000,
    ];
    let mut v = Vec::new();
    for &d in &regs {
        for &s in &regs {
            for &o in &offs {
                for &i in &imms {
                    v.push((d, s, o, i));
                }
            }
        }
    }
    v
}

#[test]
fn every_opcode_byte_decodes_or_is_refused() {
    let mut valid_opcodes = std::collections::BTreeSet::new();
    let mut accepted = 0usize;
    for code in 0..=255u8 {
        for &(dst, src, off, imm) in &field_samples() {
            let first = RawInsn::new(code, dst, src, off, imm);
            let slots = [first, RawInsn::new(0, 0, 0, 0, 7)];
            match decode_one(&slots[..], Pc(0)) {
                Ok(insn) => {
                    accepted += 1;
                    valid_opcodes.insert(code);
                    let enc = insn.encode();
                    assert_eq!(
                        enc[..],
                        slots[..enc.len()],
                        "{code:#04x} {insn:?} re-encodes"
                    );
                    assert!(dst <= 10 && src <= 10, "bad register accepted: {insn:?}");
                    let text = insn.to_string();
                    assert!(!text.is_empty());
                }
                Err(e) => {
                    if code == 0 {
                        continue;
                    }
                    assert_eq!(e.pc.0, 0, "error points at the first slot");
                    match e.kind {
                        DecodeErrorKind::BadRegister { value, .. } => assert!(value > 10),
                        DecodeErrorKind::UnknownOpcode(c) => assert_eq!(c, code),
                        DecodeErrorKind::ReservedField { .. } => {}
                        other => panic!("{code:#04x}: unexpected {other:?}"),
                    }
                }
            }
        }
    }
    assert!(accepted > 10_000);
    // The opcode bytes that exist in the ISA (RFC 9669 plus kernel extensions).
    let expected: Vec<u8> = vec![
        0x04, 0x05, 0x06, 0x07, 0x0c, 0x0f, 0x14, 0x15, 0x16, 0x17, 0x18, 0x1c, 0x1d, 0x1e, 0x1f,
        0x20, 0x24, 0x25, 0x26, 0x27, 0x28, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x34, 0x35, 0x36, 0x37,
        0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x44, 0x45, 0x46, 0x47, 0x48, 0x4c, 0x4d, 0x4e, 0x4f, 0x50,
        0x54, 0x55, 0x56, 0x57, 0x5c, 0x5d, 0x5e, 0x5f, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
        0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x79,
        0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f, 0x81, 0x84, 0x85, 0x87, 0x89, 0x91, 0x94, 0x95, 0x97,
        0x9c, 0x9f, 0xa4, 0xa5, 0xa6, 0xa7, 0xac, 0xad, 0xae, 0xaf, 0xb4, 0xb5, 0xb6, 0xb7, 0xbc,
        0xbd, 0xbe, 0xbf, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd3, 0xd4,
        0xd5, 0xd6, 0xd7, 0xdb, 0xdc, 0xdd, 0xde, 0xe5,
    ];
    let got: Vec<u8> = valid_opcodes.into_iter().collect();
    assert_eq!(got, expected);
}

#[test]
fn precise_errors() {
    let one = |code, dst, src, off, imm| decode(&[RawInsn::new(code, dst, src, off, imm)]);
    assert_eq!(
        one(0xff, 0, 0, 0, 0).unwrap_err().kind,
        DecodeErrorKind::UnknownOpcode(0xff)
    );
    assert_eq!(
        one(0xb7, 11, 0, 0, 0).unwrap_err().kind,
        DecodeErrorKind::BadRegister {
            field: "dst",
            value: 11
        }
    );
    assert_eq!(
        one(0x95, 0, 0, 0, 1).unwrap_err().kind,
        DecodeErrorKind::ReservedField {
            field: "imm",
            value: 1
        }
    );
    assert_eq!(
        one(0x18, 1, 0, 0, 0).unwrap_err().kind,
        DecodeErrorKind::TruncatedLdImm64
    );
    let bad_second = [
        RawInsn::new(0x18, 1, 0, 0, 0),
        RawInsn::new(0x95, 0, 0, 0, 0),
    ];
    assert_eq!(
        decode(&bad_second).unwrap_err().kind,
        DecodeErrorKind::BadLdImm64Second
    );
    assert_eq!(
        one(0xd4, 1, 0, 0, 8).unwrap_err().kind,
        DecodeErrorKind::ReservedField {
            field: "imm",
            value: 8
        }
    );
    assert!(RawInsn::slice_from_bytes(&[0u8; 9]).is_err());
}

#[test]
fn canonical_text_matches_llvm_objdump_19() {
    // (encoding, what `llvm-objdump -d --mcpu=v4 --no-print-imm-hex` of LLVM 19 prints;
    // narrow loads/stores as without +alu32).
    let cases: &[(RawInsn, &str)] = &[
        (
            RawInsn::new(0xc3, 1, 2, 0, 0x00),
            "lock *(u32 *)(r1 + 0) += w2",
        ),
        (
            RawInsn::new(0xc3, 1, 2, -8, 0x01),
            "w2 = atomic_fetch_add((u32 *)(r1 - 8), w2)",
        ),
        (
            RawInsn::new(0xdb, 1, 2, 0, 0xe1),
            "r2 = xchg_64(r1 + 0, r2)",
        ),
        (
            RawInsn::new(0xdb, 1, 2, 0, 0xf1),
            "r0 = cmpxchg_64(r1 + 0, r0, r2)",
        ),
        (
            RawInsn::new(0xc3, 1, 2, 0, 0xf1),
            "w0 = cmpxchg32_32(r1 + 0, w0, w2)",
        ),
        (RawInsn::new(0x4d, 1, 2, 3, 0), "if r1 & r2 goto +3"),
        (RawInsn::new(0x45, 1, 0, 3, 4), "if r1 & 4 goto +3"),
        (RawInsn::new(0x9f, 1, 2, 0, 0), "r1 %= r2"),
        (RawInsn::new(0x94, 1, 0, 0, 7), "w1 %= 7"),
        (RawInsn::new(0x62, 10, 0, -8, 5), "*(u32 *)(r10 - 8) = 5"),
        (RawInsn::new(0x7a, 10, 0, -8, -5), "*(u64 *)(r10 - 8) = -5"),
        (RawInsn::new(0xbf, 1, 2, 8, 0), "r1 = (s8)r2"),
        (RawInsn::new(0xbc, 1, 2, 16, 0), "w1 = (s16)w2"),
        (RawInsn::new(0x3f, 1, 2, 1, 0), "r1 s/= r2"),
        (RawInsn::new(0x97, 1, 0, 1, 3), "r1 s%= 3"),
        (RawInsn::new(0x81, 0, 1, 4, 0), "r0 = *(s32 *)(r1 + 4)"),
        (RawInsn::new(0xd7, 1, 0, 0, 16), "r1 = bswap16 r1"),
        (RawInsn::new(0x06, 0, 0, 0, 5), "gotol +5"),
        (RawInsn::new(0xe5, 0, 0, 2, 0), "may_goto +2"),
        (
            RawInsn::new(0xbf, 1, 2, 1, 0x10000),
            "r1 = addr_space_cast(r2, 1, 0)",
        ),
        (RawInsn::new(0x63, 10, 1, -8, 0), "*(u32 *)(r10 - 8) = r1"),
        (RawInsn::new(0x61, 0, 1, 12, 0), "r0 = *(u32 *)(r1 + 12)"),
        (RawInsn::new(0xb4, 1, 0, 0, -1), "w1 = -1"),
        (RawInsn::new(0x40, 0, 3, 0, 0), "r0 = *(u32 *)skb[r3]"),
        (RawInsn::new(0x30, 0, 0, 0, 5), "r0 = *(u8 *)skb[5]"),
        (RawInsn::new(0xdc, 1, 0, 0, 16), "r1 = be16 r1"),
        (RawInsn::new(0xd4, 1, 0, 0, 64), "r1 = le64 r1"),
        (RawInsn::new(0x05, 0, 0, -1, 0), "goto -1"),
        (RawInsn::new(0x85, 0, 0, 0, 124), "call 124"),
        (RawInsn::new(0x84, 1, 0, 0, 0), "w1 = -w1"),
        (RawInsn::new(0xcc, 1, 2, 0, 0), "w1 s>>= w2"),
        (RawInsn::new(0x95, 0, 0, 0, 0), "exit"),
    ];
    for (raw, text) in cases {
        let insn = decode(&[*raw]).unwrap()[0].1;
        assert_eq!(insn.to_string(), *text, "{raw:?}");
    }
    let ld = [
        RawInsn::new(0x18, 1, 0, 0, -1),
        RawInsn::new(0, 0, 0, 0, 0x12),
    ];
    assert_eq!(decode(&ld).unwrap()[0].1.to_string(), "r1 = 81604378623 ll");
    let ldp = [RawInsn::new(0x18, 1, 2, 0, 7), RawInsn::new(0, 0, 0, 0, 0)];
    assert_eq!(decode(&ldp).unwrap()[0].1.to_string(), "ld_pseudo r1, 2, 7");
    assert_eq!(Insn::Exit.encode(), vec![RawInsn::new(0x95, 0, 0, 0, 0)]);
}
