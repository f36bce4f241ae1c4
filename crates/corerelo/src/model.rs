//! The target types of a release lint models without its BTF: `struct bpf_sk_lookup`
//! (`skctx::CTX_FIELDS`, the rows present in the profile) and `struct bpf_sock`
//! (`skctx::SOCK_FIELDS`), written as BTF as pahole writes them in vmlinux (the `sk` member
//! inside `__bpf_md_ptr`'s anonymous union, itself in the anonymous union with `cookie`;
//! no padding members), so that one resolver reads a kernel's BTF and this alike.

use skctx::{KernelProfile, CTX_FIELDS, SOCK_FIELDS};

/// The structs a modelled release has; a relocation against any other type is unsupported.
pub const MODELLED_STRUCTS: &[&str] = &["bpf_sk_lookup", "bpf_sock"];

const KIND_INT: u32 = 1;
const KIND_PTR: u32 = 2;
const KIND_ARRAY: u32 = 3;
const KIND_STRUCT: u32 = 4;
const KIND_UNION: u32 = 5;
const KIND_TYPEDEF: u32 = 8;
const INT_SIGNED: u32 = 1 << 24;
/// `struct bpf_sk_lookup`'s alignment: its first member is an 8-byte union.
const CTX_ALIGN: u32 = 8;

/// A BTF type section and string section being written.
#[derive(Default)]
struct Writer {
    words: Vec<u32>,
    strings: Vec<u8>,
    next: u32,
}

impl Writer {
    fn name(&mut self, s: &str) -> u32 {
        if self.strings.is_empty() {
            self.strings.push(0);
        }
        if s.is_empty() {
            return 0;
        }
        let off = self.strings.len() as u32;
        self.strings.extend_from_slice(s.as_bytes());
        self.strings.push(0);
        off
    }

    fn add(&mut self, name: &str, kind: u32, vlen: u32, size_or_type: u32, extra: &[u32]) -> u32 {
        let n = self.name(name);
        self.words.extend([n, kind << 24 | vlen, size_or_type]);
        self.words.extend_from_slice(extra);
        self.next += 1;
        self.next
    }

    fn composite(&mut self, name: &str, kind: u32, size: u32, members: &[(&str, u32, u32)]) -> u32 {
        let mut extra = Vec::with_capacity(3 * members.len());
        for (n, ty, byte_off) in members {
            extra.extend([self.name(n), *ty, byte_off * 8]);
        }
        self.add(name, kind, members.len() as u32, size, &extra)
    }

    fn finish(self) -> Vec<u8> {
        let types: Vec<u8> = self.words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let mut out = vec![0x9f, 0xeb, 1, 0];
        for w in [
            24,
            0,
            types.len() as u32,
            types.len() as u32,
            self.strings.len() as u32,
        ] {
            out.extend(w.to_le_bytes());
        }
        out.extend(types);
        out.extend(self.strings);
        out
    }
}

/// The C types the two structs' members have, as BTF type ids once written.
struct Scalars {
    u32_: u32,
    u32x4: u32,
    be16: u32,
    s32: u32,
    u64_: u32,
}

fn scalars(w: &mut Writer) -> Scalars {
    let uint = w.add("unsigned int", KIND_INT, 0, 4, &[32]);
    let u32_ = w.add("__u32", KIND_TYPEDEF, 0, uint, &[]);
    let ushort = w.add("short unsigned int", KIND_INT, 0, 2, &[16]);
    let u16_ = w.add("__u16", KIND_TYPEDEF, 0, ushort, &[]);
    let be16 = w.add("__be16", KIND_TYPEDEF, 0, u16_, &[]);
    let int = w.add("int", KIND_INT, 0, 4, &[INT_SIGNED | 32]);
    let s32 = w.add("__s32", KIND_TYPEDEF, 0, int, &[]);
    let ulong = w.add("long long unsigned int", KIND_INT, 0, 8, &[64]);
    let u64_ = w.add("__u64", KIND_TYPEDEF, 0, ulong, &[]);
    let u32x4 = w.add("", KIND_ARRAY, 0, 0, &[u32_, int, 4]);
    Scalars {
        u32_,
        u32x4,
        be16,
        s32,
        u64_,
    }
}

impl Scalars {
    /// The type of a uapi C type as skctx's tables spell it; `None` for padding.
    fn of(&self, c_type: &str) -> Option<u32> {
        Some(match c_type {
            "__u32" => self.u32_,
            "__u32[4]" => self.u32x4,
            "__be16" => self.be16,
            "__s32" => self.s32,
            _ => return None,
        })
    }
}

/// The BTF of the types `profile`'s release has for CO-RE: the two structs and what they
/// refer to. A row whose C type it cannot write is left out (a test checks there is none
/// but padding).
pub fn btf(profile: KernelProfile) -> Vec<u8> {
    let mut w = Writer::default();
    let s = scalars(&mut w);
    let sock_members: Vec<(&str, u32, u32)> = SOCK_FIELDS
        .iter()
        .filter_map(|f| Some((f.name, s.of(f.c_type)?, f.offset)))
        .collect();
    let sock = w.composite(
        "bpf_sock",
        KIND_STRUCT,
        skctx::sock::BPF_SOCK_SIZE,
        &sock_members,
    );
    let sock_ptr = w.add("", KIND_PTR, 0, sock, &[]);
    let md_ptr = w.composite("", KIND_UNION, 8, &[("sk", sock_ptr, 0)]);
    let mut sk_union = vec![("", md_ptr, 0)];
    if profile.has(skctx::profile::kv(5, 13)) {
        sk_union.push(("cookie", s.u64_, 0));
    }
    let sk = w.composite("", KIND_UNION, 8, &sk_union);
    let fields: Vec<_> = CTX_FIELDS
        .iter()
        .filter(|f| f.in_profile(profile))
        .collect();
    let size = fields.iter().map(|f| f.end()).max().unwrap_or(0);
    let members: Vec<(&str, u32, u32)> = fields
        .iter()
        .filter_map(|f| match f.name {
            "sk" => Some(("", sk, f.offset)),
            name => Some((name, s.of(f.c_type)?, f.offset)),
        })
        .collect();
    let size = size.div_ceil(CTX_ALIGN) * CTX_ALIGN;
    w.composite("bpf_sk_lookup", KIND_STRUCT, size, &members);
    w.finish()
}

/// The uapi C types of the modelled structs' rows that [`btf`] leaves out.
pub fn unwritten_rows() -> Vec<(&'static str, &'static str)> {
    let mut w = Writer::default();
    let s = scalars(&mut w);
    let ctx = CTX_FIELDS
        .iter()
        .filter(|f| f.name != "sk")
        .map(|f| (f.name, f.c_type));
    let sock = SOCK_FIELDS.iter().map(|f| (f.name, f.c_type));
    ctx.chain(sock)
        .filter(|(_, ty)| s.of(ty).is_none())
        .collect()
}
