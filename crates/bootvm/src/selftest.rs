//! A test binary re-run inside each cached kernel image: the live-kernel tests of a crate
//! prove against every image with one boot per image and binary, the images side by side.
//!
//! The calling test names itself (the guest run skips it, so the guest does not recurse),
//! the data directories the tests read, and the prefixes of the summary lines it wants back;
//! [`in_each_image`] returns one [`ImageRun`] per image, or why none ran.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{images, Image, Output, Vm};

/// The switch that turns every in-image test run off (`0`).
pub const IMAGES_ENV: &str = "SK_KERNEL_IMAGES";
/// The switch's older name, from when only the spec corpus ran in the images; still honoured.
pub const IMAGES_CORPUS_ENV: &str = "SK_KERNEL_IMAGES_CORPUS";

/// What to re-run and what to bring back.
#[derive(Debug, Clone)]
pub struct SelfTest<'a> {
    /// The test that calls [`in_each_image`]: skipped in the guest.
    pub caller: &'a str,
    /// Directories holding the images, `<dir>/<uname -r>/vmlinuz` (see [`images`]).
    pub images_dir: PathBuf,
    /// Directories the tests read, put at the same paths in the guest.
    pub dirs: Vec<PathBuf>,
    /// The guest command's working directory.
    pub cwd: Option<PathBuf>,
    /// Lines of the guest's stderr starting with one of these are returned as its summary.
    pub summary_prefixes: &'a [&'a str],
    /// Environment passed through to the guest when set here.
    pub pass_env: &'a [&'a str],
    /// Environment set in the guest (e.g. a smaller sample for TCG's speed).
    pub guest_env: &'a [(&'a str, &'a str)],
    pub timeout: Duration,
}

/// One image's run of the test binary.
#[derive(Debug, Clone)]
pub struct ImageRun {
    pub image: Image,
    pub output: Result<Output, crate::Error>,
}

impl ImageRun {
    /// libtest's `test result: ...` line, or what went wrong instead.
    pub fn verdict(&self) -> String {
        match &self.output {
            Err(e) => format!("no run: {}", first_line(&e.to_string())),
            Ok(out) => out
                .stdout_text()
                .lines()
                .rev()
                .find_map(|l| l.strip_prefix("test result: "))
                .map(str::to_string)
                .unwrap_or_else(|| format!("no test result line (status {})", out.status)),
        }
    }

    /// The guest's summary lines (see [`SelfTest::summary_prefixes`]).
    pub fn summary<'s>(&'s self, prefixes: &'s [&'s str]) -> Vec<String> {
        let Ok(out) = &self.output else {
            return Vec::new();
        };
        out.stderr_text()
            .lines()
            .filter(|l| prefixes.iter().any(|p| l.starts_with(p)))
            .map(str::to_string)
            .collect()
    }

    /// One line: the image, libtest's verdict, boot and run times.
    pub fn headline(&self, binary: &str) -> String {
        let timing = match &self.output {
            Ok(o) => format!(
                " [boot {:.1?}, tests {:.1?}, {:?}]",
                o.boot_time, o.run_time, o.accel
            ),
            Err(_) => String::new(),
        };
        format!(
            "{}: {binary}: {}{timing}",
            self.image.release,
            self.verdict()
        )
    }

    /// The guest's whole output when the run failed, for the assertion message.
    pub fn failure(&self) -> Option<String> {
        match &self.output {
            Err(e) => Some(format!("{}: {e}", self.image.release)),
            Ok(out) if out.success() => None,
            Ok(out) => Some(format!(
                "inside {} (status {}):\n{}{}",
                self.image.release,
                out.status,
                out.stdout_text(),
                out.stderr_text()
            )),
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// Why the in-image runs are skipped (for a `SKIPPED` line): the switch, no qemu or
/// busybox, no images.
pub fn skip_reason(images_dir: &Path) -> Option<String> {
    for name in [IMAGES_ENV, IMAGES_CORPUS_ENV] {
        if std::env::var(name).as_deref() == Ok("0") {
            return Some(format!("{name}=0"));
        }
    }
    if let Err(e) = crate::available() {
        return Some(e.to_string());
    }
    if images(images_dir).is_empty() {
        return Some(format!(
            "no kernel images in {} (run .ci/kernels, or set {})",
            images_dir.display(),
            crate::IMAGES_DIR_ENV
        ));
    }
    None
}

/// Runs the current test binary (every test but `caller`, one thread) inside each image,
/// side by side; `Err` is the reason to skip.
pub fn in_each_image(t: &SelfTest) -> Result<Vec<ImageRun>, String> {
    if let Some(why) = skip_reason(&t.images_dir) {
        return Err(why);
    }
    let exe = std::env::current_exe().map_err(|e| format!("the test binary's path: {e}"))?;
    let found = images(&t.images_dir);
    let runs = std::thread::scope(|s| {
        let handles: Vec<_> = found
            .iter()
            .map(|image| s.spawn(|| run_in(image, &exe, t)))
            .collect();
        handles
            .into_iter()
            .zip(&found)
            .map(|(h, image)| {
                h.join().unwrap_or_else(|_| ImageRun {
                    image: image.clone(),
                    output: Err(crate::Error::Io {
                        what: "the guest run".into(),
                        why: "its thread panicked".into(),
                    }),
                })
            })
            .collect()
    });
    Ok(runs)
}

fn run_in(image: &Image, exe: &Path, t: &SelfTest) -> ImageRun {
    let exe_text = exe.to_string_lossy();
    let argv = [
        exe_text.as_ref(),
        "--skip",
        t.caller,
        "--test-threads=1",
        "--nocapture",
    ];
    let mut vm = Vm::new(&image.vmlinuz, &argv)
        .binary(exe)
        .env(IMAGES_ENV, "0")
        .timeout(t.timeout);
    for d in &t.dirs {
        vm = vm.dir(d);
    }
    if let Some(cwd) = &t.cwd {
        vm = vm.cwd(cwd.to_string_lossy());
    }
    for (name, value) in t.guest_env {
        vm = vm.env(*name, *value);
    }
    for name in t.pass_env {
        if let Ok(v) = std::env::var(name) {
            vm = vm.env(*name, v);
        }
    }
    ImageRun {
        image: image.clone(),
        output: vm.run(),
    }
}

/// [`in_each_image`] for a test: writes `SKIPPED <caller>: <why>`, or per image its
/// headline (named `binary`) and summary lines, to stderr; `Err` holds every failed
/// guest's output.
pub fn check_in_each_image(t: &SelfTest, binary: &str) -> Result<(), String> {
    use std::io::Write;
    let mut err = std::io::stderr();
    let runs = match in_each_image(t) {
        Ok(runs) => runs,
        Err(why) => {
            let _ = writeln!(err, "SKIPPED {}: {why}", t.caller);
            return Ok(());
        }
    };
    for run in &runs {
        let _ = writeln!(err, "{}", run.headline(binary));
        for line in run.summary(t.summary_prefixes) {
            let _ = writeln!(err, "{}:   {line}", run.image.release);
        }
    }
    let failures: Vec<String> = runs.iter().filter_map(ImageRun::failure).collect();
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
    }
}
