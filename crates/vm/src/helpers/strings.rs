//! `bpf_strtol`, `bpf_strtoul` and `bpf_strncmp` as kernel/bpf/helpers.c runs them (the
//! number parsing of lib/kstrtox.c: the radix prefix, digits up to the base, overflow).

use skctx::Errno;

use super::{c_string_at, errno, HelperResult, HelperStep};
use crate::interp::Exec;

/// The base bits of the flags; any other bit is `-EINVAL`.
const BASE_MASK: u64 = 0x1f;
/// The kernel copies at most this many bytes (after blanks and sign) to parse.
const MAX_DIGITS: usize = 63;

/// A parsed number: its magnitude, its sign, the bytes consumed.
struct Parsed {
    value: u64,
    negative: bool,
    consumed: usize,
}

/// `isspace` of the kernel's ctype table (Latin-1: 0xa0 is a blank too).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0xa0)
}

fn digit(b: u8) -> Option<u64> {
    match b {
        b'0'..=b'9' => Some(u64::from(b - b'0')),
        b'a'..=b'f' => Some(u64::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u64::from(b - b'A' + 10)),
        _ => None,
    }
}

/// The base a number in `s` is read in (`flags`' base, 0 guessed from a `0x` or `0`
/// prefix) and how many prefix bytes are skipped (`0x` for base 16).
fn radix(s: &[u8], base: u64) -> (u64, usize) {
    let x = s.get(1).is_some_and(|b| b.eq_ignore_ascii_case(&b'x'));
    let base = match (base, s.first()) {
        (0, Some(b'0')) if x && s.get(2).and_then(|&b| digit(b)).is_some() => 16,
        (0, Some(b'0')) => 8,
        (0, _) => 10,
        (b, _) => b,
    };
    let skip = if base == 16 && s.first() == Some(&b'0') && x {
        2
    } else {
        0
    };
    (base, skip)
}

/// `__bpf_strtoull`: blanks, an optional `-`, the number; an errno for bad flags, no
/// digits or overflow.
fn strtoull(buf: &[u8], flags: u64) -> Result<Parsed, Errno> {
    let base = flags & BASE_MASK;
    if !matches!(base, 0 | 8 | 10 | 16) || flags & !BASE_MASK != 0 {
        return Err(Errno::EINVAL);
    }
    let mut at = buf.iter().take_while(|&&b| is_space(b)).count();
    let negative = buf.get(at) == Some(&b'-');
    at += usize::from(negative);
    if at == buf.len() {
        return Err(Errno::EINVAL);
    }
    let rest = &buf[at..buf.len().min(at + MAX_DIGITS)];
    let text = &rest[..rest.iter().position(|&b| b == 0).unwrap_or(rest.len())];
    let (base, skip) = radix(text, base);
    let (mut value, mut digits, mut overflow) = (0u64, 0, false);
    for d in text[skip..]
        .iter()
        .map_while(|&b| digit(b).filter(|&d| d < base))
    {
        match value.checked_mul(base).and_then(|v| v.checked_add(d)) {
            Some(v) => value = v,
            None => overflow = true,
        }
        digits += 1;
    }
    match (overflow, digits) {
        (true, _) => Err(Errno::ERANGE),
        (_, 0) => Err(Errno::EINVAL),
        _ => Ok(Parsed {
            value,
            negative,
            consumed: at + skip + digits,
        }),
    }
}

/// `bpf_strtol(buf, buf_len, flags, res)` and `bpf_strtoul`: `*res` zeroed, then the value
/// and R0 the bytes consumed, or a negative errno (`-ERANGE` past the type's range,
/// `-EINVAL` for a sign on `strtoul`).
fn strto(exec: &mut Exec<'_>, signed: bool) -> HelperStep {
    let (buf, len, flags, res) = (exec.regs[1], exec.regs[2], exec.regs[3], exec.regs[4]);
    let text = exec.read_bytes(buf, len as u32)?;
    exec.region_mut(res, 8)?.fill(0);
    let parsed = match strtoull(&text, flags) {
        Ok(p) => p,
        Err(e) => return Ok(errno(e)),
    };
    let value = match (signed, parsed.negative) {
        (false, true) => return Ok(errno(Errno::EINVAL)),
        (false, false) => parsed.value,
        (true, false) if parsed.value > i64::MAX as u64 => return Ok(errno(Errno::ERANGE)),
        (true, false) => parsed.value,
        (true, true) if parsed.value > i64::MIN.unsigned_abs() => return Ok(errno(Errno::ERANGE)),
        (true, true) => parsed.value.wrapping_neg(),
    };
    exec.region_mut(res, 8)?
        .copy_from_slice(&value.to_le_bytes());
    Ok(HelperResult::Ret(parsed.consumed as u64))
}

pub(super) fn strtol(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    strto(exec, true)
}

pub(super) fn strtoul(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    strto(exec, false)
}

/// `bpf_strncmp(s1, s1_sz, s2)`: lib/string.c's `strncmp`, -1, 0 or 1 (unsigned bytes).
pub(super) fn strncmp(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let s1 = exec.read_bytes(exec.regs[1], exec.regs[2] as u32)?;
    let s2 = c_string_at(exec, exec.regs[3])?;
    let order = s1
        .iter()
        .zip(s2.iter().chain(std::iter::repeat(&0)))
        .map(|(a, b)| (a.cmp(b), *a))
        .find(|&(o, a)| o.is_ne() || a == 0)
        .map_or(0i64, |(o, _)| o as i64);
    Ok(HelperResult::Ret(order as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str, flags: u64) -> Result<(u64, bool, usize), Errno> {
        strtoull(s.as_bytes(), flags).map(|p| (p.value, p.negative, p.consumed))
    }

    #[test]
    fn prefixes_and_bases() {
        assert_eq!(parse("  -0x1fz", 0), Ok((0x1f, true, 7)));
        assert_eq!(parse("0x", 0), Ok((0, false, 1)));
        assert_eq!(parse("0x", 16), Err(Errno::EINVAL));
        assert_eq!(parse("017", 0), Ok((15, false, 3)));
        assert_eq!(parse("19", 8), Ok((1, false, 1)));
        assert_eq!(parse("18446744073709551616", 10), Err(Errno::ERANGE));
        assert_eq!(parse("12", 2), Err(Errno::EINVAL));
        assert_eq!(parse("12", 0x20 | 10), Err(Errno::EINVAL));
        assert_eq!(parse("   ", 10), Err(Errno::EINVAL));
    }
}
