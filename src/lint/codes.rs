//! The codes of `skasm lint`'s findings: its own ([`LINT_CODES`], the one table of them:
//! name, severity, rule) and the verifier's (`skctx::codes::CODES`, always errors, with the
//! `help` line for the common mistakes). Every output format (human, JSON, GitHub, SARIF)
//! and the README's table of lint codes take name, severity, rule and help from here.

use asm::diag::Severity;

/// One of lint's own codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LintCode {
    /// Stable kebab-case name.
    pub name: &'static str,
    pub severity: Severity,
    /// The rule, in one sentence.
    pub rule: &'static str,
}

pub const UNDEFINED_MAP: &LintCode = &LINT_CODES[0];
pub const PARTIAL_INSN: &LintCode = &LINT_CODES[1];
pub const UNSUPPORTED: &LintCode = &LINT_CODES[2];

/// Every lint code. Verifier codes are not here: they are `skctx::codes::CODES`.
pub const LINT_CODES: [LintCode; 3] = [
    LintCode {
        name: "undefined-map",
        severity: Severity::Error,
        rule: "an `ld_imm64` relocation names a symbol that neither the object's maps nor the world file (`--world`) define",
    },
    LintCode {
        name: "partial-instruction",
        severity: Severity::Error,
        rule: "a program's (or a called function's) bytes end inside an 8-byte instruction",
    },
    LintCode {
        name: "unsupported",
        severity: Severity::Note,
        rule: "the program uses what lint or the verifier crate does not model (a loop, a tail call, read-only global data, an extern function, ...), so it gets no verdict rather than a guess",
    },
];

/// The code of a finding: lint's own, or the verifier's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingCode {
    Lint(&'static LintCode),
    Verifier(skctx::Code),
}

impl FindingCode {
    pub fn name(self) -> &'static str {
        match self {
            FindingCode::Lint(c) => c.name,
            FindingCode::Verifier(c) => c.name(),
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            FindingCode::Lint(c) => c.severity,
            FindingCode::Verifier(_) => Severity::Error,
        }
    }

    /// The rule, in one sentence.
    pub fn rule(self) -> &'static str {
        match self {
            FindingCode::Lint(c) => c.rule,
            FindingCode::Verifier(c) => c.row().rule,
        }
    }

    /// How to fix the common mistake behind the code (the verifier registry's `help`), when
    /// there is one.
    pub fn help(self) -> Option<&'static str> {
        match self {
            FindingCode::Lint(_) => None,
            FindingCode::Verifier(c) => Some(c.row().help).filter(|h| !h.is_empty()),
        }
    }
}

/// [`LINT_CODES`] as the Markdown table README.md shows.
pub fn lint_code_table() -> String {
    let mut out = String::from("| code | severity | rule |\n|---|---|---|\n");
    for c in &LINT_CODES {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            c.name,
            c.severity.as_str(),
            c.rule
        ));
    }
    out
}
