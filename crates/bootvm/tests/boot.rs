//! Boots every cached kernel image (`.ci/kernels`) and checks what a command does there:
//! exact stdout and stderr bytes (raw ports: no CR added), the exit status, the guest's
//! mounts and loopback, a dynamically linked host binary with its libraries, data files.

use std::path::PathBuf;
use std::time::Duration;

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn images(test: &str) -> Vec<bootvm::Image> {
    if let Err(e) = bootvm::available() {
        say!("SKIPPED {test}: {e}");
        return Vec::new();
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/kernels");
    let found = bootvm::images(&dir);
    if found.is_empty() {
        say!(
            "SKIPPED {test}: no kernel images in {} (run .ci/kernels, or set {})",
            dir.display(),
            bootvm::IMAGES_DIR_ENV
        );
    }
    found
}

#[test]
fn a_command_runs_in_each_image_with_its_output_and_status() {
    for image in images("a_command_runs_in_each_image_with_its_output_and_status") {
        let script = "echo out; echo err >&2; printf 'a\\nb\\000c'; \
                      grep -q ' /sys/fs/bpf bpf ' /proc/mounts || exit 90; \
                      ip -o link show lo | grep -q UP || exit 91; \
                      [ $(id -u) = 0 ] || exit 92; \
                      uname -r >&2; exit 7";
        let out = bootvm::Vm::new(&image.vmlinuz, &["sh", "-c", script])
            .timeout(Duration::from_secs(120))
            .run()
            .unwrap_or_else(|e| panic!("{}: {e}", image.release));
        assert_eq!(out.stdout, b"out\na\nb\0c", "{}", image.release);
        assert_eq!(
            out.stderr_text(),
            format!("err\n{}\n", image.release),
            "{}",
            image.release
        );
        assert_eq!(out.status, 7, "{}", image.release);
        say!(
            "bootvm: {} booted in {:.1?} ({:?}), command ran in {:.1?}",
            image.release,
            out.boot_time,
            out.accel,
            out.run_time
        );
    }
}

#[test]
fn a_dynamic_binary_and_data_files_come_along() {
    let Some(image) = images("a_dynamic_binary_and_data_files_come_along")
        .into_iter()
        .next()
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/data.txt"), "it's here\n").unwrap();
    let data = dir.path().join("sub/data.txt").display().to_string();
    // `/usr/bin/head` is coreutils' dynamically linked head, not busybox's applet.
    let out = bootvm::Vm::new(&image.vmlinuz, &["/usr/bin/head", "-n", "1", &data])
        .binary("/usr/bin/head")
        .dir(dir.path())
        .timeout(Duration::from_secs(120))
        .run()
        .unwrap();
    assert_eq!(out.stdout_text(), "it's here\n", "{}", out.stderr_text());
    assert!(out.success());
}

#[test]
fn a_missing_image_is_named() {
    let err = bootvm::Vm::new("/nonexistent/vmlinuz", &["true"])
        .run()
        .unwrap_err();
    assert!(err.to_string().contains("/nonexistent/vmlinuz"), "{err}");
}

#[test]
fn a_guest_past_its_timeout_is_killed() {
    let Some(image) = images("a_guest_past_its_timeout_is_killed")
        .into_iter()
        .next()
    else {
        return;
    };
    let err = bootvm::Vm::new(&image.vmlinuz, &["sleep", "600"])
        .timeout(Duration::from_secs(8))
        .run()
        .unwrap_err();
    assert!(matches!(err, bootvm::Error::Timeout { .. }), "{err}");
}

#[test]
fn a_missing_command_is_status_127() {
    let Some(image) = images("a_missing_command_is_status_127").into_iter().next() else {
        return;
    };
    let out = bootvm::Vm::new(&image.vmlinuz, &["/no/such/command"])
        .timeout(Duration::from_secs(120))
        .run()
        .unwrap();
    assert_eq!(out.status, 127, "{}", out.stderr_text());
}
