//! One snapshot per assembler error code: the rustc-style report a user sees.
#![forbid(unsafe_code)]

use asm::ErrorCode;

/// (code, a source that triggers it)
const CASES: &[(ErrorCode, &[u8])] = &[
    (ErrorCode::InvalidUtf8, b"r0 = 1\nexit \xff\n"),
    (
        ErrorCode::Syntax,
        b".text\n    r0 = *(u32 *)(r1 + 8\n    exit\n",
    ),
    (ErrorCode::BadRegister, b".text\n    r11 = 1\n    exit\n"),
    (ErrorCode::WidthMismatch, b".text\n    w0 += r1\n    exit\n"),
    (
        ErrorCode::OperandMismatch,
        b".text\n    r2 = atomic_fetch_add((u64 *)(r1 + 0), r3)\n    exit\n",
    ),
    (
        ErrorCode::BadType,
        b".text\n    *(s32 *)(r10 - 4) = r1\n    exit\n",
    ),
    (
        ErrorCode::ImmOutOfRange,
        b".text\n    r0 = 4294967296\n    exit\n",
    ),
    (
        ErrorCode::OffsetOutOfRange,
        b".text\n    r0 = *(u32 *)(r1 + 32768)\n    exit\n",
    ),
    (
        ErrorCode::UndefinedLabel,
        b".text\n    if r1 == 0 goto dorp\n    r0 = 1\n    exit\ndrop:\n    r0 = 0\n    exit\n",
    ),
    (
        ErrorCode::DuplicateLabel,
        b".text\nout:\n    r0 = 1\nout:\n    exit\n",
    ),
    (
        ErrorCode::JumpOutOfRange,
        b".text\n    goto far\n    exit\n.section .text.other,\"ax\",@progbits\nfar:\n    exit\n",
    ),
    (
        ErrorCode::UnknownDirective,
        b".text\n    .frobnicate 3\n    exit\n",
    ),
    (
        ErrorCode::BadDirective,
        b".section sk_lookup,\"axq\",@progbits\n    exit\n",
    ),
    (
        ErrorCode::BadMap,
        b".skmap sockets, type=sockmapp, key=4, value=8, max_entries=1\n",
    ),
    (ErrorCode::BadExpression, b".data\n    .long a * 2\n"),
    (ErrorCode::DataInCode, b".text\n    .long 7\n    exit\n"),
    (ErrorCode::InsnInData, b".data\n    exit\n"),
];

#[test]
fn every_code_has_a_case() {
    for code in ErrorCode::ALL {
        assert!(
            CASES.iter().any(|(c, _)| *c == code),
            "no diagnostic snapshot for {code}"
        );
    }
}

#[test]
fn diagnostics() {
    for (code, src) in CASES {
        let errors = asm::assemble_bytes(src).expect_err(code.as_str());
        assert!(
            errors.iter().any(|e| e.code == *code),
            "{code}: got {errors:?}"
        );
        let report = asm::diag::render(&errors, "prog.s", &String::from_utf8_lossy(src));
        insta::assert_snapshot!(code.as_str(), report);
    }
}

#[test]
fn multiple_errors_are_all_reported() {
    let src = ".text\n    r11 = 1\n    w0 += r1\n    goto nowhere\n    exit\n";
    let errors = asm::assemble(src).unwrap_err();
    let codes: Vec<&str> = errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["bad-register", "width-mismatch", "undefined-label"]);
    insta::assert_snapshot!("json", asm::diag::render_json(&errors, "prog.s", src));
}
