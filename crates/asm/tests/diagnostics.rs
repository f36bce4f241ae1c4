//! One snapshot per assembler diagnostic code (errors and warnings): the rustc-style report a
//! user sees; and how text a terminal would interpret is shown.
#![forbid(unsafe_code)]

use asm::diag::Severity;
use asm::{AsmError, ErrorCode};

/// (code, a source that triggers it)
const CASES: &[(ErrorCode, &[u8])] = &[
    (ErrorCode::InvalidUtf8, b"r0 = 1\nexit \xff\n"),
    (
        ErrorCode::Syntax,
        b".text\n    r0 = *(u32 *)(r1 + 8\n    exit\n",
    ),
    (ErrorCode::BadRegister, b".text\n    r11 = 1\n    exit\n"),
    (ErrorCode::WidthMismatch, b".text\n    w0 += r1\n    exit\n"),
    (
        ErrorCode::OperandMismatch,
        b".text\n    r2 = atomic_fetch_add((u64 *)(r1 + 0), r3)\n    exit\n",
    ),
    (
        ErrorCode::BadType,
        b".text\n    *(s32 *)(r10 - 4) = r1\n    exit\n",
    ),
    (
        ErrorCode::ImmOutOfRange,
        b".text\n    r0 = 4294967296\n    exit\n",
    ),
    (
        ErrorCode::OffsetOutOfRange,
        b".text\n    r0 = *(u32 *)(r1 + 32768)\n    exit\n",
    ),
    (
        ErrorCode::UndefinedLabel,
        b".text\n    if r1 == 0 goto dorp\n    r0 = 1\n    exit\ndrop:\n    r0 = 0\n    exit\n",
    ),
    (
        ErrorCode::DuplicateLabel,
        b".text\nout:\n    r0 = 1\nout:\n    exit\n",
    ),
    (
        ErrorCode::JumpOutOfRange,
        b".text\n    goto far\n    exit\n.section .text.other,\"ax\",@progbits\nfar:\n    exit\n",
    ),
    (
        ErrorCode::UnknownDirective,
        b".text\n    .frobnicate 3\n    exit\n",
    ),
    (
        ErrorCode::BadDirective,
        b".section sk_lookup,\"axq\",@progbits\n    exit\n",
    ),
    (
        ErrorCode::BadMap,
        b".skmap sockets, type=sockmapp, key=4, value=8, max_entries=1\n",
    ),
    (ErrorCode::BadExpression, b".data\n    .long a * 2\n"),
    (ErrorCode::InsnInData, b".data\n    exit\n"),
    (
        ErrorCode::UnknownHelper,
        b".text\n    call bpf_sk_asign\n    r0 = 0\n    exit\n",
    ),
];

/// What assembling `src` reports: its errors (and warnings), or the warnings of its object.
fn diagnostics_of(src: &[u8]) -> Result<Vec<AsmError>, Vec<AsmError>> {
    asm::assemble_bytes(src).map(|object| object.warnings)
}

#[test]
fn every_code_has_a_case() {
    for code in ErrorCode::ALL {
        assert!(
            CASES.iter().any(|(c, _)| *c == code),
            "no diagnostic snapshot for {code}"
        );
    }
}

#[test]
fn diagnostics() {
    for (code, src) in CASES {
        // A warning leaves an object; an error does not.
        let diagnostics = match (code.severity(), diagnostics_of(src)) {
            (Severity::Error, Err(d)) | (Severity::Warning, Ok(d)) => d,
            (_, got) => panic!("{code}: got {got:?}"),
        };
        assert!(
            diagnostics
                .iter()
                .any(|e| e.code == *code && e.severity == code.severity()),
            "{code}: got {diagnostics:?}"
        );
        let report = asm::diag::render(&diagnostics, "prog.s", &String::from_utf8_lossy(src));
        insta::assert_snapshot!(code.as_str(), report);
    }
}

/// A lock the kernel could not find (not 4-aligned, or past the value) is refused where it
/// is declared; the last 4-aligned place in the value is taken.
#[test]
fn a_spin_lock_must_fit_its_value() {
    let map = |at: u32| {
        format!(".skmap counts, type=hash, key=4, value=8, max_entries=1, spin_lock={at}\n")
    };
    for at in [2, 6, 8, 4096, u32::MAX - 3] {
        let errors = asm::assemble(&map(at)).unwrap_err();
        assert_eq!(errors[0].code, ErrorCode::BadMap, "{at}: {errors:?}");
    }
    insta::assert_snapshot!(
        "bad-map-spin-lock",
        asm::diag::render(&asm::assemble(&map(6)).unwrap_err(), "prog.s", &map(6))
    );
    let object = asm::assemble(&map(4)).unwrap();
    assert_eq!(object.maps[0].spin_lock, Some(4));
}

#[test]
fn multiple_errors_are_all_reported() {
    let src = ".text\n    r11 = 1\n    w0 += r1\n    goto nowhere\n    exit\n";
    let errors = asm::assemble(src).unwrap_err();
    let codes: Vec<&str> = errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["bad-register", "width-mismatch", "undefined-label"]);
    insta::assert_snapshot!("json", asm::diag::render_json(&errors, "prog.s", src));
}

#[test]
fn warnings_are_reported_with_errors_in_source_order() {
    let src = ".text\n    call bpf_sk_asign\n    r11 = 1\n    call bpf_lop\n    exit\n";
    let all = asm::assemble(src).unwrap_err();
    let got: Vec<(&str, &str)> = all
        .iter()
        .map(|e| (e.severity.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("warning", "unknown-helper"),
            ("error", "bad-register"),
            ("warning", "unknown-helper"),
        ]
    );
    insta::assert_snapshot!("json_warnings", asm::diag::render_json(&all, "prog.s", src));
}

/// Calls that are not helper typos do not warn: a BPF-to-BPF call, a function defined in
/// another object, a helper by name or by number.
#[test]
fn only_helper_lookalikes_warn() {
    let src = ".text\nf:\n    call sub\n    call extern_fn\n    call bpf_sk_assign\n    call sk_release\n    call 124\n    exit\nsub:\n    r0 = 0\n    exit\n";
    let object = asm::assemble(src).expect("assembles");
    assert_eq!(object.warnings, []);
}

/// Control characters, bidi controls and invisible characters in the source, in names and
/// in the file name are shown escaped, and the columns still count the file's characters.
#[test]
fn unprintable_text_is_escaped() {
    let src = ".text\n\u{1b}[2J r0 = 1\n    r0 = 1 \u{202e} r11 = 1 # \u{1b}]0;owned\u{7}\n    .frobnicate\0 \u{9b}\n    call bpf_\u{200b}sk_assign\n    exit\n";
    let diagnostics = asm::assemble(src).unwrap_err();
    assert!(diagnostics.len() >= 4, "{diagnostics:?}");
    let report = asm::diag::render_bytes(&diagnostics, "evil\u{1b}[31m.s", src.as_bytes());
    let json = asm::diag::render_json(&diagnostics, "evil\u{1b}[31m.s", src);
    assert_printable(&report);
    assert_printable(&json);
    insta::assert_snapshot!("escaped", report);
    insta::assert_snapshot!("escaped_json", json);
}

/// A byte that is not UTF-8 is shown as `\xNN`, where the report points.
#[test]
fn bytes_that_are_not_utf8_are_escaped() {
    let src: &[u8] = b".text\n    r0 = 1 # caf\xe9 \xff\xfe\n    exit\n";
    let diagnostics = asm::assemble_bytes(src).unwrap_err();
    let report = asm::diag::render_bytes(&diagnostics, "prog.s", src);
    assert_printable(&report);
    insta::assert_snapshot!("escaped_bytes", report);
}

fn assert_printable(text: &str) {
    let bad = ['\u{202e}', '\u{200b}', '\u{fffd}'];
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n') || bad.contains(&c)),
        "an unprintable character got through:\n{text}"
    );
}
