//! The format strings of `bpf_snprintf`, `bpf_trace_vprintk` and `bpf_seq_printf`: the
//! kernel's `bpf_bprintf_prepare` (kernel/bpf/helpers.c) in its checking mode, which the
//! verifier runs on `bpf_snprintf`'s constant format (`check_bpf_snprintf_call`) and the
//! helpers run again on every call. The conversions it takes: `%d %i %u %x %X` with `l`/`ll`,
//! `%c`, `%s`, `%p` alone or followed by a space, punctuation or the end, `%pK %px %ps %pS`,
//! `%pks %pus`, `%pB`, `%pI4 %pi4 %pI6 %pi6`, `%%`; flags `0 + - space` and a width; at
//! most as many conversions as arguments. [`FormatRules`] holds what changed between the
//! releases modelled here; [`MAX_ARGS`] is the helpers' argument limit.

/// `MAX_BPRINTF_VARARGS`: the most `u64` arguments `bpf_snprintf` and `bpf_trace_vprintk`
/// take (`data_len` up to 96 bytes); checked when the helper runs, not by the verifier.
pub const MAX_ARGS: u32 = 12;

/// The release-dependent parts of `bpf_bprintf_prepare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatRules {
    /// Bytes 0x80 and above pass as plain text, and only after a `%` are they refused ("bpf:
    /// Allow UTF-8 literals in bpf_bprintf_prepare()"); before, every non-ASCII byte is
    /// refused.
    pub utf8_text: bool,
    /// `%p` followed by a space, punctuation or the end leaves that character to be read as
    /// text (so `%p%d` is two conversions); before, the character is skipped with the `%p`.
    pub p_keeps_next: bool,
}

/// The kernel's `_ctype` classes (lib/ctype.c: ISO 8859-1, so bytes from 0xA0 are
/// printable) of one byte: (printable, space, punctuation).
fn class(c: u8) -> (bool, bool, bool) {
    let space = matches!(c, b' ' | b'\t'..=b'\r' | 0xA0);
    let punct = c.is_ascii_punctuation()
        || matches!(c, 0xA1..=0xBF | 0xD7 | 0xF7);
    let print = matches!(c, 0x20..=0x7E | 0xA0..=0xFF);
    (print, space, punct)
}

fn isspace(c: u8) -> bool {
    class(c).1
}

fn ispunct(c: u8) -> bool {
    class(c).2
}

/// Why a format is refused: the byte offset where `bpf_bprintf_prepare` stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadFormat {
    pub at: usize,
}

/// `bpf_bprintf_prepare(fmt, ..., num_args)` without arguments: `Ok(conversions)` when the
/// format up to its first NUL (`fmt` holds one, as `ARG_PTR_TO_CONST_STR` guarantees, or
/// ends where the string does) is valid with `num_args` arguments.
pub fn check(fmt: &[u8], num_args: u32, rules: FormatRules) -> Result<u32, BadFormat> {
    let len = fmt.iter().position(|&b| b == 0).unwrap_or(fmt.len());
    let at = |i: usize| if i < len { fmt[i] } else { 0 };
    let bad = |i: usize| Err(BadFormat { at: i });
    let mut specs = 0u32;
    let mut i = 0;
    while i < len {
        let c = fmt[i];
        let (print, space, _) = class(c);
        let refused = if rules.utf8_text {
            c.is_ascii() && !print && !space
        } else {
            (!print && !space) || !c.is_ascii()
        };
        if refused {
            return bad(i);
        }
        if c != b'%' {
            i += 1;
            continue;
        }
        if at(i + 1) == b'%' {
            i += 2;
            continue;
        }
        if specs >= num_args {
            return bad(i);
        }
        i += 1;
        if rules.utf8_text && !at(i).is_ascii() {
            return bad(i);
        }
        while matches!(at(i), b'0' | b'+' | b'-' | b' ') {
            i += 1;
        }
        if matches!(at(i), b'1'..=b'9') {
            i += 1;
            while at(i).is_ascii_digit() {
                i += 1;
            }
        }
        i = conversion(i, &at, rules).ok_or(BadFormat { at: i })?;
        specs += 1;
        i += 1;
    }
    Ok(specs)
}

/// One conversion starting at `i` (after its flags and width): the index of its last
/// character, or `None` when it is refused.
fn conversion(mut i: usize, at: &impl Fn(usize) -> u8, rules: FormatRules) -> Option<usize> {
    let text_follows = |j: usize| at(j) == 0 || isspace(at(j)) || ispunct(at(j));
    match at(i) {
        b'p' => {
            let next = at(i + 1);
            if matches!(next, b'k' | b'u') && at(i + 2) == b's' {
                return text_follows(i + 3).then_some(i + 2);
            }
            if rules.p_keeps_next && text_follows(i + 1) {
                return Some(i);
            }
            if text_follows(i + 1) || matches!(next, b'K' | b'x' | b's' | b'S' | b'B') {
                return Some(i + 1);
            }
            let ip = matches!(next, b'i' | b'I') && matches!(at(i + 2), b'4' | b'6');
            ip.then_some(i + 2)
        }
        b's' => text_follows(i + 1).then_some(i),
        b'c' => Some(i),
        _ => {
            for _ in 0..2 {
                if at(i) == b'l' {
                    i += 1;
                }
            }
            matches!(at(i), b'i' | b'd' | b'u' | b'x' | b'X').then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW: FormatRules = FormatRules {
        utf8_text: true,
        p_keeps_next: true,
    };
    const OLD: FormatRules = FormatRules {
        utf8_text: false,
        p_keeps_next: false,
    };

    #[test]
    fn conversions_count_against_the_arguments() {
        assert_eq!(check(b"port %u\0", 1, NEW), Ok(1));
        assert!(check(b"port %u %u\0", 1, NEW).is_err());
        assert_eq!(check(b"%pI4:%u->%u\0", 3, NEW), Ok(3));
        assert_eq!(check(b"100%%\0", 0, NEW), Ok(0));
        assert!(check(b"%\0", 1, NEW).is_err());
        assert!(check(b"%lu%q\0", 2, NEW).is_err());
    }

    #[test]
    fn p_then_punctuation_differs_between_releases() {
        assert_eq!(check(b"%p%d\0", 2, NEW), Ok(2));
        assert_eq!(check(b"%p%d\0", 2, OLD), Ok(1));
        assert!(check(b"caf\xc3\xa9\0", 0, OLD).is_err());
        assert_eq!(check(b"caf\xc3\xa9\0", 0, NEW), Ok(0));
    }
}
