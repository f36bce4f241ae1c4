//! Assembler diagnostics: a stable code per kind of error, the source range it points at,
//! and rendering in the rustc style (codespan-reporting, chosen for its rustc-like output and
//! small dependency tree) or as one JSON object per error.

use std::ops::Range;

/// Stable kebab-case codes, one per kind of assembler error.
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
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 16] = [
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
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One assembler error. `span` is a byte range of the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsmError {
    pub code: ErrorCode,
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
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders errors in the rustc style, without colour.
pub fn render(errors: &[AsmError], file_name: &str, source: &str) -> String {
    use codespan_reporting::diagnostic::{Diagnostic, Label};
    use codespan_reporting::files::SimpleFile;
    use codespan_reporting::term::{self, termcolor::NoColor, Config};

    let file = SimpleFile::new(file_name, source);
    let mut out = NoColor::new(Vec::new());
    let clamp = |r: &Range<usize>| {
        let s = floor_char_boundary(source, r.start.min(source.len()));
        let e = floor_char_boundary(source, r.end.min(source.len())).max(s);
        s..e
    };
    for e in errors {
        let mut labels = vec![Label::primary((), clamp(&e.span)).with_message(&e.label)];
        for (sp, msg) in &e.secondary {
            labels.push(Label::secondary((), clamp(sp)).with_message(msg));
        }
        let mut d = Diagnostic::error()
            .with_message(&e.message)
            .with_code(e.code.as_str())
            .with_labels(labels);
        if let Some(h) = &e.help {
            d = d.with_notes(vec![format!("help: {h}")]);
        }
        // Writing into a Vec cannot fail except on a span outside the file, which clamp rules out.
        let _ = term::emit(&mut out, &Config::default(), &file, &d);
    }
    String::from_utf8_lossy(&out.into_inner()).into_owned()
}

/// One JSON object per line, with stable fields:
/// `{"code","message","file","line","column","end_line","end_column","label","help"}`
/// (serde_json does the escaping).
pub fn render_json(errors: &[AsmError], file_name: &str, source: &str) -> String {
    let mut s = String::new();
    for e in errors {
        let (line, column) = line_col(source, e.span.start);
        let (end_line, end_column) = line_col(source, e.span.end);
        let v = serde_json::json!({
            "code": e.code.as_str(),
            "message": e.message,
            "file": file_name,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "label": e.label,
            "help": e.help,
        });
        s.push_str(&v.to_string());
        s.push('\n');
    }
    s
}
