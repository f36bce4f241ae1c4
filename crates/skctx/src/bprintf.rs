//! The format strings of `bpf_snprintf`, `bpf_trace_vprintk` and `bpf_seq_printf`: the
//! kernel's `bpf_bprintf_prepare` (kernel/bpf/helpers.c) in its checking mode, which the
//! verifier runs on `bpf_snprintf`'s constant format (`check_bpf_snprintf_call`) and the
//! helpers run again on every call. The conversions it takes: `%d %i %u %x %X` with `l`/`ll`,
//! `%c`, `%s`, `%p` alone or followed by a space, punctuation or the end, `%pK %px %ps %pS`,
//! `%pks %pus`, `%pB`, `%pI4 %pi4 %pI6 %pi6`, `%%`; flags `0 + - space` and a width; at
//! most as many conversions as arguments. [`FormatRules`] holds what changed between the
//! releases modelled here; [`MAX_ARGS`] is the helpers' argument limit. [`format`] is what
//! the helpers then print (`bpf_bprintf_prepare` copying the arguments, `bstr_printf`
//! printing them), for the VM.

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
    let punct = c.is_ascii_punctuation() || matches!(c, 0xA1..=0xBF | 0xD7 | 0xF7);
    let print = matches!(c, 0x20..=0x7E | 0xA0..=0xFF);
    (print, space, punct)
}

/// `isalnum`: ASCII letters and digits, and the Latin-1 letters (0xC0 to 0xFF but 0xD7 and
/// 0xF7).
fn isalnum(c: u8) -> bool {
    c.is_ascii_alphanumeric() || (c >= 0xC0 && c != 0xD7 && c != 0xF7)
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

/// `MAX_BPRINTF_BIN_ARGS`: the bytes `bpf_bprintf_prepare` copies the arguments into (strings
/// and addresses included); past them a call fails with `-ENOSPC`.
const BIN_ARGS: usize = 512;

/// Why [`format`] prints nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// `-EINVAL`: the format is refused ([`check`]).
    Invalid,
    /// `-ENOSPC`: the strings and addresses do not fit [`BIN_ARGS`].
    NoSpace,
    /// A conversion that prints a kernel address or symbol (`%p`, `%pK`, `%px`, `%ps`,
    /// `%pS`, `%pB`), which only the kernel knows.
    KernelAddress,
    /// After an address or `%pks`/`%pus` string left unread (the buffer full), a conversion
    /// reads bytes `bpf_bprintf_prepare` left as they were (alignment padding, or past its
    /// copy): what the kernel prints depends on what its buffer held before.
    Uninitialised,
}

/// The conversion of one `%` (after flags and width), as `bstr_printf` prints it.
#[derive(Clone, Copy)]
struct Spec {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    width: usize,
}

impl Spec {
    /// `widen_string`: `text` padded with spaces to the width.
    fn pad(&self, text: &[u8], out: &mut Vec<u8>) {
        let fill = self.width.saturating_sub(text.len());
        if !self.left {
            out.extend(std::iter::repeat_n(b' ', fill));
        }
        out.extend_from_slice(text);
        if self.left {
            out.extend(std::iter::repeat_n(b' ', fill));
        }
    }

    /// `number`: the digits with the sign, zero padding (not with `-`) or spaces.
    fn number(&self, negative: bool, digits: &str, signed: bool, out: &mut Vec<u8>) {
        let sign = match (signed, negative, self.plus, self.space) {
            (true, true, _, _) => "-",
            (true, false, true, _) => "+",
            (true, false, false, true) => " ",
            _ => "",
        };
        let len = sign.len() + digits.len();
        let fill = self.width.saturating_sub(len);
        if self.zero && !self.left {
            out.extend_from_slice(sign.as_bytes());
            out.extend(std::iter::repeat_n(b'0', fill));
            out.extend_from_slice(digits.as_bytes());
            return;
        }
        let mut text = sign.as_bytes().to_vec();
        text.extend_from_slice(digits.as_bytes());
        self.pad(&text, out);
    }
}

/// What the helpers print for `fmt` (up to its NUL, [`check`]ed first) with `args` (one u64
/// each) into a buffer of `size` bytes: `(text, length)`, the text the buffer gets (cut to
/// `size - 1`, without the NUL) and the length `bstr_printf` returns. `read(addr, len)` reads
/// kernel memory for `%s`, `%pks` and the `%pI` addresses (`None`: a fault, which prints an
/// empty string or a zero address, as the kernel's `*_nofault` copies do); `%pus` reads
/// user memory, which no program pointer is: an empty string. As in the kernel, the
/// arguments are first copied into a buffer (`bpf_bprintf_prepare`: integers 4-byte
/// aligned, strings and addresses printed in place) that `bstr_printf` then reads back;
/// an address or `%pks`/`%pus` string met once the text has reached `size` is neither
/// counted nor stepped over, so what follows reads from where it lies.
pub fn format(
    fmt: &[u8],
    args: &[u64],
    size: usize,
    rules: FormatRules,
    read: &dyn Fn(u64, usize) -> Option<Vec<u8>>,
) -> Result<(Vec<u8>, usize), FormatError> {
    check(fmt, args.len() as u32, rules).map_err(|_| FormatError::Invalid)?;
    let len = fmt.iter().position(|&b| b == 0).unwrap_or(fmt.len());
    let fmt = &fmt[..len];
    let convs = conversions(fmt, rules)?;
    let bin = prepare(&convs, args, read)?;
    let mut out = Vec::new();
    let mut at = 0usize;
    let mut last = 0;
    for c in &convs {
        out.extend_from_slice(&fmt[last..c.start]);
        last = c.end;
        print(c, &bin, &mut at, size, &mut out)?;
    }
    out.extend_from_slice(&fmt[last..]);
    let total = out.len();
    out.truncate(size.saturating_sub(1));
    Ok((out, total))
}

/// What one conversion prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Percent,
    Int {
        conv: u8,
        wide: bool,
    },
    Char,
    Str,
    /// `%pks` and `%pus`: a string printed in place.
    PtrStr {
        user: bool,
    },
    /// `%pI4` and friends: `(dotted, bytes)`.
    Ip {
        dotted: bool,
        n: usize,
    },
}

struct Conversion {
    /// The `%` and one past the conversion's last character.
    start: usize,
    end: usize,
    spec: Spec,
    kind: Kind,
}

fn conversions(fmt: &[u8], rules: FormatRules) -> Result<Vec<Conversion>, FormatError> {
    let at = |i: usize| fmt.get(i).copied().unwrap_or(0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            i += 1;
            continue;
        }
        let start = i;
        if at(i + 1) == b'%' {
            let spec = Spec {
                left: false,
                zero: false,
                plus: false,
                space: false,
                width: 0,
            };
            out.push(Conversion {
                start,
                end: i + 2,
                spec,
                kind: Kind::Percent,
            });
            i += 2;
            continue;
        }
        i += 1;
        let mut spec = Spec {
            left: false,
            zero: false,
            plus: false,
            space: false,
            width: 0,
        };
        loop {
            match at(i) {
                b'-' => spec.left = true,
                b'0' => spec.zero = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                _ => break,
            }
            i += 1;
        }
        while at(i).is_ascii_digit() {
            spec.width = spec.width * 10 + usize::from(at(i) - b'0');
            i += 1;
        }
        let last = conversion(i, &at, rules).ok_or(FormatError::Invalid)?;
        let conv = &fmt[i..=last.min(fmt.len() - 1)];
        let kind = match conv {
            [b'p', b'I' | b'i', v, ..] => Kind::Ip {
                dotted: conv[1] == b'I',
                n: if *v == b'4' { 4 } else { 16 },
            },
            [b'p', b'k' | b'u', b's'] => Kind::PtrStr {
                user: conv[1] == b'u',
            },
            [b'p', ..] => return Err(FormatError::KernelAddress),
            [b's'] => Kind::Str,
            [b'c'] => Kind::Char,
            _ => Kind::Int {
                conv: *conv.last().unwrap_or(&b'd'),
                wide: conv.len() > 1,
            },
        };
        i = last + 1;
        if matches!(kind, Kind::Ip { .. }) {
            // `bstr_printf` skips every letter and digit after a `%p` conversion's `p`.
            while isalnum(at(i)) {
                i += 1;
            }
        }
        out.push(Conversion {
            start,
            end: i,
            spec,
            kind,
        });
    }
    Ok(out)
}

/// `bpf_bprintf_prepare`'s copy of the arguments: `None` for the padding it skips.
fn prepare(
    convs: &[Conversion],
    args: &[u64],
    read: &dyn Fn(u64, usize) -> Option<Vec<u8>>,
) -> Result<Vec<Option<u8>>, FormatError> {
    let mut bin: Vec<Option<u8>> = Vec::new();
    let put = |bin: &mut Vec<Option<u8>>, bytes: &[u8]| bin.extend(bytes.iter().map(|&b| Some(b)));
    let mut args = args.iter().copied();
    for c in convs {
        if c.kind == Kind::Percent {
            continue;
        }
        let arg = args.next().unwrap_or(0);
        let room = BIN_ARGS - bin.len();
        match c.kind {
            Kind::Ip { dotted, n } => {
                if room < n {
                    return Err(FormatError::NoSpace);
                }
                let bytes = read(arg, n).unwrap_or_else(|| vec![0; n]);
                let mut text = ip_text(&bytes, dotted).into_bytes();
                text.truncate(room - 1);
                put(&mut bin, &text);
                bin.push(Some(0));
            }
            Kind::Str | Kind::PtrStr { .. } => {
                if room == 0 {
                    return Err(FormatError::NoSpace);
                }
                let text = match c.kind {
                    Kind::PtrStr { user: true } => Vec::new(),
                    _ => c_string(read, arg, room),
                };
                put(&mut bin, &text);
                bin.push(Some(0));
            }
            Kind::Char => {
                if room == 0 {
                    return Err(FormatError::NoSpace);
                }
                bin.push(Some(arg as u8));
            }
            Kind::Int { wide, .. } => {
                bin.resize(bin.len().next_multiple_of(4), None);
                let n = if wide { 8 } else { 4 };
                if BIN_ARGS - bin.len() < n {
                    return Err(FormatError::NoSpace);
                }
                put(&mut bin, &arg.to_le_bytes()[..n]);
            }
            Kind::Percent => {}
        }
    }
    Ok(bin)
}

/// `bstr_printf` of one conversion, reading its argument at `*at` in `bin`.
fn print(
    c: &Conversion,
    bin: &[Option<u8>],
    at: &mut usize,
    size: usize,
    out: &mut Vec<u8>,
) -> Result<(), FormatError> {
    let byte = |i: usize| {
        bin.get(i)
            .copied()
            .flatten()
            .ok_or(FormatError::Uninitialised)
    };
    let string = |at: usize| -> Result<Vec<u8>, FormatError> {
        let mut text = Vec::new();
        loop {
            match byte(at + text.len())? {
                0 => return Ok(text),
                b => text.push(b),
            }
        }
    };
    match c.kind {
        Kind::Percent => out.push(b'%'),
        Kind::Char => {
            c.spec.pad(&[byte(*at)?], out);
            *at += 1;
        }
        Kind::Str => {
            let text = string(*at)?;
            *at += text.len() + 1;
            c.spec.pad(&text, out);
        }
        Kind::PtrStr { .. } | Kind::Ip { .. } => {
            if out.len() < size {
                let text = string(*at)?;
                *at += text.len() + 1;
                out.extend_from_slice(&text);
            }
        }
        Kind::Int { conv, wide } => {
            *at = at.next_multiple_of(4);
            let n = if wide { 8 } else { 4 };
            let mut word = [0u8; 8];
            for (k, w) in word.iter_mut().take(n).enumerate() {
                *w = byte(*at + k)?;
            }
            *at += n;
            integer(conv, wide, u64::from_le_bytes(word), c.spec, out);
        }
    }
    Ok(())
}

/// `%d %i %u %x %X`, 32 bits wide unless `wide` (`l`, `ll`).
fn integer(conv: u8, wide: bool, arg: u64, spec: Spec, out: &mut Vec<u8>) {
    let v = if wide { arg } else { arg & 0xffff_ffff };
    let signed_v = if wide {
        v as i64
    } else {
        v as u32 as i32 as i64
    };
    match conv {
        b'd' | b'i' => spec.number(
            signed_v < 0,
            &signed_v.unsigned_abs().to_string(),
            true,
            out,
        ),
        b'u' => spec.number(false, &v.to_string(), false, out),
        b'x' => spec.number(false, &format!("{v:x}"), false, out),
        _ => spec.number(false, &format!("{v:X}"), false, out),
    }
}

/// `bpf_trace_copy_string` of a kernel string: at most `limit` bytes with its NUL, the
/// bytes before it; a fault before the NUL prints nothing.
fn c_string(read: &dyn Fn(u64, usize) -> Option<Vec<u8>>, addr: u64, limit: usize) -> Vec<u8> {
    let mut text = Vec::new();
    while text.len() + 1 < limit {
        match read(addr.wrapping_add(text.len() as u64), 1) {
            Some(b) if b.first().is_some_and(|&c| c != 0) => text.push(b[0]),
            Some(_) => return text,
            None => return Vec::new(),
        }
    }
    text
}

/// `%pI4` (`1.2.3.4`), `%pi4` (`001.002.003.004`), `%pI6` (eight groups of four hex digits
/// with colons), `%pi6` (32 hex digits).
fn ip_text(bytes: &[u8], dotted: bool) -> String {
    match (bytes.len(), dotted) {
        (4, true) => bytes
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join("."),
        (4, false) => bytes
            .iter()
            .map(|b| format!("{b:03}"))
            .collect::<Vec<_>>()
            .join("."),
        (_, true) => (bytes.chunks(2).map(|g| format!("{:02x}{:02x}", g[0], g[1])))
            .collect::<Vec<_>>()
            .join(":"),
        _ => bytes.iter().map(|b| format!("{b:02x}")).collect(),
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

    #[test]
    fn format_prints_as_bstr_printf() {
        let mem = |a: u64, n: usize| match a {
            0x100 => Some(vec![10, 0, 0, 1][..n].to_vec()),
            0x200.. if a < 0x204 => Some(vec![b"abc\0"[(a - 0x200) as usize]]),
            _ => None,
        };
        let f = |fmt: &[u8], args: &[u64]| {
            format(fmt, args, 64, NEW, &mem).map(|(v, _)| String::from_utf8(v).unwrap())
        };
        assert_eq!(
            f(b"%pI4:%u->%05d|%-3x|%+d", &[0x100, 80, 42, 10, 7]).as_deref(),
            Ok("10.0.0.1:80->00042|a  |+7")
        );
        assert_eq!(
            f(b"%d %ld %c%5s|", &[u64::MAX, u64::MAX, 65, 0x200]).as_deref(),
            Ok("-1 -1 A  abc|")
        );
        assert_eq!(
            f(b"%s|%pus|%pi4", &[0x999, 0x200, 0x999]).as_deref(),
            Ok("||000.000.000.000")
        );
        assert_eq!(f(b"%px", &[1]), Err(FormatError::KernelAddress));
        assert_eq!(f(b"%u %u", &[1]), Err(FormatError::Invalid));
        // With no room left, an address is neither printed nor counted, nor stepped over.
        let n = |fmt: &[u8], args: &[u64], size| format(fmt, args, size, NEW, &mem).map(|(_, n)| n);
        assert_eq!(n(b"%pI4", &[0x100], 0), Ok(0));
        assert_eq!(n(b"%pI4", &[0x100], 1), Ok(8));
    }
}
