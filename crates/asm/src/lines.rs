//! The per-line work that needs no assembler state: splitting a block of source into lines,
//! cutting comments, finding labels, and parsing, checking and encoding instructions.
//!
//! It is most of the assembler's time, and since it depends on nothing but the line, large
//! sources run it on other threads, blocks ahead of the sequential part in [`crate::lower`]
//! (sections, symbols, directives), which consumes the [`Block`]s in source order.

use crate::build::{build, Fixup, SpanMap};
use crate::diag::{AsmError, ErrorCode};
use crate::syntax;
use isa::RawInsn;
use std::borrow::Cow;
use std::ops::Range;

/// A run of whole source lines and what the per-line work made of them.
pub(crate) struct Block<'s> {
    pub text: Cow<'s, str>,
    /// Offset of `text` in the whole source.
    pub base: usize,
    pub lines: Vec<Line>,
    /// Every line's labels, in order; a [`Line`] holds its range of this list.
    pub labels: Vec<Piece>,
}

/// A part of the block's text: offset within the block and length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub at: u32,
    pub len: u32,
}

impl Piece {
    fn of(at: usize, len: usize) -> Self {
        Piece {
            at: at as u32,
            len: len as u32,
        }
    }
    pub fn range(self) -> Range<usize> {
        self.at as usize..(self.at + self.len) as usize
    }
}

/// One line of a block (the `k`-th line of a block is `k` lines after its first).
pub(crate) struct Line {
    /// The line without its line break.
    pub text: Piece,
    /// This line's labels in [`Block::labels`].
    pub labels: Range<u32>,
    /// The statement after the labels, comment and surrounding blanks removed.
    pub stmt: Piece,
    /// A statement after a `;` on the same source line as the one before.
    pub same_line: bool,
    pub kind: Stmt,
}

pub(crate) enum Stmt {
    Empty,
    Directive {
        name_len: u32,
    },
    Insn {
        slots: [RawInsn; 2],
        wide: bool,
        fixup: Option<PendingFixup>,
    },
    /// An instruction that does not parse or does not check.
    Rejected(Vec<AsmError>),
}

/// A symbol an instruction refers to, waiting for the symbol table.
pub(crate) struct PendingFixup {
    pub kind: FixupKind,
    /// The name within the block.
    pub name: Piece,
    /// The source bytes to underline if it cannot be resolved.
    pub span: (u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FixupKind {
    Jump,
    Call,
    LdImm,
}

impl<'s> Block<'s> {
    /// Runs the per-line work on `text` (whole lines) found at `base` in the source.
    pub fn parse(text: Cow<'s, str>, base: usize) -> Self {
        let mut lines = Vec::with_capacity(text.len() / 16);
        let mut labels = Vec::new();
        let mut offset = 0;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            let code = strip_comment(line);
            let mut at = 0;
            for (k, stmt) in statements(code).enumerate() {
                let mut parsed = parse_line(line, stmt, at, offset, base, &mut labels);
                parsed.same_line = k > 0;
                lines.push(parsed);
                at += stmt.len() + 1;
            }
            offset += raw.len();
        }
        Block {
            text,
            base,
            lines,
            labels,
        }
    }

    pub fn piece(&self, p: Piece) -> &str {
        &self.text[p.range()]
    }
}

/// The statements of a line without its comment: separated by `;` outside strings, as
/// llvm-mc separates them for BPF (at least one, maybe empty).
fn statements(code: &str) -> impl Iterator<Item = &str> {
    let b = code.as_bytes();
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut in_str = false;
        let mut i = start;
        while i < b.len() {
            match b[i] {
                b'\\' if in_str => i += 1,
                b'"' => in_str = !in_str,
                b';' if !in_str => {
                    let stmt = &code[start..i];
                    start = i + 1;
                    return Some(stmt);
                }
                _ => {}
            }
            i += 1;
        }
        done = true;
        Some(&code[start.min(b.len())..])
    })
}

/// Parses the statement `code`, found `code_at` bytes into `line`.
fn parse_line(
    line: &str,
    code: &str,
    code_at: usize,
    offset: usize,
    base: usize,
    labels: &mut Vec<Piece>,
) -> Line {
    let first_label = labels.len() as u32;
    let mut rest = code;
    let mut pos = code_at;
    // Labels: `name:` (several may precede a statement).
    loop {
        let trimmed = rest.trim_start();
        pos += rest.len() - trimmed.len();
        rest = trimmed;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let n = if digits > 0 {
            // A numeric label (`1:`), which `1b` and `1f` refer to.
            digits
        } else {
            rest.bytes()
                .take_while(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$'))
                .count()
        };
        if n > 0 && rest[n..].starts_with(':') && !rest[n..].starts_with("::") {
            labels.push(Piece::of(offset + pos, n));
            rest = &rest[n + 1..];
            pos += n + 1;
        } else {
            break;
        }
    }
    let stmt = rest.trim_end();
    let kind = if stmt.is_empty() {
        Stmt::Empty
    } else if stmt.starts_with('.')
        && stmt[1..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    {
        // The name ends where a name character does not follow (`.quad'a'` is `.quad 'a'`).
        let name_len = 1 + stmt[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$')))
            .unwrap_or(stmt.len() - 1);
        Stmt::Directive {
            name_len: name_len as u32,
        }
    } else {
        instruction(stmt, base + offset + pos, base)
    };
    Line {
        text: Piece::of(offset, line.len()),
        labels: first_label..labels.len() as u32,
        stmt: Piece::of(offset + pos, stmt.len()),
        same_line: false,
        kind,
    }
}

/// Parses, checks and encodes one instruction found at `at` in the source.
fn instruction(text: &str, at: usize, base: usize) -> Stmt {
    if let Some(raw) = callx(text) {
        return Stmt::Insn {
            slots: [raw, RawInsn::default()],
            wide: false,
            fixup: None,
        };
    }
    let syn = match syntax::instruction(text) {
        Ok(s) => s,
        Err(e) => {
            let start = at + (text.len() - e.rest.len());
            let word = e.rest.split_whitespace().next();
            let end = start + word.map_or(0, str::len);
            let found = word.map_or_else(
                || "found the end of the line".into(),
                |t| format!("found `{t}`"),
            );
            return Stmt::Rejected(vec![AsmError::new(
                ErrorCode::Syntax,
                start..end,
                format!("expected {}", e.expected),
                found,
            )]);
        }
    };
    let m = SpanMap {
        text_len: text.len(),
        base: at,
    };
    let built = match build(syn, &m) {
        Ok(b) => b,
        Err(es) => return Stmt::Rejected(es),
    };
    let fixup = built.fixup.map(|f| {
        let (kind, name, span) = match f {
            Fixup::Jump { label, span } => (FixupKind::Jump, label, span),
            Fixup::Call { name, span } => (FixupKind::Call, name, span),
            Fixup::LdImm { name, span } => (FixupKind::LdImm, name, span),
        };
        // The span underlines exactly the name.
        debug_assert_eq!(span.len(), name.len());
        let name_at = span.start - base;
        PendingFixup {
            kind,
            name: Piece::of(name_at, name.len()),
            span: (span.start as u32, span.end as u32),
        }
    });
    let encoded = built.insn.encode_slots();
    let s = encoded.as_slice();
    Stmt::Insn {
        slots: [s[0], s.get(1).copied().unwrap_or_default()],
        wide: s.len() > 1,
        fixup,
    }
}

/// `callx rN`: LLVM's call through a register (`BPF_JMP | BPF_CALL | BPF_X`, the register in
/// the destination field), which no kernel accepts and the instruction set leaves out; it is
/// assembled as llvm-mc assembles it and disassembled as raw bytes.
fn callx(text: &str) -> Option<RawInsn> {
    let rest = text.strip_prefix("callx")?;
    let digits = rest.trim_start().strip_prefix('r')?;
    let n: u8 = digits.parse().ok()?;
    let spaced = rest.starts_with([' ', '\t']);
    (spaced && n <= 10 && digits.bytes().all(|c| c.is_ascii_digit()))
        .then(|| RawInsn::new(0x8d, n, 0, 0, 0))
}

/// Cuts a `#` or `//` comment that is not inside a string literal.
pub(crate) fn strip_comment(line: &str) -> &str {
    let b = line.as_bytes();
    // Most lines have no comment and no string: one vectorised search says so.
    let Some(mut i) = memchr::memchr3(b'#', b'/', b'"', b) else {
        return line;
    };
    let mut in_str = false;
    while i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'#' if !in_str => return &line[..i],
            b'/' if !in_str && b.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}
