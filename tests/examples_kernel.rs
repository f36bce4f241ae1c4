//! The bundled examples do what their comments say, on the live kernel: each example's own
//! source, wrapped in spec cases (sockets, map entries, tuples and expected outcomes), runs
//! through the same harness as the spec corpus (`BPF_PROG_TEST_RUN`).
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod support;

use std::io::Write;
use support::corpus::{self, CaseKind, SpecFile};

/// (example, cases: directives placed before a copy of the example's source)
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "examples/steer-http.s",
        &[
            "# test: steer_http_selects_nginx
# socket: nginx = tcp listen 127.0.0.1:8080
# socket: other = tcp listen 0.0.0.0:80
# map: nginx_socket[0] = nginx
# run: tcp 203.0.113.9:4242 -> 192.0.2.10:80 => pass nginx
# run: tcp 203.0.113.9:4242 -> 192.0.2.255:80 => pass nginx
# run: tcp 203.0.113.9:4242 -> 192.0.3.10:80 => pass
# run: tcp 203.0.113.9:4242 -> 192.0.2.10:443 => pass
# run: udp 203.0.113.9:4242 -> 192.0.2.10:80 => pass
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass",
            "# test: steer_http_refuses_without_nginx
# socket: other = tcp listen 0.0.0.0:80
# run: tcp 203.0.113.9:4242 -> 192.0.2.10:80 => drop
# run: tcp 203.0.113.9:4242 -> 198.51.100.1:80 => pass",
        ],
    ),
    (
        "examples/proxy-any-port.s",
        &[
            "# test: proxy_takes_every_port
# socket: proxy = tcp listen 127.0.0.1:3128
# map: proxy_socket[0] = proxy
# run: tcp 203.0.113.9:4242 -> 198.51.100.1:80 => pass proxy
# run: tcp 203.0.113.9:4242 -> 198.51.100.1:22 => pass proxy
# run: tcp 203.0.113.9:4242 -> 198.51.100.1:65535 => pass proxy
# run: tcp 203.0.113.9:4242 -> 198.51.100.2:80 => pass
# run: udp 203.0.113.9:4242 -> 198.51.100.1:53 => pass",
            "# test: proxy_absent_passes
# run: tcp 203.0.113.9:4242 -> 198.51.100.1:80 => pass",
        ],
    ),
];

#[test]
fn examples_behave_as_documented_on_the_live_kernel() {
    let mut files = Vec::new();
    for (example, cases) in EXAMPLES {
        let source = std::fs::read_to_string(corpus::root().join(example)).unwrap();
        let text: String = cases.iter().map(|c| format!("{c}\n{source}\n")).collect();
        let parsed = speccase::format::parse(&text).unwrap_or_else(|e| panic!("{example}: {e}"));
        files.push(SpecFile {
            path: corpus::root().join(example),
            name: example.to_string(),
            kind: CaseKind::Runtime,
            text,
            cases: parsed.cases,
        });
    }
    if let Err(u) = kernel::availability() {
        let _ = writeln!(std::io::stderr(), "SKIPPED examples_kernel: {u}");
        return;
    }
    let host = corpus::host().unwrap();
    let summary = corpus::check_corpus(&files, &host);
    assert!(
        summary.problems.is_empty(),
        "{}",
        summary.problems.join("\n\n")
    );
    assert_eq!(summary.runtime_cases, 4, "every example case ran");
    let _ = writeln!(
        std::io::stderr(),
        "examples: {} cases, {} runs agree with the live kernel",
        summary.runtime_cases,
        summary.runs
    );
}
