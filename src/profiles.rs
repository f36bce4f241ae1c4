//! What `--kernel` names, turned into a profile, and `skasm probe`.
//!
//! `--kernel` takes a release with optional behaviours (`6.1`, `5.11`,
//! `6.18.44+sockmap-lookup-sock-or-null`), `host` (the running kernel, probed), or the path
//! of a profile file written by `skasm probe` (a name ending in `.toml` or containing a `/`,
//! or any existing file that is not a release).
//!
//! `skasm probe` probes the running kernel; with `--kernel-image` it boots that image under
//! qemu (crate `bootvm`) and runs itself there.

use std::path::Path;

use skctx::{KernelProfile, ProfileFile};

use crate::cli::{safe, write_atomically, Failure};

/// The profile `--kernel <kernel>` names.
pub fn resolve(kernel: &str) -> Result<KernelProfile, Failure> {
    let text = kernel.trim();
    if text.eq_ignore_ascii_case("host") {
        return host();
    }
    let looks_like_path = text.ends_with(".toml") || text.contains('/');
    if !looks_like_path {
        match text.parse::<KernelProfile>() {
            Ok(p) => return Ok(p),
            Err(e) if !Path::new(text).is_file() => return Err(Failure::Usage(safe(e))),
            Err(_) => {}
        }
    }
    from_file(Path::new(text))
}

/// A profile file written by `skasm probe`.
pub fn from_file(path: &Path) -> Result<KernelProfile, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::Usage(format!(
            "cannot read kernel profile {}: {e}",
            path.display()
        ))
    })?;
    ProfileFile::parse(&text)
        .and_then(|f| f.profile())
        .map_err(|e| Failure::Usage(safe(format!("kernel profile {}: {e}", path.display()))))
}

/// The running kernel: its release and the behaviours its verifier shows. Without access to
/// `bpf()` the behaviours cannot be probed: the release with upstream's behaviours is used,
/// and stderr says so.
#[cfg(target_os = "linux")]
fn host() -> Result<KernelProfile, Failure> {
    match kernel::host_profile() {
        Ok(p) => Ok(p),
        Err(kernel::Error::Unavailable(why)) => {
            let version = kernel::stable_version().map_err(|e| Failure::Usage(e.to_string()))?;
            let p = KernelProfile::from_release(&version.to_string())
                .map_err(|e| Failure::Usage(format!("host kernel: {e}")))?;
            // A note for the person at the terminal: nothing is left to tell if it cannot be written.
            let _ = crate::cli::emit(
                "",
                &format!(
                    "note: the running kernel's behaviours were not probed ({why}); using Linux \
                     {p} with upstream behaviour\n"
                ),
            );
            Ok(p)
        }
        Err(e) => Err(Failure::Usage(format!("probing the host kernel: {e}"))),
    }
}

#[cfg(not(target_os = "linux"))]
fn host() -> Result<KernelProfile, Failure> {
    Err(Failure::Usage(
        "`--kernel host` needs Linux; name a release or a profile file written by `skasm probe`"
            .into(),
    ))
}

/// `skasm probe`: the running kernel's profile as TOML, to `output` or stdout.
#[cfg(target_os = "linux")]
pub fn probe(output: Option<&Path>) -> Result<String, Failure> {
    let probe = kernel::probe_host().map_err(|e| match e {
        kernel::Error::Unavailable(why) => Failure::Usage(format!(
            "cannot probe the running kernel: {why} (run as root, or with CAP_BPF, \
             CAP_NET_ADMIN and CAP_PERFMON)"
        )),
        e => Failure::Usage(format!("probing the running kernel: {e}")),
    })?;
    let file = ProfileFile::new(&probe.release, probe.profile, Some(probe.helpers));
    let text = file.to_toml();
    match output {
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            Ok(String::new())
        }
        None => Ok(text),
    }
}

/// `skasm probe --kernel-image IMAGE`: boots the kernel image under qemu with this very
/// binary inside, runs `skasm probe` there, and writes the TOML it prints like [`probe`].
#[cfg(target_os = "linux")]
pub fn probe_image(image: &Path, output: Option<&Path>) -> Result<String, Failure> {
    let exe = std::env::current_exe()
        .map_err(|e| Failure::Usage(format!("cannot find the skasm binary to boot: {e}")))?;
    let out = bootvm::Vm::new(image, &["/bin/skasm", "probe"])
        .binary_at(exe, "/bin/skasm")
        .run()
        .map_err(|e| Failure::Usage(safe(format!("booting {}: {e}", image.display()))))?;
    if !out.success() {
        return Err(Failure::Usage(safe(format!(
            "`skasm probe` inside {} exited with status {}: {}",
            image.display(),
            out.status,
            out.stderr_text().trim()
        ))));
    }
    let text = out.stdout_text();
    match output {
        Some(path) => {
            write_atomically(path, text.as_bytes())?;
            Ok(String::new())
        }
        None => Ok(text),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn probe_image(_image: &Path, _output: Option<&Path>) -> Result<String, Failure> {
    Err(Failure::Usage(
        "`skasm probe --kernel-image` needs Linux and qemu".into(),
    ))
}

#[cfg(not(target_os = "linux"))]
pub fn probe(_output: Option<&Path>) -> Result<String, Failure> {
    Err(Failure::Usage("`skasm probe` needs a Linux kernel".into()))
}
