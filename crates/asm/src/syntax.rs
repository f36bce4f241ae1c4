//! The instruction grammar (nom): one instruction's text to a syntax tree with operand spans.
//!
//! The grammar is LLVM's BPF assembly as `llvm-objdump -d` prints it and `llvm-mc -triple
//! bpfel` accepts it, plus the extensions the `isa` printer documents. It only recognises
//! shapes; `insn.rs` checks ranges and registers and builds the `isa::Insn`.
//! Spans are byte ranges within the instruction text.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{digit1, one_of};
use nom::combinator::{map, opt, value};
use nom::error::{ErrorKind, ParseError};
use nom::sequence::{pair, preceded, tuple};
use nom::IResult;
use std::ops::Range;

/// A parse failure: the furthest position reached and what was expected there.
#[derive(Debug, Clone, PartialEq)]
pub struct SynError<'a> {
    pub rest: &'a str,
    pub expected: &'static str,
}

impl<'a> ParseError<&'a str> for SynError<'a> {
    fn from_error_kind(input: &'a str, _: ErrorKind) -> Self {
        SynError {
            rest: input,
            expected: "",
        }
    }
    fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
        other
    }
    fn or(self, other: Self) -> Self {
        // Keep the alternative that got furthest: its message is the useful one.
        if other.rest.len() <= self.rest.len() {
            other
        } else {
            self
        }
    }
}

type R<'a, T> = IResult<&'a str, T, SynError<'a>>;

/// Spaces and tabs, skipped byte-wise (nom's `space0` decodes characters one by one, and
/// whitespace skipping is most of what the grammar does).
fn space0(i: &str) -> R<'_, &str> {
    let n = i.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    Ok((&i[n..], &i[..n]))
}

fn expect<'a, T>(
    what: &'static str,
    mut p: impl FnMut(&'a str) -> R<'a, T>,
) -> impl FnMut(&'a str) -> R<'a, T> {
    move |i: &'a str| {
        p(i).map_err(|e| {
            e.map(|err| {
                if err.rest.len() == i.len() || err.expected.is_empty() {
                    SynError {
                        rest: i,
                        expected: what,
                    }
                } else {
                    err
                }
            })
        })
    }
}

/// Byte range, as remaining-input lengths at the start and end (converted by `Ctx`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sp(pub usize, pub usize);

impl Sp {
    pub fn range(self, total: usize) -> Range<usize> {
        (total - self.0)..(total - self.1)
    }
    pub fn join(self, other: Sp) -> Sp {
        Sp(self.0.max(other.0), self.1.min(other.1))
    }
}

fn spanned<'a, T>(mut p: impl FnMut(&'a str) -> R<'a, T>) -> impl FnMut(&'a str) -> R<'a, (T, Sp)> {
    move |i: &'a str| {
        let (i2, _) = space0(i)?;
        let (rest, v) = p(i2)?;
        Ok((rest, (v, Sp(i2.len(), rest.len()))))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegTok {
    /// `w` prefix.
    pub w: bool,
    pub n: u32,
    pub sp: Sp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumTok {
    pub v: i128,
    pub sp: Sp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target<'a> {
    /// `+3`, `-1`, `3`.
    Rel(NumTok),
    Label(&'a str, Sp),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Reg(RegTok),
    Num(NumTok),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mem {
    pub ty: &'static str,
    pub ty_sp: Sp,
    pub base: RegTok,
    pub off: NumTok,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syn<'a> {
    Exit,
    CallNum(NumTok),
    CallPc(NumTok),
    CallKfunc(NumTok, Option<NumTok>),
    CallSym(&'a str, Sp),
    Goto {
        long: bool,
        target: Target<'a>,
    },
    MayGoto(Target<'a>),
    If {
        lhs: RegTok,
        op: &'static str,
        op_sp: Sp,
        rhs: Value,
        target: Target<'a>,
    },
    /// `lock *(ty *)(base + off) op= src`
    Lock {
        mem: Mem,
        op: &'static str,
        src: RegTok,
    },
    StoreRelease {
        mem: Mem,
        src: RegTok,
    },
    LdPseudo {
        dst: RegTok,
        src: NumTok,
        imm: NumTok,
        imm_hi: Option<NumTok>,
    },
    Store {
        mem: Mem,
        src: Value,
    },
    Load {
        dst: RegTok,
        mem: Mem,
    },
    LegacyAbs {
        dst: RegTok,
        ty: &'static str,
        ty_sp: Sp,
        imm: NumTok,
    },
    LegacyInd {
        dst: RegTok,
        ty: &'static str,
        ty_sp: Sp,
        src: RegTok,
        imm: Option<NumTok>,
    },
    FetchOp {
        dst: RegTok,
        op: &'static str,
        mem: Mem,
        src: RegTok,
    },
    Xchg {
        dst: RegTok,
        w: bool,
        base: RegTok,
        off: NumTok,
        src: RegTok,
    },
    CmpXchg {
        dst: RegTok,
        w: bool,
        base: RegTok,
        off: NumTok,
        r0: RegTok,
        src: RegTok,
    },
    LoadAcquire {
        dst: RegTok,
        mem: Mem,
    },
    AddrSpaceCast {
        dst: RegTok,
        src: RegTok,
        dst_as: NumTok,
        src_as: NumTok,
    },
    Endian {
        dst: RegTok,
        kind: &'static str,
        bits: NumTok,
        src: RegTok,
    },
    Neg {
        dst: RegTok,
        src: RegTok,
    },
    MovSx {
        dst: RegTok,
        bits: &'static str,
        src: RegTok,
    },
    LdImm {
        dst: RegTok,
        v: NumTok,
    },
    LdSym {
        dst: RegTok,
        name: &'a str,
        name_sp: Sp,
        addend: Option<NumTok>,
    },
    Alu {
        dst: RegTok,
        op: &'static str,
        op_sp: Sp,
        src: Value,
    },
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$'
}

fn word_end(i: &str) -> R<'_, ()> {
    match i.chars().next() {
        Some(c) if is_ident_char(c) => Err(nom::Err::Error(SynError {
            rest: i,
            expected: "",
        })),
        _ => Ok((i, ())),
    }
}

/// A keyword that must not be followed by identifier characters.
fn kw<'a>(k: &'static str) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    move |i| {
        let (i, _) = space0(i)?;
        let (rest, t) = tag(k)(i)?;
        word_end(rest)?;
        Ok((rest, t))
    }
}

fn sym<'a>(s: &'static str) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    preceded(space0, tag(s))
}

fn fail<'a, T>(rest: &'a str, expected: &'static str) -> R<'a, T> {
    Err(nom::Err::Error(SynError { rest, expected }))
}

/// `r0`-`r10` or `w0`-`w10` (larger numbers are read, and refused by the builder with a span).
/// A leaf parser written byte by byte: it runs for nearly every operand.
pub fn reg(i: &str) -> R<'_, RegTok> {
    const WHAT: &str = "a register (r0-r10 or w0-w10)";
    let (i, _) = space0(i)?;
    let b = i.as_bytes();
    let w = match b.first() {
        Some(b'r') => false,
        Some(b'w') => true,
        _ => return fail(i, WHAT),
    };
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &i[1 + digits..];
    if digits == 0 || rest.starts_with(is_ident_char) {
        return fail(i, WHAT);
    }
    let n = b[1..1 + digits].iter().fold(0u32, |n, &d| {
        n.saturating_mul(10).saturating_add((d - b'0') as u32)
    });
    Ok((
        rest,
        RegTok {
            w,
            n,
            sp: Sp(i.len(), rest.len()),
        },
    ))
}

/// An integer with an optional sign, as LLVM's assembler lexer reads one (byte-level leaf
/// parser; values beyond i128 read as i128::MAX, which every range check refuses).
pub fn num(i: &str) -> R<'_, NumTok> {
    const WHAT: &str = "a number";
    let (i, _) = space0(i)?;
    let b = i.as_bytes();
    let (neg, at) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let Some((v, len)) = int_literal(&b[at..]) else {
        return fail(i, WHAT);
    };
    let rest = &i[at + len..];
    if rest.starts_with(is_ident_char) {
        return fail(i, WHAT);
    }
    if let Some(end) = operators_after(rest) {
        // `2 + 3`: an expression of literals, which llvm-mc folds.
        let text = &i[..i.len() - end.len()];
        let Some(v) = crate::expr::constant(text, &|_| None) else {
            return fail(i, WHAT);
        };
        let sp = Sp(i.len(), end.len());
        return Ok((end, NumTok { v, sp }));
    }
    let v = v.map(|v| if neg { -v } else { v }).unwrap_or(i128::MAX);
    Ok((
        rest,
        NumTok {
            v,
            sp: Sp(i.len(), rest.len()),
        },
    ))
}

/// Where an expression of literals continued from `rest` (text after a literal) ends: after
/// each binary operator an operand (a literal, with unary `- ~ !`); `None` when no operator
/// follows.
fn operators_after(rest: &str) -> Option<&str> {
    let mut at = rest;
    let mut any = false;
    loop {
        let t = at.trim_start_matches([' ', '\t']);
        let Some(op) = crate::expr::binary_operator(t) else {
            break;
        };
        let operand = t[op..].trim_start_matches([' ', '\t']);
        let operand = operand.trim_start_matches(['-', '~', '!']);
        match int_literal(operand.as_bytes()) {
            Some((_, len)) if !operand[len..].starts_with(is_ident_char) => {
                at = &operand[len..];
                any = true;
            }
            _ => break,
        }
    }
    any.then_some(at)
}

/// The integer literal at the start of `b` and its length, as LLVM's `AsmLexer` reads it:
/// `0x`/`0X` hexadecimal, `0b`/`0B` binary, a leading `0` octal, else decimal, or a
/// character in single quotes (`'a'`, `'\n'`). The value is `None` when it overflows i128.
/// Not a literal: no digit, or a digit the radix lacks (`08`, `0b2`).
pub fn int_literal(b: &[u8]) -> Option<(Option<i128>, usize)> {
    if b.first() == Some(&b'\'') {
        return char_literal(b).map(|(v, n)| (Some(v), n));
    }
    let (radix, start) = match b {
        [b'0', b'x' | b'X', ..] => (16, 2),
        [b'0', b'b' | b'B', ..] => (2, 2),
        [b'0', b'0'..=b'9', ..] => (8, 1),
        [b'0'..=b'9', ..] => (10, 0),
        _ => return None,
    };
    let digits = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let text = &b[start..start + digits];
    if text.is_empty() || !text.iter().all(|c| (*c as char).is_digit(radix)) {
        return None;
    }
    let v = text.iter().try_fold(0i128, |v, &c| {
        let d = (c as char).to_digit(radix)? as i128;
        v.checked_mul(radix as i128)?.checked_add(d)
    });
    Some((v, start + digits))
}

/// `'c'` or `'\c'`: the escapes LLVM's lexer knows are `b f n r t`; any other escaped
/// character stands for itself (`'\0'` is `'0'`).
fn char_literal(b: &[u8]) -> Option<(i128, usize)> {
    let (v, n) = match b.get(1..)? {
        [b'\\', c, ..] => {
            let v = match c {
                b'b' => 8,
                b'f' => 12,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                c => *c,
            };
            (v as i128, 3)
        }
        [b'\'', ..] | [] => return None,
        [c, ..] => (*c as i128, 2),
    };
    (b.get(n) == Some(&b'\'')).then_some((v, n + 1))
}

/// A whole string that is one integer literal with an optional sign ([`int_literal`]).
pub fn parse_int(s: &str) -> Option<i128> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (v, len) = int_literal(body.as_bytes())?;
    let v = v?;
    (len == body.len()).then_some(if neg { -v } else { v })
}

pub fn ident(i: &str) -> R<'_, (&str, Sp)> {
    expect(
        "a symbol name",
        spanned(|i: &str| {
            let b = i.as_bytes();
            let start = |c: u8| c.is_ascii_alphabetic() || matches!(c, b'_' | b'.' | b'$');
            // `1b`/`1f`: a numeric label reference.
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                let after = b.get(digits + 1).copied();
                if matches!(b.get(digits), Some(b'b' | b'f'))
                    && !after.is_some_and(|c| start(c) || c.is_ascii_digit())
                {
                    return Ok((&i[digits + 1..], &i[..digits + 1]));
                }
                return fail(i, "");
            }
            if !b.first().copied().is_some_and(start) {
                return fail(i, "");
            }
            let n = 1 + b[1..]
                .iter()
                .take_while(|&&c| start(c) || c.is_ascii_digit())
                .count();
            Ok((&i[n..], &i[..n]))
        }),
    )(i)
}

/// A symbol in an operand: a name that is not a register's (llvm-mc reads `r1 ll` as a
/// register, and refuses it).
fn symbol(i: &str) -> R<'_, (&str, Sp)> {
    let (rest, (name, sp)) = ident(i)?;
    let b = name.as_bytes();
    let register =
        b.len() > 1 && matches!(b[0], b'r' | b'w') && b[1..].iter().all(u8::is_ascii_digit);
    if register {
        return fail(i, "a symbol name");
    }
    Ok((rest, (name, sp)))
}

fn target(i: &str) -> R<'_, Target<'_>> {
    expect(
        "a jump target (+N, -N or a label)",
        alt((
            map(num, Target::Rel),
            map(symbol, |(s, sp)| Target::Label(s, sp)),
        )),
    )(i)
}

const TYPES: [&str; 8] = ["u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64"];

fn ty(i: &str) -> R<'_, (&'static str, Sp)> {
    expect(
        "a type (u8, u16, u32, u64, s8, s16, s32, s64)",
        spanned(|i| {
            for t in TYPES {
                if let Ok((rest, _)) = tag::<_, _, SynError>(t)(i) {
                    if word_end(rest).is_ok() {
                        return Ok((rest, t));
                    }
                }
            }
            Err(nom::Err::Error(SynError {
                rest: i,
                expected: "",
            }))
        }),
    )(i)
}

/// `(ty *)`
fn cast(i: &str) -> R<'_, (&'static str, Sp)> {
    let (i, _) = sym("(")(i)?;
    let (i, t) = ty(i)?;
    let (i, _) = expect("`*)`", pair(sym("*"), sym(")")))(i)?;
    Ok((i, t))
}

/// `reg + off`, `reg - off` or `reg` (offset 0 with an empty span).
fn base_off(i: &str) -> R<'_, (RegTok, NumTok)> {
    let (i, base) = reg(i)?;
    let (i, sign) = opt(preceded(space0, one_of("+-")))(i)?;
    match sign {
        None => Ok((
            i,
            (
                base,
                NumTok {
                    v: 0,
                    sp: Sp(i.len(), i.len()),
                },
            ),
        )),
        Some(s) => {
            // `r1 + -8`: llvm-mc takes no second sign.
            if space0(i)?.0.starts_with(['+', '-']) {
                return fail(i, "an offset without a sign after + or -");
            }
            let (rest, mut n) = expect("an offset", num)(i)?;
            if s == '-' {
                // `r1 - 7 + 3` is r1 + (-7 + 3): the sign belongs to the first literal.
                let text = i[..i.len() - rest.len()].trim_start();
                n.v = crate::expr::constant(&format!("-{text}"), &|_| None).unwrap_or(-n.v);
            }
            Ok((rest, (base, n)))
        }
    }
}

/// `(reg + off)`
fn addr(i: &str) -> R<'_, (RegTok, NumTok)> {
    let (i, _) = sym("(")(i)?;
    let (i, bo) = base_off(i)?;
    let (i, _) = expect("`)`", sym(")"))(i)?;
    Ok((i, bo))
}

/// `*(ty *)(reg + off)`
fn mem_deref(i: &str) -> R<'_, Mem> {
    let (i, _) = sym("*")(i)?;
    let (i, (t, tsp)) = cast(i)?;
    let (i, (base, off)) = addr(i)?;
    Ok((
        i,
        Mem {
            ty: t,
            ty_sp: tsp,
            base,
            off,
        },
    ))
}

/// `(ty *)(reg + off)` (inside `atomic_fetch_add(...)`).
fn mem_paren(i: &str) -> R<'_, Mem> {
    let (i, (t, tsp)) = cast(i)?;
    let (i, (base, off)) = addr(i)?;
    Ok((
        i,
        Mem {
            ty: t,
            ty_sp: tsp,
            base,
            off,
        },
    ))
}

fn value_operand(i: &str) -> R<'_, Value> {
    expect(
        "a register or a number",
        alt((map(reg, Value::Reg), map(num, Value::Num))),
    )(i)
}

fn op_token<'a>(ops: &'static [&'static str]) -> impl FnMut(&'a str) -> R<'a, (&'static str, Sp)> {
    move |i: &'a str| {
        let (i2, _) = space0(i)?;
        for &o in ops {
            if let Some(rest) = i2.strip_prefix(o) {
                return Ok((rest, (o, Sp(i2.len(), rest.len()))));
            }
        }
        Err(nom::Err::Error(SynError {
            rest: i2,
            expected: "an operator",
        }))
    }
}

// Longest first, so `s>>=` is not read as `s>`.
const ALU_OPS: &[&str] = &[
    "s>>=", "<<=", ">>=", "s/=", "s%=", "+=", "-=", "*=", "/=", "|=", "&=", "%=", "^=",
];
const CMP_OPS: &[&str] = &[
    "s>=", "s<=", "==", "!=", ">=", "<=", "s>", "s<", ">", "<", "&",
];
const LOCK_OPS: &[&str] = &["+=", "|=", "&=", "^="];

fn call(i: &str) -> R<'_, Syn<'_>> {
    let (i, _) = kw("call")(i)?;
    alt((
        map(
            tuple((
                kw("kfunc"),
                sym("("),
                num,
                opt(preceded(sym(","), num)),
                expect("`)`", sym(")")),
            )),
            |(_, _, id, off, _)| Syn::CallKfunc(id, off),
        ),
        map(preceded(pair(space0, tag("pc")), num), Syn::CallPc),
        map(num, Syn::CallNum),
        map(symbol, |(s, sp)| Syn::CallSym(s, sp)),
    ))(i)
}

fn goto_long(i: &str) -> R<'_, Syn<'_>> {
    map(preceded(kw("gotol"), target), |t| Syn::Goto {
        long: true,
        target: t,
    })(i)
}

fn goto_short(i: &str) -> R<'_, Syn<'_>> {
    map(preceded(kw("goto"), target), |t| Syn::Goto {
        long: false,
        target: t,
    })(i)
}

fn may_goto(i: &str) -> R<'_, Syn<'_>> {
    map(preceded(kw("may_goto"), target), Syn::MayGoto)(i)
}

fn if_goto(i: &str) -> R<'_, Syn<'_>> {
    map(
        tuple((
            kw("if"),
            reg,
            expect("a comparison", op_token(CMP_OPS)),
            value_operand,
            expect("`goto`", kw("goto")),
            target,
        )),
        |(_, lhs, (op, op_sp), rhs, _, target)| Syn::If {
            lhs,
            op,
            op_sp,
            rhs,
            target,
        },
    )(i)
}

fn jumps(i: &str) -> R<'_, Syn<'_>> {
    alt((goto_long, goto_short, may_goto, if_goto))(i)
}

fn lock_stmt(i: &str) -> R<'_, Syn<'_>> {
    map(
        tuple((
            kw("lock"),
            mem_deref,
            expect("an atomic operator", op_token(LOCK_OPS)),
            reg,
        )),
        |(_, mem, (op, _), src)| Syn::Lock { mem, op, src },
    )(i)
}

fn store_release(i: &str) -> R<'_, Syn<'_>> {
    map(
        tuple((
            kw("store_release"),
            sym("("),
            mem_paren,
            sym(","),
            reg,
            expect("`)`", sym(")")),
        )),
        |(_, _, mem, _, src, _)| Syn::StoreRelease { mem, src },
    )(i)
}

fn ld_pseudo(i: &str) -> R<'_, Syn<'_>> {
    map(
        tuple((
            kw("ld_pseudo"),
            reg,
            sym(","),
            num,
            sym(","),
            num,
            opt(preceded(sym(","), num)),
        )),
        |(_, dst, _, src, _, imm, imm_hi)| Syn::LdPseudo {
            dst,
            src,
            imm,
            imm_hi,
        },
    )(i)
}

fn store(i: &str) -> R<'_, Syn<'_>> {
    map(
        tuple((mem_deref, expect("`=`", sym("=")), value_operand)),
        |(mem, _, src)| Syn::Store { mem, src },
    )(i)
}

fn memory_stmts(i: &str) -> R<'_, Syn<'_>> {
    alt((lock_stmt, store_release, ld_pseudo, store))(i)
}

fn assign_rhs(dst: RegTok) -> impl FnMut(&str) -> R<'_, Syn<'_>> {
    move |i: &str| {
        // The common forms first: `rD = rS`, `rD = IMM` (not followed by `ll`).
        let plain = |i| -> R<'_, Syn<'_>> {
            let (rest, src) = alt((map(reg, Value::Reg), map(num, Value::Num)))(i)?;
            let after = rest.trim_start_matches([' ', '\t']);
            if after.is_empty() {
                Ok((
                    rest,
                    Syn::Alu {
                        dst,
                        op: "=",
                        op_sp: Sp(0, 0),
                        src,
                    },
                ))
            } else {
                Err(nom::Err::Error(SynError { rest, expected: "" }))
            }
        };
        if let Ok(done) = plain(i) {
            return Ok(done);
        }
        alt((
            // Loads, including the legacy packet loads.
            |i| {
                let (i, _) = sym("*")(i)?;
                let (i, (t, tsp)) = cast(i)?;
                alt((
                    map(addr, move |(base, off)| Syn::Load {
                        dst,
                        mem: Mem {
                            ty: t,
                            ty_sp: tsp,
                            base,
                            off,
                        },
                    }),
                    map(
                        tuple((kw("skb"), sym("["), num, expect("`]`", sym("]")))),
                        move |(_, _, imm, _)| Syn::LegacyAbs {
                            dst,
                            ty: t,
                            ty_sp: tsp,
                            imm,
                        },
                    ),
                    map(
                        tuple((kw("skb"), sym("["), base_off, expect("`]`", sym("]")))),
                        move |(_, _, (src, off), _)| Syn::LegacyInd {
                            dst,
                            ty: t,
                            ty_sp: tsp,
                            src,
                            imm: (off.sp.0 != off.sp.1).then_some(off),
                        },
                    ),
                ))(i)
            },
            map(
                tuple((
                    preceded(
                        space0,
                        preceded(
                            tag("atomic_fetch_"),
                            alt((
                                value("add", tag("add")),
                                value("or", tag("or")),
                                value("and", tag("and")),
                                value("xor", tag("xor")),
                            )),
                        ),
                    ),
                    sym("("),
                    mem_paren,
                    sym(","),
                    reg,
                    expect("`)`", sym(")")),
                )),
                move |(op, _, mem, _, src, _)| Syn::FetchOp { dst, op, mem, src },
            ),
            map(
                tuple((
                    alt((value(false, kw("xchg_64")), value(true, kw("xchg32_32")))),
                    sym("("),
                    base_off,
                    sym(","),
                    reg,
                    expect("`)`", sym(")")),
                )),
                move |(w, _, (base, off), _, src, _)| Syn::Xchg {
                    dst,
                    w,
                    base,
                    off,
                    src,
                },
            ),
            map(
                tuple((
                    alt((
                        value(false, kw("cmpxchg_64")),
                        value(true, kw("cmpxchg32_32")),
                    )),
                    sym("("),
                    base_off,
                    sym(","),
                    reg,
                    sym(","),
                    reg,
                    expect("`)`", sym(")")),
                )),
                move |(w, _, (base, off), _, r0, _, src, _)| Syn::CmpXchg {
                    dst,
                    w,
                    base,
                    off,
                    r0,
                    src,
                },
            ),
            map(
                tuple((
                    kw("load_acquire"),
                    sym("("),
                    mem_paren,
                    expect("`)`", sym(")")),
                )),
                move |(_, _, mem, _)| Syn::LoadAcquire { dst, mem },
            ),
            map(
                tuple((
                    kw("addr_space_cast"),
                    sym("("),
                    reg,
                    sym(","),
                    num,
                    sym(","),
                    num,
                    expect("`)`", sym(")")),
                )),
                move |(_, _, src, _, dst_as, _, src_as, _)| Syn::AddrSpaceCast {
                    dst,
                    src,
                    dst_as,
                    src_as,
                },
            ),
            map(
                tuple((
                    preceded(
                        space0,
                        alt((
                            value("bswap", tag("bswap")),
                            value("be", tag("be")),
                            value("le", tag("le")),
                        )),
                    ),
                    spanned(|i| {
                        let (rest, d) = digit1(i)?;
                        word_end(rest)?;
                        Ok((rest, d))
                    }),
                    reg,
                )),
                move |(kind, (d, sp), src)| Syn::Endian {
                    dst,
                    kind,
                    bits: NumTok {
                        v: d.parse().unwrap_or(i128::MAX),
                        sp,
                    },
                    src,
                },
            ),
            map(preceded(sym("-"), reg), move |src| Syn::Neg { dst, src }),
            map(
                tuple((
                    sym("("),
                    preceded(
                        space0,
                        alt((
                            value("s8", tag("s8")),
                            value("s16", tag("s16")),
                            value("s32", tag("s32")),
                        )),
                    ),
                    sym(")"),
                    reg,
                )),
                move |(_, bits, _, src)| Syn::MovSx { dst, bits, src },
            ),
            map(pair(num, kw("ll")), move |(v, _)| Syn::LdImm { dst, v }),
            map(
                tuple((
                    symbol,
                    opt(pair(preceded(space0, one_of("+-")), num)),
                    kw("ll"),
                )),
                move |((name, name_sp), add, _)| Syn::LdSym {
                    dst,
                    name,
                    name_sp,
                    addend: add.map(|(s, mut n)| {
                        if s == '-' {
                            n.v = -n.v;
                        }
                        n
                    }),
                },
            ),
            map(reg, move |src| Syn::Alu {
                dst,
                op: "=",
                op_sp: Sp(0, 0),
                src: Value::Reg(src),
            }),
            map(num, move |n| Syn::Alu {
                dst,
                op: "=",
                op_sp: Sp(0, 0),
                src: Value::Num(n),
            }),
        ))(i)
    }
}

fn reg_stmts(i: &str) -> R<'_, Syn<'_>> {
    let (i, dst) = reg(i)?;
    let (i2, _) = space0(i)?;
    if let Some(rest) = i2.strip_prefix('=') {
        if !rest.starts_with('=') {
            return assign_rhs(dst)(rest);
        }
    }
    let (i, (op, op_sp)) = expect("an assignment operator (=, +=, -=, ...)", op_token(ALU_OPS))(i)?;
    let (i, src) = value_operand(i)?;
    Ok((
        i,
        Syn::Alu {
            dst,
            op,
            op_sp,
            src,
        },
    ))
}

fn exit_insn(i: &str) -> R<'_, Syn<'_>> {
    value(Syn::Exit, kw("exit"))(i)
}

fn any_instruction(i: &str) -> R<'_, Syn<'_>> {
    alt((exit_insn, call, jumps, memory_stmts, reg_stmts))(i)
}

type InsnParser = for<'a> fn(&'a str) -> R<'a, Syn>;

/// The one grammar branch the first word selects, so the others are not tried; `None` when
/// the word selects none (then every branch is tried, for the best error message).
fn dispatch(text: &str) -> Option<InsnParser> {
    let t = text.trim_start_matches([' ', '\t']);
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    let word = &t[..end];
    let is_reg = word.len() >= 2
        && word.starts_with(['r', 'w'])
        && word[1..].bytes().all(|b| b.is_ascii_digit());
    Some(match word {
        "exit" => exit_insn,
        "call" => call,
        "goto" => goto_short,
        "gotol" => goto_long,
        "may_goto" => may_goto,
        "if" => if_goto,
        "lock" => lock_stmt,
        "store_release" => store_release,
        "ld_pseudo" => ld_pseudo,
        "" if t.starts_with('*') => store,
        _ if is_reg => reg_stmts,
        _ => return None,
    })
}

/// Parses one whole instruction (the text after labels, without the comment).
pub fn instruction(text: &str) -> Result<Syn<'_>, SynError<'_>> {
    let r = match dispatch(text).map(|p| p(text)) {
        Some(Ok((rest, syn))) if rest.trim_start_matches([' ', '\t']).is_empty() => Ok((rest, syn)),
        _ => any_instruction(text),
    };
    match r {
        Ok((rest, syn)) => {
            let (rest, _) = space0(rest).unwrap_or((rest, ""));
            if rest.is_empty() {
                Ok(syn)
            } else {
                Err(SynError {
                    rest,
                    expected: "the end of the instruction",
                })
            }
        }
        Err(nom::Err::Error(e)) | Err(nom::Err::Failure(e)) => Err(if e.expected.is_empty() {
            SynError {
                rest: e.rest,
                expected: "an instruction",
            }
        } else {
            e
        }),
        Err(nom::Err::Incomplete(_)) => Err(SynError {
            rest: "",
            expected: "more input",
        }),
    }
}
