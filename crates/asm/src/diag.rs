//! Assembler diagnostics: a stable code per kind of problem and whether it is an error or a
//! warning, the source range it points at, "did you mean" suggestions, and rendering in the
//! rustc style (codespan-reporting, chosen for its rustc-like output and small dependency
//! tree) or as one JSON object per diagnostic.
//!
//! Everything rendered is user-controlled text (source lines, names, file paths), so it goes
//! through [`escape`]: no control character, invisible character or invalid UTF-8 byte
//! reaches a terminal raw.

use std::borrow::Cow;
use std::ops::{Range, RangeInclusive};

/// Whether a diagnostic stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    Error,
    /// The object is still written (unless warnings are denied).
    Warning,
    /// A remark that stops nothing (other tools' findings, e.g. `skasm lint`'s
    /// `unsupported`; the assembler has none).
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Stable kebab-case codes, one per kind of assembler diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    InvalidUtf8,
    Syntax,
    BadRegister,
    WidthMismatch,
    OperandMismatch,
    BadType,
    ImmOutOfRange,
    OffsetOutOfRange,
    UndefinedLabel,
    DuplicateLabel,
    JumpOutOfRange,
    UnknownDirective,
    BadDirective,
    BadMap,
    BadExpression,
    InsnInData,
    UnknownHelper,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 17] = [
        ErrorCode::InvalidUtf8,
        ErrorCode::Syntax,
        ErrorCode::BadRegister,
        ErrorCode::WidthMismatch,
        ErrorCode::OperandMismatch,
        ErrorCode::BadType,
        ErrorCode::ImmOutOfRange,
        ErrorCode::OffsetOutOfRange,
        ErrorCode::UndefinedLabel,
        ErrorCode::DuplicateLabel,
        ErrorCode::JumpOutOfRange,
        ErrorCode::UnknownDirective,
        ErrorCode::BadDirective,
        ErrorCode::BadMap,
        ErrorCode::BadExpression,
        ErrorCode::InsnInData,
        ErrorCode::UnknownHelper,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidUtf8 => "invalid-utf8",
            ErrorCode::Syntax => "syntax",
            ErrorCode::BadRegister => "bad-register",
            ErrorCode::WidthMismatch => "width-mismatch",
            ErrorCode::OperandMismatch => "operand-mismatch",
            ErrorCode::BadType => "bad-type",
            ErrorCode::ImmOutOfRange => "imm-out-of-range",
            ErrorCode::OffsetOutOfRange => "offset-out-of-range",
            ErrorCode::UndefinedLabel => "undefined-label",
            ErrorCode::DuplicateLabel => "duplicate-label",
            ErrorCode::JumpOutOfRange => "jump-out-of-range",
            ErrorCode::UnknownDirective => "unknown-directive",
            ErrorCode::BadDirective => "bad-directive",
            ErrorCode::BadMap => "bad-map",
            ErrorCode::BadExpression => "bad-expression",
            ErrorCode::InsnInData => "insn-in-data",
            ErrorCode::UnknownHelper => "unknown-helper",
        }
    }

    /// The one place that says which codes are warnings: the object is still written.
    pub fn severity(self) -> Severity {
        match self {
            ErrorCode::UnknownHelper => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One assembler diagnostic. `span` is a byte range of the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsmError {
    pub code: ErrorCode,
    /// The code's severity, unless warnings are denied ([`AsmError::denied`]).
    pub severity: Severity,
    pub span: Range<usize>,
    pub message: String,
    /// Text under the primary underline.
    pub label: String,
    /// Secondary labels (e.g. "first defined here").
    pub secondary: Vec<(Range<usize>, String)>,
    pub help: Option<String>,
}

impl AsmError {
    pub fn new(
        code: ErrorCode,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Self {
        AsmError {
            code,
            severity: code.severity(),
            span,
            message: message.into(),
            label: label.into(),
            secondary: Vec::new(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_secondary(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.secondary.push((span, label.into()));
        self
    }

    /// The same diagnostic as an error (warnings denied).
    pub fn denied(mut self) -> Self {
        self.severity = Severity::Error;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Levenshtein distance in characters, for "did you mean" suggestions.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j] + (ca != *cb) as usize)
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Characters that print as nothing or change how the following text is shown: soft
/// hyphen, Arabic letter mark, Mongolian vowel separator, zero-width and direction marks,
/// line and paragraph separators, bidi embeddings, overrides and isolates, word joiners,
/// byte order mark, interlinear annotation marks. Controls are found by `char::is_control`.
const INVISIBLE: &[RangeInclusive<char>] = &[
    '\u{ad}'..='\u{ad}',
    '\u{61c}'..='\u{61c}',
    '\u{180e}'..='\u{180e}',
    '\u{200b}'..='\u{200f}',
    '\u{2028}'..='\u{202e}',
    '\u{2060}'..='\u{206f}',
    '\u{feff}'..='\u{feff}',
    '\u{fff9}'..='\u{fffb}',
];

/// Whether `c` is shown escaped. Tab is text.
fn unprintable(c: char) -> bool {
    // The usual case of every source and message, decided without the table (which has
    // no ASCII character).
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\t';
    }
    c.is_control() || INVISIBLE.iter().any(|r| r.contains(&c))
}

/// A part of some bytes as [`escape`] sees it.
enum Piece<'a> {
    /// Printable text, shown as it is.
    Text(&'a str),
    /// An unprintable character.
    Char(char),
    /// A byte that is not part of valid UTF-8.
    Byte(u8),
}

impl Piece<'_> {
    /// How the piece is shown: `\n`, `\r`, `\0`, `\x1b` (ASCII), `\u{202e}`, `\xff` (byte).
    fn push_to(&self, out: &mut String) {
        use std::fmt::Write as _;
        let _ = match *self {
            Piece::Text(t) => write!(out, "{t}"),
            Piece::Char('\n') => write!(out, "\\n"),
            Piece::Char('\r') => write!(out, "\\r"),
            Piece::Char('\0') => write!(out, "\\0"),
            Piece::Char(c) if c.is_ascii() => write!(out, "\\x{:02x}", c as u32),
            Piece::Char(c) => write!(out, "\\u{{{:x}}}", c as u32),
            Piece::Byte(b) => write!(out, "\\x{b:02x}"),
        };
    }
}

/// Calls `f` with each piece of `bytes` and the offset where it starts.
fn for_each_piece<'a>(bytes: &'a [u8], mut f: impl FnMut(usize, Piece<'a>)) {
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let mut run = 0;
        for (i, c) in valid.char_indices().filter(|&(_, c)| unprintable(c)) {
            if run < i {
                f(at + run, Piece::Text(&valid[run..i]));
            }
            f(at + i, Piece::Char(c));
            run = i + c.len_utf8();
        }
        if run < valid.len() {
            f(at + run, Piece::Text(&valid[run..]));
        }
        at += valid.len();
        for &b in chunk.invalid() {
            f(at, Piece::Byte(b));
            at += 1;
        }
    }
}

/// `bytes` as text safe to print to a terminal: printable text as it is; control
/// characters, invisible characters (bidi controls, zero-width characters, ...) and bytes
/// that are not UTF-8 escaped. Escaping escaped text changes nothing (backslashes stay).
/// Every diagnostic and every path the tools print goes through this.
pub fn escape(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.chars().any(unprintable) => Cow::Borrowed(s),
        _ => {
            let mut out = String::with_capacity(bytes.len());
            for_each_piece(bytes, |_, p| p.push_to(&mut out));
            Cow::Owned(out)
        }
    }
}

/// A source escaped for display except its line ends (`\n`, and `\r` before one), and
/// where the escapes moved its byte offsets.
struct ShownSource<'a> {
    original: &'a [u8],
    file: codespan_reporting::files::SimpleFile<String, String>,
    /// After each escape: (offset in the original, offset in the shown text).
    moved: Vec<(usize, usize)>,
}

impl<'a> ShownSource<'a> {
    fn new(name: &str, original: &'a [u8]) -> Self {
        let name = escape(name.as_bytes()).into_owned();
        let plain = |b: &u8| matches!(b, b' '..=b'~' | b'\n' | b'\t');
        if original.iter().all(plain) {
            // Printable ASCII and line ends, as most sources are: shown as they are.
            let text = String::from_utf8_lossy(original).into_owned();
            return ShownSource {
                original,
                file: codespan_reporting::files::SimpleFile::new(name, text),
                moved: Vec::new(),
            };
        }
        ShownSource::escaped(name, original)
    }

    /// [`ShownSource::new`] of a source that has something to escape.
    fn escaped(name: String, original: &'a [u8]) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut moved = Vec::new();
        for_each_piece(original, |at, p| match p {
            Piece::Char('\n') => text.push('\n'),
            Piece::Char('\r') if original.get(at + 1) == Some(&b'\n') => text.push('\r'),
            Piece::Text(t) => text.push_str(t),
            Piece::Char(c) => {
                p.push_to(&mut text);
                moved.push((at + c.len_utf8(), text.len()));
            }
            Piece::Byte(_) => {
                p.push_to(&mut text);
                moved.push((at + 1, text.len()));
            }
        });
        ShownSource {
            original,
            file: codespan_reporting::files::SimpleFile::new(name, text),
            moved,
        }
    }

    /// Where an original offset (on a character boundary) is in the shown text.
    fn shown(&self, offset: usize) -> usize {
        match self.moved.partition_point(|m| m.0 <= offset) {
            0 => offset,
            i => self.moved[i - 1].1 + (offset - self.moved[i - 1].0),
        }
    }

    /// The original offset of a shown offset that is not inside an escape.
    fn original_offset(&self, shown: usize) -> usize {
        match self.moved.partition_point(|m| m.1 <= shown) {
            0 => shown,
            i => self.moved[i - 1].0 + (shown - self.moved[i - 1].1),
        }
    }

    /// An original span clamped to the source and to character boundaries, then shown.
    fn span(&self, r: &Range<usize>) -> Range<usize> {
        let s = floor_char_boundary(self.original, r.start);
        let e = floor_char_boundary(self.original, r.end).max(s);
        self.shown(s)..self.shown(e)
    }
}

/// Lines and columns are those of the original source, so `file:line:col` points into the
/// file whatever was escaped before it on the line.
impl<'f> codespan_reporting::files::Files<'f> for ShownSource<'_> {
    type FileId = ();
    type Name = &'f str;
    type Source = &'f str;

    fn name(&'f self, (): ()) -> Result<&'f str, codespan_reporting::files::Error> {
        Ok(self.file.name())
    }

    fn source(&'f self, (): ()) -> Result<&'f str, codespan_reporting::files::Error> {
        Ok(self.file.source())
    }

    fn line_index(&'f self, (): (), at: usize) -> Result<usize, codespan_reporting::files::Error> {
        self.file.line_index((), at)
    }

    fn line_range(
        &'f self,
        (): (),
        line: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        self.file.line_range((), line)
    }

    fn column_number(
        &'f self,
        (): (),
        _line: usize,
        at: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        Ok(line_col_bytes(self.original, self.original_offset(at)).1)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    line_col_bytes(source.as_bytes(), offset)
}

/// [`line_col`] of a source that may not be UTF-8 (a byte that is not counts as a column).
fn line_col_bytes(source: &[u8], offset: usize) -> (usize, usize) {
    let before = &source[..floor_char_boundary(source, offset)];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before[line_start..]
        .utf8_chunks()
        .map(|c| c.valid().chars().count() + c.invalid().len())
        .sum::<usize>()
        + 1;
    (line, col)
}

/// `i` clamped to `s` and moved back to the start of the UTF-8 character it is in.
fn floor_char_boundary(s: &[u8], i: usize) -> usize {
    let mut i = i.min(s.len());
    let continuation = |b: u8| b & 0xc0 == 0x80;
    let mut back = 0;
    while i > 0 && back < 3 && s.get(i).is_some_and(|&b| continuation(b)) {
        i -= 1;
        back += 1;
    }
    i
}

/// Renders diagnostics in the rustc style, without colour.
pub fn render(errors: &[AsmError], file_name: &str, source: &str) -> String {
    render_bytes(errors, file_name, source.as_bytes())
}

/// [`render`] of a source as read from its file (spans are offsets into these bytes), so
/// bytes that are not UTF-8 are shown as `\xNN`.
pub fn render_bytes(errors: &[AsmError], file_name: &str, source: &[u8]) -> String {
    let reports: Vec<Report> = errors.iter().map(Report::from).collect();
    render_reports(&reports, file_name, source)
}

/// A diagnostic of any code: the assembler's ([`AsmError`] converts), or that of a tool
/// built on this crate (`skasm lint`'s findings and the verifier's rejections), so that all
/// render alike. `span` is a byte range of the source; without one only the message and the
/// notes are shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub severity: Severity,
    pub code: String,
    pub message: String,
    pub span: Option<Range<usize>>,
    /// Text under the primary underline.
    pub label: String,
    pub secondary: Vec<(Range<usize>, String)>,
    /// Lines after the excerpt, each shown as `= note`-style text (`help: ...`, ...).
    pub notes: Vec<String>,
}

impl From<&AsmError> for Report {
    fn from(e: &AsmError) -> Report {
        Report {
            severity: e.severity,
            code: e.code.as_str().to_string(),
            message: e.message.clone(),
            span: Some(e.span.clone()),
            label: e.label.clone(),
            secondary: e.secondary.clone(),
            notes: e.help.iter().map(|h| format!("help: {h}")).collect(),
        }
    }
}

/// Renders reports about one source in the rustc style, without colour (codespan-reporting);
/// every text is [`escape`]d.
pub fn render_reports(reports: &[Report], file_name: &str, source: &[u8]) -> String {
    use codespan_reporting::diagnostic::{Diagnostic, Label};
    use codespan_reporting::term::{self, termcolor::NoColor, Config};

    let file = ShownSource::new(file_name, source);
    let text = |s: &str| escape(s.as_bytes()).into_owned();
    let mut out = NoColor::new(Vec::new());
    for r in reports {
        let mut labels = Vec::new();
        if let Some(span) = &r.span {
            labels.push(Label::primary((), file.span(span)).with_message(text(&r.label)));
        }
        for (sp, msg) in &r.secondary {
            labels.push(Label::secondary((), file.span(sp)).with_message(text(msg)));
        }
        let d = match r.severity {
            Severity::Error => Diagnostic::error(),
            Severity::Warning => Diagnostic::warning(),
            Severity::Note => Diagnostic::note(),
        };
        let d = d
            .with_message(text(&r.message))
            .with_code(text(&r.code))
            .with_labels(labels)
            .with_notes(r.notes.iter().map(|n| text_keeping_lines(n)).collect());
        // Writing into a Vec cannot fail except on a span outside the file, which
        // `ShownSource::span` rules out.
        let _ = term::emit(&mut out, &Config::default(), &file, &d);
    }
    String::from_utf8(out.into_inner())
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`escape`] line by line, keeping the line breaks of a multi-line note.
fn text_keeping_lines(s: &str) -> String {
    s.split('\n')
        .map(|l| escape(l.as_bytes()).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// One JSON object per line, with stable fields:
/// `{"severity","code","message","file","line","column","end_line","end_column","label","help"}`
/// (serde_json does the JSON escaping; text is [`escape`]d first, as for humans).
pub fn render_json(errors: &[AsmError], file_name: &str, source: &str) -> String {
    render_json_bytes(errors, file_name, source.as_bytes())
}

/// [`render_json`] of a source as read from its file.
pub fn render_json_bytes(errors: &[AsmError], file_name: &str, source: &[u8]) -> String {
    let text = |s: &str| escape(s.as_bytes()).into_owned();
    let mut s = String::new();
    for e in errors {
        let (line, column) = line_col_bytes(source, e.span.start);
        let (end_line, end_column) = line_col_bytes(source, e.span.end);
        let v = serde_json::json!({
            "severity": e.severity.as_str(),
            "code": e.code.as_str(),
            "message": text(&e.message),
            "file": text(file_name),
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "label": text(&e.label),
            "help": e.help.as_deref().map(text),
        });
        s.push_str(&v.to_string());
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_interpret() {
        assert_eq!(escape(b"plain text\twith tab"), "plain text\twith tab");
        assert!(matches!(escape(b"r0 = 1"), Cow::Borrowed(_)));
        assert_eq!(escape(b"a\x1b[31mb"), "a\\x1b[31mb");
        assert_eq!(escape(b"\0\r\n\x7f"), "\\0\\r\\n\\x7f");
        assert_eq!(escape("x\u{202e}y\u{9b}".as_bytes()), "x\\u{202e}y\\u{9b}");
        assert_eq!(escape(b"bad \xff\xfe end"), "bad \\xff\\xfe end");
        assert_eq!(escape("é ü 名".as_bytes()), "é ü 名");
        let once = escape(b"\x1b\xff\xe2\x80\xae").into_owned();
        assert_eq!(escape(once.as_bytes()), once, "escaping is idempotent");
    }

    #[test]
    fn ascii_is_decided_without_the_invisible_table() {
        assert!(INVISIBLE.iter().all(|r| !r.start().is_ascii()));
        for plain in ["", "a\tb\n\nint x;\n", "~ !\n"] {
            let fast = ShownSource::new("f.c", plain.as_bytes());
            let slow = ShownSource::escaped("f.c".into(), plain.as_bytes());
            assert_eq!(fast.file.source(), slow.file.source());
            assert_eq!(fast.moved, slow.moved);
        }
    }

    #[test]
    fn shown_offsets_follow_the_escapes() {
        let src = b"a\x1bb\xffc\r\nd\re";
        let shown = ShownSource::new("f.s", src);
        assert_eq!(
            codespan_reporting::files::Files::source(&shown, ()).unwrap(),
            "a\\x1bb\\xffc\r\nd\\re"
        );
        for (orig, at) in [
            (0, 0),
            (1, 1),
            (2, 5),
            (3, 6),
            (4, 10),
            (5, 11),
            (8, 14),
            (10, 17),
        ] {
            assert_eq!(shown.shown(orig), at, "offset {orig}");
            assert_eq!(shown.original_offset(at), orig, "shown offset {at}");
        }
    }

    #[test]
    fn line_col_counts_characters_and_stray_bytes() {
        assert_eq!(line_col("ab\ncé d", 7), (2, 4));
        assert_eq!(line_col_bytes(b"x\n\xff\xfez", 4), (2, 3));
        assert_eq!(line_col_bytes("é".as_bytes(), 1), (1, 1));
        assert_eq!(line_col_bytes(b"abc", 99), (1, 4));
    }
}
