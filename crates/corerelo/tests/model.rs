//! `corerelo` without a kernel: the essential-name rule (libbpf's
//! `bpf_core_essential_name_len`: the name before its last `X___Y` separator), and the BTF
//! a modelled release gets (every uapi row of skctx's tables but padding, the sizes skctx
//! gives the structs).
#![forbid(unsafe_code)]

use asm::btf::{kind, Btf};
use corerelo::{essential_name, model};
use skctx::KernelProfile;

#[test]
fn essential_names_drop_the_last_flavor() {
    let cases = [
        ("bpf_sock", "bpf_sock"),
        ("bpf_sock___core", "bpf_sock"),
        ("bpf_sock___a___b", "bpf_sock___a"),
        // The separator needs a non-underscore on both sides.
        ("bpf____sock", "bpf____sock"),
        ("bpf_sock___", "bpf_sock___"),
        ("___x", "___x"),
        ("__u32", "__u32"),
        ("", ""),
    ];
    for (name, essential) in cases {
        assert_eq!(essential_name(name), essential, "{name}");
    }
}

#[test]
fn the_model_writes_every_row_but_padding() {
    let unwritten = model::unwritten_rows();
    assert!(!unwritten.is_empty());
    for (name, c_type) in unwritten {
        assert!(name.starts_with('('), "{name}: {c_type} is not written");
    }
}

/// The size of the struct named `name` in `btf`.
fn struct_size(btf: &Btf, name: &str) -> u32 {
    (1..btf.type_count())
        .filter_map(|i| btf.raw_type(i))
        .find(|t| t.kind == kind::STRUCT && t.name == name)
        .unwrap_or_else(|| panic!("no struct {name}"))
        .size_or_type
}

#[test]
fn the_modelled_structs_have_skctxs_sizes() {
    for profile in KernelProfile::ALL {
        let btf = Btf::parse(&model::btf(profile)).expect("the model's BTF parses");
        let ctx_end = skctx::ctx::ctx_fields(profile)
            .map(|f| f.end())
            .max()
            .unwrap();
        assert_eq!(
            struct_size(&btf, "bpf_sk_lookup"),
            ctx_end.div_ceil(8) * 8,
            "{profile}"
        );
        assert_eq!(
            struct_size(&btf, "bpf_sock"),
            skctx::sock::BPF_SOCK_SIZE,
            "{profile}"
        );
    }
    let newest = Btf::parse(&model::btf(KernelProfile::LATEST)).unwrap();
    assert_eq!(struct_size(&newest, "bpf_sk_lookup"), skctx::CTX_SIZE);
}

/// The committed objects with every relocation kind (tests/c/core, built by its build.sh).
fn kinds_objects() -> Vec<asm::Object> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/c/core");
    ["clang-14", "clang-19"]
        .iter()
        .map(|b| {
            let bytes = std::fs::read(dir.join(b).join("kinds.o")).unwrap();
            asm::elf::read_for_loading(&bytes).unwrap().0
        })
        .collect()
}

/// A seeded xorshift64*.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// Relocating never panics, whatever `.BTF` and `.BTF.ext` hold: each object with bytes of
/// those sections changed (seeded), against a modelled release and against its own BTF as
/// the kernel's (so that candidates exist).
#[test]
fn mutated_objects_never_panic() {
    let model = Btf::parse(&model::btf(KernelProfile::LATEST)).unwrap();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut relocated = 0;
    for object in kinds_objects() {
        for _ in 0..1000 {
            let mut o = object.clone();
            for _ in 0..1 + next(&mut state) % 4 {
                let names = [".BTF", ".BTF.ext"];
                let name = names[(next(&mut state) % 2) as usize];
                let s = o.sections.iter_mut().find(|s| s.name == name).unwrap();
                let at = (next(&mut state) % s.data.len() as u64) as usize;
                s.data[at] ^= 1 << (next(&mut state) % 8);
            }
            let Some(btf) = o
                .sections
                .iter()
                .find(|s| s.name == ".BTF")
                .and_then(|s| Btf::parse(&s.data))
            else {
                continue;
            };
            let Some(ext) = asm::btf_ext::BtfExt::of_with(&o, &btf) else {
                continue;
            };
            let modelled = corerelo::Target::Modelled {
                btf: &model,
                release: "Linux 6.18",
            };
            let _ = corerelo::relocate(&o, &btf, &ext, modelled);
            let names = corerelo::Names::of(&btf);
            let own = corerelo::Target::Kernel {
                vmlinux: &btf,
                names: &names,
                in_module: &|_| false,
            };
            relocated += corerelo::relocate(&o, &btf, &ext, own).is_ok() as usize;
        }
    }
    assert!(relocated > 0, "no mutation left the object relocatable");
}
