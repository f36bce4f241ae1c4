//! CO-RE relocations (crate `corerelo`) applied to an object as libbpf applies them before
//! loading, against the kernel a run names: the running kernel's own BTF
//! (`/sys/kernel/btf/vmlinux`) for `--kernel host` (a profile probed from the running
//! kernel), else the types skctx models for the profile's release (a named release or a
//! `skasm probe` profile file: its release's `struct bpf_sk_lookup` and `struct bpf_sock`).
//! Lint, skvm and the kernel cross-check (`lint::loadable`) take their programs from the
//! relocated object; the object itself is left as read.

use asm::btf::Btf;
use asm::btf_ext::BtfExt;
use asm::Object;
use corerelo::{Error, Names, Relocated, Target};
use skctx::{KernelProfile, KernelVersion};

/// What a run's kernels make of an object's CO-RE relocations.
pub enum Core {
    /// The object has none.
    None,
    /// Applied: the relocated object, and what was applied.
    Relocated(Object, Relocated),
}

/// Whether `profile` is the running kernel's (only a probe of it knows the CPU count).
fn is_running_kernel(profile: KernelProfile) -> bool {
    profile.cpus().is_some()
}

/// The object's `.BTF.ext`, when it has CO-RE relocations libbpf applies.
fn relocations(object: &Object, btf: Option<&Btf>) -> Option<BtfExt> {
    let ext = BtfExt::of_with(object, btf?)?;
    corerelo::has_relocations(&ext).then_some(ext)
}

/// The object's relocations applied for every profile of `profiles`, which must resolve them
/// alike (lint verifies one program on every kernel of a run).
pub fn relocate_for(
    object: &Object,
    btf: Option<&Btf>,
    profiles: &[KernelProfile],
) -> Result<Core, Error> {
    let ext = btf.and_then(|b| BtfExt::of_with(object, b));
    relocate_with(object, btf.zip(ext.as_ref()), profiles)
}

/// [`relocate_for`] with the object's `.BTF.ext` already read (with its `.BTF`).
pub fn relocate_with(
    object: &Object,
    btfs: Option<(&Btf, &BtfExt)>,
    profiles: &[KernelProfile],
) -> Result<Core, Error> {
    let Some((btf, ext)) = btfs.filter(|(_, e)| corerelo::has_relocations(e)) else {
        return Ok(Core::None);
    };
    let mut first: Option<(KernelProfile, Relocated)> = None;
    for &profile in profiles {
        let relocated = relocate(object, btf, ext, profile)?;
        match &first {
            None => first = Some((profile, relocated)),
            Some((p, r)) if r.sections != relocated.sections => {
                return Err(Error::Unsupported(format!(
                    "its CO-RE relocations resolve differently on {} and {} (one program per run is verified on every kernel: lint them one kernel at a time)",
                    describe(*p),
                    describe(profile)
                )))
            }
            Some(_) => {}
        }
    }
    Ok(match first {
        Some((_, r)) => Core::Relocated(r.apply_to(object), r),
        None => Core::None,
    })
}

/// The object's relocations applied against the running kernel's BTF: what a load into it
/// (`--cross-check-kernel`, `skvm --engine kernel`) passes, as libbpf would.
pub fn relocate_for_host(object: &Object, btf: Option<&Btf>) -> Result<Core, Error> {
    let (Some(btf), Some(ext)) = (btf, relocations(object, btf)) else {
        return Ok(Core::None);
    };
    let r = with_host(|target| corerelo::relocate(object, btf, &ext, target))?;
    Ok(Core::Relocated(r.apply_to(object), r))
}

fn relocate(
    object: &Object,
    btf: &Btf,
    ext: &BtfExt,
    profile: KernelProfile,
) -> Result<Relocated, Error> {
    if is_running_kernel(profile) {
        return with_host(|target| corerelo::relocate(object, btf, ext, target));
    }
    let model = Btf::parse(&corerelo::model::btf(profile))
        .ok_or_else(|| Error::Unsupported("the modelled types' BTF does not parse".into()))?;
    let release = format!("Linux {}", profile.version());
    let target = Target::Modelled {
        btf: &model,
        release: &release,
    };
    corerelo::relocate(object, btf, ext, target)
}

fn describe(profile: KernelProfile) -> String {
    match is_running_kernel(profile) {
        true => format!("the running kernel (Linux {})", profile.version()),
        false => format!("Linux {}", profile.version()),
    }
}

/// `f` with the running kernel's BTF as the target.
#[cfg(target_os = "linux")]
fn with_host<T>(f: impl FnOnce(Target) -> Result<T, Error>) -> Result<T, Error> {
    use std::sync::OnceLock;
    static VMLINUX: OnceLock<Result<(Btf, Names), String>> = OnceLock::new();
    let (vmlinux, names) = VMLINUX
        .get_or_init(|| {
            let data = kernel::vmlinux_btf().map_err(|e| e.to_string())?;
            let btf = Btf::parse(data)
                .ok_or_else(|| format!("{}: not BTF lint reads", kernel::VMLINUX_BTF))?;
            let names = Names::of(&btf);
            Ok((btf, names))
        })
        .as_ref()
        .map_err(|e| Error::Unsupported(format!("the running kernel's BTF: {e}")))?;
    f(Target::Kernel {
        vmlinux,
        names,
        in_module: &kernel::module_btf_names,
    })
}

#[cfg(not(target_os = "linux"))]
fn with_host<T>(_: impl FnOnce(Target) -> Result<T, Error>) -> Result<T, Error> {
    Err(Error::Unsupported(
        "the running kernel's BTF (only on Linux)".into(),
    ))
}

/// The oldest release from which on every modelled release up to the newest resolves the
/// object's relocations as `used` does; why not, when the newest does not
/// (relocations against types lint models only through a kernel's BTF).
pub fn floor(
    object: &Object,
    btf: Option<&Btf>,
    used: &Relocated,
) -> Result<KernelVersion, String> {
    let (Some(btf), Some(ext)) = (btf, relocations(object, btf)) else {
        return Ok(KernelProfile::FIRST_VERSION);
    };
    let mut oldest = None;
    for profile in KernelProfile::ALL.into_iter().rev() {
        match relocate(object, btf, &ext, profile) {
            Ok(r) if r.sections == used.sections => oldest = Some(profile.version()),
            Ok(_) | Err(_) if oldest.is_some() => break,
            Ok(_) => {
                return Err(format!(
                    "its CO-RE relocations resolve differently on {}, the newest modelled release, than on the kernel linted",
                    profile.version()
                ))
            }
            Err(e) => return Err(format!("unsupported on {}: {}", profile.version(), e.message())),
        }
    }
    oldest.ok_or_else(|| "no modelled release".to_string())
}
