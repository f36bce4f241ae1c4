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
    /// What to do about it, printed as the finding's `help:` line.
    pub help: &'static str,
    /// Whether `--allow` and `sklint.toml` may allow it: a finding about the loader or the
    /// object, not one that decides the program's verdict.
    pub allowable: bool,
}

pub const UNDEFINED_MAP: &LintCode = &LINT_CODES[0];
pub const PARTIAL_INSN: &LintCode = &LINT_CODES[1];
pub const UNSUPPORTED: &LintCode = &LINT_CODES[2];
pub const SECTION_NAME: &LintCode = &LINT_CODES[3];
pub const LEGACY_MAPS: &LintCode = &LINT_CODES[4];
pub const MAP_WITHOUT_BTF: &LintCode = &LINT_CODES[5];
pub const MISSING_LICENSE: &LintCode = &LINT_CODES[6];
pub const NON_GPL_LICENSE: &LintCode = &LINT_CODES[7];
pub const MAP_TYPE_UNUSABLE: &LintCode = &LINT_CODES[8];
pub const UNDEFINED_FUNCTION: &LintCode = &LINT_CODES[9];
pub const CORE_RELOCATION: &LintCode = &LINT_CODES[10];

/// Every lint code. Verifier codes are not here: they are `skctx::codes::CODES`.
pub const LINT_CODES: [LintCode; 11] = [
    LintCode {
        name: "undefined-map",
        severity: Severity::Error,
        rule: "an `ld_imm64` relocation names a symbol that neither the object's maps nor the world file (`--world`) define",
        help: "declare the map in the object (`.skmap`, or a BTF-defined map in `.maps`), or give it in the world file",
        allowable: false,
    },
    LintCode {
        name: "partial-instruction",
        severity: Severity::Error,
        rule: "a program's (or a called function's) bytes end inside an 8-byte instruction",
        help: "every function is a whole number of 8-byte instructions: check its `.size` and the data placed in its section",
        allowable: false,
    },
    LintCode {
        name: "unsupported",
        severity: Severity::Note,
        rule: "the program uses what lint or the verifier crate does not model (a loop, a tail call, a store into read-only global data, an extern function, ...), so it gets no verdict rather than a guess",
        help: "check this program with `--cross-check-kernel` (the running kernel, or `--kernel-image`)",
        allowable: false,
    },
    LintCode {
        name: "section-name",
        severity: Severity::Warning,
        rule: "a program's section is not named so that every loader of `src/lint/loader.rs`'s table (libbpf 1.x, cilium/ebpf, aya) takes it for SK_LOOKUP; the finding names the loaders that do not and what each takes",
        help: "name the section `sk_lookup` (`SEC(\"sk_lookup\")`), which libbpf 1.x, cilium/ebpf and aya all load as SK_LOOKUP",
        allowable: true,
    },
    LintCode {
        name: "legacy-maps-section",
        severity: Severity::Error,
        rule: "the object has a legacy `maps` section (`struct bpf_map_def SEC(\"maps\")`), which libbpf 1.0 and later refuse to open",
        help: "declare the maps BTF-style in `.maps` (`struct { __uint(type, ...); ... } name SEC(\".maps\");`)",
        allowable: true,
    },
    LintCode {
        name: "map-without-btf",
        severity: Severity::Error,
        rule: "the object has maps in `.maps` but no `.BTF` section: libbpf, cilium/ebpf and aya read a `.maps` map's definition from its BTF, so none of them can create it",
        help: "build with BTF (clang `-g`), or declare the maps with `.skmap`, which writes their BTF",
        allowable: true,
    },
    LintCode {
        name: "missing-license",
        severity: Severity::Warning,
        rule: "the object has no `license` section: libbpf and cilium/ebpf then load the program with an empty license (not GPL-compatible), aya with \"GPL\", so loaders disagree on which helpers it may call",
        help: "add a license: `char LICENSE[] SEC(\"license\") = \"GPL\";`",
        allowable: true,
    },
    LintCode {
        name: "non-gpl-license",
        severity: Severity::Error,
        rule: "the program calls a GPL-only helper (the kernel's `gpl_only` prototype flag) but its license is not GPL-compatible: the kernel refuses the call",
        help: "use a GPL-compatible license (\"GPL\", \"Dual BSD/GPL\", ...) or do without the helper",
        allowable: true,
    },
    LintCode {
        name: "map-type-unusable",
        severity: Severity::Warning,
        rule: "the program refers to a map whose type no helper offered to SK_LOOKUP programs accepts: whatever helper it is passed to, the kernel refuses the call",
        help: "use a map type SK_LOOKUP can use (`skasm helpers` lists the helpers; SOCKMAP/SOCKHASH for sockets, HASH, ARRAY, LPM_TRIE, ... for data)",
        allowable: true,
    },
    LintCode {
        name: "undefined-function",
        severity: Severity::Error,
        rule: "the program calls a function the object does not define (an undefined symbol): libbpf then looks for a kernel function (kfunc) of that name and fails to load when there is none; a helper must be called by its id",
        help: "call helpers through `bpf_helper_defs.h` (`static long (*bpf_x)(...) = (void *) ID;`), or define the function",
        allowable: true,
    },
    LintCode {
        name: "core-relocation",
        severity: Severity::Error,
        rule: "a CO-RE relocation of the object cannot be applied as libbpf applies it against the kernel's types (a relocation against an anonymous type, a malformed access string, an ambiguous candidate, an instruction of another form than the relocation expects), and libbpf then loads no program of the object",
        help: "rebuild the object from its C source with the clang and libbpf headers that wrote it; check the `___flavor` structs for two that resolve differently",
        allowable: false,
    },
];

/// Lint's own code named `name`.
pub fn lint_code(name: &str) -> Option<&'static LintCode> {
    LINT_CODES.iter().find(|c| c.name == name)
}

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

    /// What to do about it: lint's own code's `help`, or the verifier registry's for the
    /// common mistakes (`None` where the registry has none).
    pub fn help(self) -> Option<&'static str> {
        match self {
            FindingCode::Lint(c) => Some(c.help),
            FindingCode::Verifier(c) => Some(c.row().help).filter(|h| !h.is_empty()),
        }
    }
}

/// [`LINT_CODES`] as the Markdown table README.md shows.
pub fn lint_code_table() -> String {
    let mut out =
        String::from("| code | severity | rule | help | allowable |\n|---|---|---|---|---|\n");
    for c in &LINT_CODES {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            c.name,
            c.severity.as_str(),
            c.rule,
            c.help,
            if c.allowable { "yes" } else { "no" }
        ));
    }
    out
}
