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
