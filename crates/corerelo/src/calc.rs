//! A relocation's value from a spec (`bpf_core_calc_relo` and its field, type and enumerator
//! halves in libbpf's `relo_core.c`), and the instruction patched with it
//! (`bpf_core_patch_insn`): an ALU immediate, a load or store offset (and size), an
//! `ld_imm64`'s 64-bit constant, or the instruction poisoned.

use asm::btf::kind;
use isa::table::{class, source, LD_IMM64, SIZES, SIZE_MASK};
use isa::{RawInsn, Size};

use crate::spec::Spec;
use crate::types::{int_is_signed, is_any_enum, Fail};
use crate::{Class, KindRow};

/// libbpf's poison: a call of helper `0xbad2310` ("bad relo"), which the verifier refuses
/// only where it is reached (`invalid func unknown#195896080`).
pub const POISON_HELPER: i32 = 0xbad2310;

/// What a relocation resolves to (`struct bpf_core_relo_res`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Res {
    pub orig: u64,
    pub new: u64,
    pub poison: bool,
    /// Whether the instruction must hold `orig` before it is patched.
    pub validate: bool,
    /// A load or store whose size would change in a way that reads a different value.
    pub fail_memsz_adjust: bool,
    pub orig_sz: u32,
    pub new_sz: u32,
}

/// A field relocation's value in one spec, with the loaded size and type for a byte offset.
struct Field {
    val: u64,
    size: u32,
    type_id: u32,
    validate: bool,
}

/// Why a value cannot be computed: poison the instruction, or fail the load.
enum Stop {
    Poison,
    Fail(Fail),
}

impl From<Fail> for Stop {
    fn from(f: Fail) -> Stop {
        Stop::Fail(f)
    }
}

impl From<&str> for Stop {
    fn from(f: &str) -> Stop {
        Stop::Fail(f.to_string())
    }
}

/// `bpf_core_calc_field_relo`.
fn field(kind: &KindRow, spec: Option<&Spec>) -> Result<Field, Stop> {
    let mut out = Field {
        val: 0,
        size: 0,
        type_id: 0,
        validate: true,
    };
    if kind.name == "field_exists" {
        out.val = spec.is_some() as u64;
        return Ok(out);
    }
    let spec = spec.ok_or(Stop::Poison)?;
    let types = spec.types;
    let acc = spec.acc.last().ok_or("empty spec")?;
    if acc.name.is_none() {
        return array_element(kind, spec, acc.type_id);
    }
    let t = types.ty(acc.type_id).ok_or("spec type")?;
    let m = types.member(&t, acc.idx).ok_or("spec member")?;
    let (field_type, mt) = types.skip(m.ty).ok_or("member type")?;
    // libbpf computes in `__u32`s: so does this, wrapping as they do.
    let bit_off = spec.bit_offset;
    let mut bit_sz = m.bitfield_size;
    let bitfield = bit_sz > 0;
    let (byte_off, byte_sz) = match bitfield {
        true => bitfield_bytes(bit_off, bit_sz, mt.size_or_type)?,
        false => {
            let sz = types.size(field_type).ok_or("field size")? as u32;
            bit_sz = sz.wrapping_mul(8);
            (bit_off / 8, sz)
        }
    };
    out.validate = !bitfield;
    out.val = match kind.name {
        "byte_off" => {
            if !bitfield {
                out.size = element_size(spec, field_type)?;
                out.type_id = field_type;
            }
            byte_off as u64
        }
        "byte_sz" => byte_sz as u64,
        "signed" => {
            out.validate = true;
            let signed_enum = is_any_enum(&mt) && mt.kflag;
            (signed_enum || (mt.kind == kind::INT && int_is_signed(&mt))) as u64
        }
        "lshift_u64" => {
            let end = bit_off
                .wrapping_add(bit_sz)
                .wrapping_sub(byte_off.wrapping_mul(8));
            64u32.wrapping_sub(end) as u64
        }
        "rshift_u64" => {
            out.validate = true;
            64u32.wrapping_sub(bit_sz) as u64
        }
        other => return Err(Stop::Fail(format!("{other} is not a field relocation"))),
    };
    Ok(out)
}

/// A bitfield's load: the offset and size of the smallest aligned load holding it.
fn bitfield_bytes(bit_off: u32, bit_sz: u32, base: u32) -> Result<(u32, u32), Stop> {
    let mut byte_sz = base.max(1);
    let mut byte_off = bit_off / 8 / byte_sz * byte_sz;
    let end = |byte_off: u32| bit_off.wrapping_add(bit_sz).wrapping_sub(byte_off * 8);
    while end(byte_off) > byte_sz.wrapping_mul(8) {
        if byte_sz >= 8 {
            return Err(Stop::Fail("a bitfield no 64-bit load reads".into()));
        }
        byte_sz *= 2;
        byte_off = bit_off / 8 / byte_sz * byte_sz;
    }
    Ok((byte_off, byte_sz))
}

/// The size of the innermost element of `id` (arrays unwrapped): what a load of it reads.
fn element_size(spec: &Spec, id: u32) -> Result<u32, Stop> {
    let types = spec.types;
    let (mut elem, mut t) = types.skip(id).ok_or("element type")?;
    while t.kind == kind::ARRAY {
        (elem, t) = types.skip(t.extra[0]).ok_or("element type")?;
    }
    let size = types.size(elem).ok_or("element size")?;
    Ok(size as u32)
}

/// A spec ending in an array index: only its byte offset and size are relocatable.
fn array_element(kind: &KindRow, spec: &Spec, elem: u32) -> Result<Field, Stop> {
    let mut out = Field {
        val: 0,
        size: 0,
        type_id: 0,
        validate: true,
    };
    match kind.name {
        "byte_off" => {
            out.val = (spec.bit_offset / 8) as u64;
            out.size = element_size(spec, elem)?;
            out.type_id = elem;
        }
        "byte_sz" => out.val = spec.types.size(elem).ok_or("element size")?,
        other => {
            return Err(Stop::Fail(format!(
                "{other} cannot be applied to an array element"
            )))
        }
    }
    Ok(out)
}

/// `bpf_core_calc_type_relo`: 0 when no target type matched.
fn type_value(kind: &KindRow, spec: Option<&Spec>) -> Result<(u64, bool), Stop> {
    let Some(spec) = spec else {
        return Ok((0, true));
    };
    Ok(match kind.name {
        "target_type_id" => (spec.root as u64, false),
        "type_exists" | "type_matches" => (1, true),
        "type_size" => (spec.types.size(spec.root).ok_or("type size")?, true),
        other => return Err(Stop::Fail(format!("{other} is not a type relocation"))),
    })
}

/// `bpf_core_calc_enumval_relo`.
fn enumval_value(kind: &KindRow, spec: Option<&Spec>) -> Result<u64, Stop> {
    match (kind.name, spec) {
        ("enumval_exists", s) => Ok(s.is_some() as u64),
        ("enumval_value", None) => Err(Stop::Poison),
        ("enumval_value", Some(s)) => {
            let acc = s.acc[0];
            let t = s.types.ty(acc.type_id).ok_or("enum type")?;
            Ok(s.types.enumerator(&t, acc.idx).ok_or("enumerator")?.1)
        }
        (other, _) => Err(Stop::Fail(format!(
            "{other} is not an enumerator relocation"
        ))),
    }
}

/// `bpf_core_calc_relo`: the original and new values from the local spec and the matched
/// target spec (`None`: no candidate matched).
pub(crate) fn relo(kind: &KindRow, local: &Spec, targ: Option<&Spec>) -> Result<Res, Fail> {
    let mut res = Res {
        validate: true,
        ..Res::default()
    };
    let outcome = match kind.class {
        Class::Field => field_res(kind, local, targ, &mut res),
        Class::Type => type_value(kind, Some(local)).and_then(|(orig, validate)| {
            (res.orig, res.validate) = (orig, validate);
            res.new = type_value(kind, targ)?.0;
            Ok(())
        }),
        Class::Enumval => enumval_value(kind, Some(local)).and_then(|orig| {
            res.orig = orig;
            res.new = enumval_value(kind, targ)?;
            Ok(())
        }),
    };
    match outcome {
        Ok(()) => Ok(res),
        Err(Stop::Poison) => Ok(Res {
            poison: true,
            ..res
        }),
        Err(Stop::Fail(f)) => Err(f),
    }
}

fn field_res(kind: &KindRow, local: &Spec, targ: Option<&Spec>, res: &mut Res) -> Result<(), Stop> {
    let l = field(kind, Some(local))?;
    (res.orig, res.orig_sz, res.validate) = (l.val, l.size, l.validate);
    let t = field(kind, targ)?;
    (res.new, res.new_sz) = (t.val, t.size);
    if res.orig_sz == res.new_sz {
        return Ok(());
    }
    let (Some(targ), Some(lt)) = (targ, local.types.ty(l.type_id)) else {
        return Ok(());
    };
    let Some(tt) = targ.types.ty(t.type_id) else {
        return Ok(());
    };
    let unsigned_ints = lt.kind == kind::INT
        && tt.kind == kind::INT
        && crate::types::int_encoding(&lt) != 1
        && crate::types::int_encoding(&tt) != 1;
    let pointers = lt.kind == kind::PTR && tt.kind == kind::PTR;
    res.fail_memsz_adjust = !(pointers || unsigned_ints);
    Ok(())
}

/// `bpf_core_patch_insn`: `insns[at]` (and the second half of an `ld_imm64`) rewritten with
/// `res`.
pub(crate) fn patch(insns: &mut [RawInsn], at: usize, res: &Res) -> Result<bool, Fail> {
    if res.poison {
        poison(insns, at);
        return Ok(true);
    }
    let insn = insns.get(at).copied().ok_or("no instruction there")?;
    match insn.code & class::MASK {
        class::ALU | class::ALU64 => {
            if insn.code & source::MASK != source::K {
                return Err("an ALU instruction with a register operand".into());
            }
            if res.validate && insn.imm as i64 as u64 != res.orig {
                return Err(unexpected("ALU/ALU64", insn.imm as i64, res));
            }
            insns[at].imm = res.new as i32;
        }
        class::LDX | class::ST | class::STX => return patch_mem(insns, at, res),
        class::LD => patch_ld_imm64(insns, at, res)?,
        _ => {
            return Err(format!(
                "instruction with opcode {:#04x} cannot be relocated",
                insn.code
            ))
        }
    }
    Ok(false)
}

fn unexpected(what: &str, got: i64, res: &Res) -> Fail {
    format!(
        "unexpected {what} value: got {got}, expected {} -> {}",
        res.orig, res.new
    )
}

/// A load or store: its offset, and its size when the field's changed.
fn patch_mem(insns: &mut [RawInsn], at: usize, res: &Res) -> Result<bool, Fail> {
    let insn = insns[at];
    if res.validate && insn.off as i64 as u64 != res.orig {
        return Err(unexpected("LDX/ST/STX", insn.off as i64, res));
    }
    if res.new > i16::MAX as u64 {
        return Err(format!("offset {} too big for a load or store", res.new));
    }
    if res.fail_memsz_adjust {
        poison(insns, at);
        return Ok(true);
    }
    insns[at].off = res.new as i16;
    if res.new_sz != res.orig_sz {
        let size_of = |code: u8| {
            SIZES
                .iter()
                .find(|r| r.code == code & SIZE_MASK)
                .map(|r| r.size.bytes())
        };
        if size_of(insn.code) != Some(res.orig_sz) {
            return Err(format!(
                "unexpected memory size {:?}, expected {}",
                size_of(insn.code),
                res.orig_sz
            ));
        }
        let new = Size::from_bytes(res.new_sz)
            .and_then(|s| SIZES.iter().find(|r| r.size == s))
            .ok_or_else(|| format!("invalid new memory size {}", res.new_sz))?;
        insns[at].code = (insn.code & !SIZE_MASK) | new.code;
    }
    Ok(false)
}

/// An `ld_imm64` of a plain constant: its 64 bits.
fn patch_ld_imm64(insns: &mut [RawInsn], at: usize, res: &Res) -> Result<(), Fail> {
    let (a, b) = match (insns.get(at), insns.get(at + 1)) {
        (Some(&a), Some(&b)) => (a, b),
        _ => return Err("a truncated ld_imm64".into()),
    };
    if a.code != LD_IMM64
        || a.src != 0
        || a.off != 0
        || b.code != 0
        || b.dst != 0
        || b.src != 0
        || b.off != 0
    {
        return Err("an LDIMM64 of unexpected form".into());
    }
    let imm = a.imm as u32 as u64 | (b.imm as u32 as u64) << 32;
    if res.validate && imm != res.orig {
        return Err(unexpected("LDIMM64", imm as i64, res));
    }
    insns[at].imm = res.new as i32;
    insns[at + 1].imm = (res.new >> 32) as i32;
    Ok(())
}

/// `bpf_core_poison_insn`, on both halves of an `ld_imm64`.
fn poison(insns: &mut [RawInsn], at: usize) {
    let call = RawInsn::new(
        class::JMP | isa::table::jmp_op::CALL,
        0,
        0,
        0,
        POISON_HELPER,
    );
    if insns.get(at).is_some_and(|i| i.code == LD_IMM64) {
        if let Some(next) = insns.get_mut(at + 1) {
            *next = call;
        }
    }
    if let Some(i) = insns.get_mut(at) {
        *i = call;
    }
}
