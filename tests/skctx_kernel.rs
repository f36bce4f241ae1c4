//! The `skctx` tables against the live kernel: for the host's profile, every context access
//! (offset × size × load, sign-extending load, store, store-immediate, atomic) and every
//! helper id (both privileges, GPL and non-GPL licenses) gets the kernel's verdict and message;
//! and real sockets opened from socket descriptions read (`struct bpf_sock`) and assign
//! (`bpf_sk_assign`) as the descriptions' conversions predict.
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

/// Writes straight to the process's stderr: libtest captures `eprintln!` in passing tests,
/// and a skip or a summary must be seen.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use isa::{AtomicOp, Insn, Operand, Reg, Size};
use kernel::{LoadOptions, Privilege};
use skctx::{ctx_access, CtxAccessKind, KernelProfile};

/// The running kernel's profile: its release and the behaviours its verifier shows.
fn host_profile() -> Option<KernelProfile> {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED skctx_kernel: {u}");
        return None;
    }
    Some(kernel::host_profile().expect("the host probe answers"))
}

fn load(insns: &[Insn], privilege: Privilege, license: &str) -> kernel::LoadOutcome {
    let opts = LoadOptions {
        privilege,
        license: license.into(),
        stats: false,
        initial_log_size: 16 * 1024,
        ..LoadOptions::default()
    };
    kernel::load_insns(insns, &[], &opts).expect("the kernel answers")
}

fn size(bytes: u32) -> Size {
    Size::from_bytes(bytes).unwrap()
}

#[test]
fn context_access_rules_match_the_kernel() {
    let Some(profile) = host_profile() else {
        return;
    };
    let mov = |dst, v| Insn::Alu {
        op: isa::AluOp::Mov,
        width: isa::Width::W64,
        dst,
        src: Operand::Imm(v),
    };
    let ret = [mov(Reg::R0, 1), Insn::Exit];
    let mut checked = 0;
    let mut accepted = 0;
    let mut mismatches = Vec::new();
    for off in -8i16..=80 {
        for bytes in [1u32, 2, 4, 8] {
            let cases: Vec<(CtxAccessKind, Vec<Insn>)> = vec![
                (
                    CtxAccessKind::Load,
                    vec![Insn::Load {
                        size: size(bytes),
                        sign_extend: false,
                        dst: Reg::R0,
                        src: Reg::R1,
                        off,
                    }],
                ),
                (
                    CtxAccessKind::Store,
                    vec![
                        mov(Reg::R2, 1),
                        Insn::Store {
                            size: size(bytes),
                            dst: Reg::R1,
                            off,
                            src: Operand::Reg(Reg::R2),
                        },
                    ],
                ),
                (
                    CtxAccessKind::StoreImm { dst: Reg::R1 },
                    vec![Insn::Store {
                        size: size(bytes),
                        dst: Reg::R1,
                        off,
                        src: Operand::Imm(1),
                    }],
                ),
            ];
            let mut cases = cases;
            if bytes < 8 && profile.has_cpu_v4() {
                cases.push((
                    CtxAccessKind::LoadSx,
                    vec![Insn::Load {
                        size: size(bytes),
                        sign_extend: true,
                        dst: Reg::R0,
                        src: Reg::R1,
                        off,
                    }],
                ));
            }
            if bytes >= 4 {
                cases.push((
                    CtxAccessKind::Atomic { dst: Reg::R1 },
                    vec![
                        mov(Reg::R2, 1),
                        Insn::Atomic {
                            op: AtomicOp::Add,
                            fetch: false,
                            size: size(bytes),
                            dst: Reg::R1,
                            src: Reg::R2,
                            off,
                        },
                    ],
                ));
            }
            for (kind, mut prog) in cases {
                prog.extend_from_slice(&ret);
                let model = ctx_access(profile, off as i64, bytes, kind);
                let kernel = load(&prog, Privilege::Root, "GPL");
                checked += 1;
                accepted += kernel.accepted() as usize;
                let agree = match &model {
                    Ok(_) => kernel.accepted(),
                    Err(e) => {
                        !kernel.accepted()
                            && kernel
                                .message()
                                .is_some_and(|m| m.contains(&e.kernel_message()))
                    }
                };
                if !agree {
                    mismatches.push(format!(
                        "{kind:?} off={off} size={bytes}: skctx {:?}, kernel {}",
                        model
                            .as_ref()
                            .map(|_| "accept")
                            .map_err(|e| e.kernel_message()),
                        kernel.message().unwrap_or_else(|| "accept".into())
                    ));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {checked} context accesses disagree:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    // 99 before ingress_ifindex (5.16), 106 from it on.
    assert!(accepted > 90, "accepted accesses exercised: {accepted}");
    say!(
        "skctx_kernel: {checked} context accesses ({accepted} accepted) agree with the live kernel"
    );
}

#[test]
fn helper_availability_matches_the_kernel() {
    let Some(profile) = host_profile() else {
        return;
    };
    let availability_messages = [
        "cannot use helper",
        "invalid func",
        "GPL-restricted",
        "unknown func",
        "might sleep",
    ];
    let limit = profile.helper_id_limit();
    let mut checked = 0;
    let (mut offered, mut refused) = (0, 0);
    let mut mismatches = Vec::new();
    for privilege in [Privilege::Root, Privilege::NoPerfmon] {
        for (license, gpl) in [("GPL", true), ("Proprietary", false)] {
            for id in (-1..limit + 3).chain([5000]) {
                let prog = [
                    Insn::Call(isa::CallKind::Helper(id)),
                    Insn::Alu {
                        op: isa::AluOp::Mov,
                        width: isa::Width::W64,
                        dst: Reg::R0,
                        src: Operand::Imm(0),
                    },
                    Insn::Exit,
                ];
                let kernel = load(&prog, privilege, license);
                let msg = kernel.message().unwrap_or_default();
                let model = skctx::check_helper_call(profile, privilege, id as i64, gpl);
                checked += 1;
                if model.is_ok() {
                    offered += 1;
                } else {
                    refused += 1;
                }
                let agree = match &model {
                    Err(e) => !kernel.accepted() && msg.contains(&e.kernel_message()),
                    Ok(_) => {
                        kernel.accepted() || !availability_messages.iter().any(|m| msg.contains(m))
                    }
                };
                if !agree {
                    mismatches.push(format!(
                        "{privilege:?} {license} id {id}: skctx {:?}, kernel: {}",
                        model.map(|h| h.name).map_err(|e| e.kernel_message()),
                        if kernel.accepted() {
                            "accepted".into()
                        } else {
                            msg
                        }
                    ));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {checked} helper probes disagree:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(
        // 116 offered on 5.10.262, 135 on 5.15.225, 200 on 6.1.192.
        offered > 100 && refused > 400,
        "both outcomes exercised: {offered} offered, {refused} refused"
    );
    say!("skctx_kernel: {checked} helper probes ({offered} offered, {refused} refused) agree with the live kernel (Linux {profile})");
}

/// Sockets of every kind the descriptions express: both protocols and families, listening,
/// unconnected and connected, bound to specific, wildcard and IPv4-mapped addresses.
const SOCKETS: &[&str] = &[
    "tcp listen 127.0.0.1:8080",
    "tcp listen [2001:db8::1]:80",
    "tcp listen [::ffff:192.0.2.7]:82",
    "tcp listen [::]:83 v6only",
    "udp 0.0.0.0:53",
    "udp [::1]:5353",
    "udp 127.0.0.1:5000 connected=127.0.0.1:9",
    "udp [::1]:5001 connected=[::1]:9",
    "udp [::ffff:127.0.0.1]:5002 connected=[::ffff:127.0.0.1]:9",
    "tcp established 127.0.0.1:40000 connected=127.0.0.1:8080",
    "tcp listen [::1]:8083",
    "tcp established [::1]:40001 connected=[::1]:8083",
];

/// Assembles `text` and loads it as an SK_LOOKUP program, binding each `rN = <name> ll` to
/// the map of that name: the kernel's verdict.
fn verdict_of_text(text: &str, maps: &[(&str, &kernel::Map)]) -> kernel::LoadOutcome {
    let obj = asm::assemble(text)
        .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "probe.s", text)));
    let code = obj
        .sections
        .iter()
        .find(|s| s.is_code() && !s.data.is_empty());
    let code = code.expect("a code section");
    let insns = isa::RawInsn::slice_from_bytes(&code.data).expect("whole instructions");
    let bindings: Vec<(usize, &kernel::Map)> = code
        .relocs
        .iter()
        .map(|r| {
            let asm::RelocTarget::Symbol(name) = &r.target else {
                panic!("map references name symbols");
            };
            let map = maps.iter().find(|(n, _)| n == name).expect("a bound map").1;
            ((r.offset / 8) as usize, map)
        })
        .collect();
    kernel::load(&insns, &bindings, &LoadOptions::default()).expect("the kernel answers")
}

/// [`verdict_of_text`] of a program that must be accepted.
fn load_text(text: &str, maps: &[(&str, &kernel::Map)]) -> kernel::Program {
    let out = verdict_of_text(text, maps);
    let log = out.log.clone();
    out.program
        .unwrap_or_else(|| panic!("the probe is accepted:\n{text}\n{log}"))
}

/// `sock_map[key]` as `r7` (the program returns SK_PASS at `out` without it), then the
/// value of `out_map[0]` as `r0`, then `body`; releases the socket and passes.
fn probe_text(key: usize, body: &str) -> String {
    format!(
        "\tr6 = r1
	*(u32 *)(r10 - 4) = {key}
	r2 = r10
	r2 += -4
	r1 = sock_map ll
	call bpf_map_lookup_elem
	if r0 == 0 goto out
	r7 = r0
	*(u32 *)(r10 - 8) = 0
	r2 = r10
	r2 += -8
	r1 = out_map ll
	call bpf_map_lookup_elem
	if r0 == 0 goto release
{body}release:
	r1 = r7
	call bpf_sk_release
out:
	r0 = 1
	exit
"
    )
}

/// What a described socket converts to, against the kernel's own sockets: every 4-byte
/// word of `struct bpf_sock` a program reads of the socket (from a SOCKMAP) is what
/// `SocketDesc::sock_view` predicts, and `bpf_sk_assign` of it returns what `sk_assign` on
/// `SocketDesc::attrs` predicts, for lookups of both protocols and families.
#[test]
fn socket_descriptions_convert_as_the_kernel_fills_sockets() {
    let Some(profile) = host_profile() else {
        return;
    };
    let descs: Vec<skctx::net::SocketDesc> = SOCKETS.iter().map(|s| s.parse().unwrap()).collect();
    let set = kernel::SocketSet::open(&descs).expect("sockets open");
    let sock_map = kernel::Map::create(&kernel::MapSpec::sockmap(16)).unwrap();
    for s in &set {
        sock_map.set_socket_at(s.index() as u32, s).unwrap();
    }
    let out_map = kernel::Map::create(&kernel::MapSpec::array(80, 1)).unwrap();
    let maps = [("sock_map", &sock_map), ("out_map", &out_map)];
    // Every field but rx_queue_mapping (not part of a description), word by word.
    let words: Vec<i64> = skctx::SOCK_FIELDS
        .iter()
        .filter(|f| f.source != skctx::sock::SockFieldSource::RxQueueMapping)
        .filter(|f| skctx::sock_access(Reg::R7, f.offset as i64, 4, false).is_ok())
        .flat_map(|f| (f.offset..f.offset + f.size).step_by(4).map(i64::from))
        .collect();
    let copy: String = words
        .iter()
        .map(|off| format!("\tr1 = *(u32 *)(r7 + {off})\n\t*(u32 *)(r0 + {off}) = r1\n"))
        .collect();
    let tuples = [
        "tcp 10.0.0.1:1 -> 10.0.0.2:2",
        "udp 10.0.0.1:1 -> 10.0.0.2:2",
        "tcp [2001:db8::9]:1 -> [2001:db8::8]:2",
        "udp [2001:db8::9]:1 -> [2001:db8::8]:2",
    ];
    let mut mismatches = Vec::new();
    let (mut words_checked, mut assigns_checked) = (0, 0);
    for (key, desc) in descs.iter().enumerate() {
        let view = desc.sock_view();
        let prog = load_text(&probe_text(key, &copy), &maps);
        let run = kernel::test_run(&prog, &tuples[0].parse().unwrap(), 1, None).unwrap();
        assert_eq!(run.errno, None, "{desc}");
        let got = out_map.lookup(&0u32.to_ne_bytes()).unwrap().unwrap();
        for &off in &words {
            let o = off as usize;
            let kernel = u32::from_ne_bytes(got[o..o + 4].try_into().unwrap());
            let model = skctx::sock_load_value_on(profile, &view, off, 4, false).unwrap() as u32;
            words_checked += 1;
            if kernel != model {
                mismatches.push(format!(
                    "{desc}: bpf_sock +{off}: kernel {kernel:#x}, sock_view {model:#x}"
                ));
            }
        }
        let assign = "\tr8 = r0\n\tr1 = r6\n\tr2 = r7\n\tr3 = 0\n\tcall bpf_sk_assign\n\t*(u64 *)(r8 + 0) = r0\n";
        let prog = load_text(&probe_text(key, assign), &maps);
        for t in tuples {
            let tuple: skctx::net::Tuple = t.parse().unwrap();
            kernel::test_run(&prog, &tuple, 1, None).unwrap();
            let got = out_map.lookup(&0u32.to_ne_bytes()).unwrap().unwrap();
            let kernel = i64::from_ne_bytes(got[..8].try_into().unwrap());
            let ctx = skctx::AssignCtx {
                family: tuple.family() as u16,
                protocol: tuple.protocol.number() as u16,
                selected: None::<usize>,
                no_reuseport: false,
            };
            let model = skctx::sk_assign(profile, ctx, Some((key, &desc.attrs())), 0).ret;
            assigns_checked += 1;
            if kernel != model {
                mismatches.push(format!(
                    "{desc}: bpf_sk_assign on `{t}`: kernel {kernel}, sk_assign(attrs) {model}"
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} disagreements:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    say!("skctx_kernel: {} sockets: {words_checked} bpf_sock words and {assigns_checked} bpf_sk_assign returns agree with the live kernel", descs.len());
}

/// This binary's checks inside each cached kernel image (Debian 6.1 and 6.12), under qemu,
/// with their per-kernel figures.
#[test]
fn skctx_tables_agree_with_each_kernel_image() {
    let caller = "skctx_tables_agree_with_each_kernel_image";
    let t = bootvm::selftest::SelfTest {
        caller,
        images_dir: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/kernels"),
        dirs: Vec::new(),
        cwd: None,
        summary_prefixes: &["skctx_kernel: "],
        pass_env: &[],
        guest_env: &[],
        timeout: std::time::Duration::from_secs(600),
    };
    if let Err(failures) = bootvm::selftest::check_in_each_image(&t, "skctx_kernel") {
        panic!("{failures}");
    }
}

/// `*(uN *)(rR + off)` in LLVM syntax.
fn mem(bytes: u32, reg: &str, off: i64) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    format!("*(u{} *)({reg} {sign} {})", bytes * 8, off.unsigned_abs())
}

/// `struct bpf_sock`'s layout and access rules ([`skctx::SOCK_FIELDS`], the 6.18 layout with
/// `rx_queue_mapping` and the 2-byte `dst_port`): every load of 1, 2, 4 and 8 bytes at every
/// offset around it, from a socket looked up in a SOCKMAP, gets the kernel's verdict and
/// message.
#[test]
fn bpf_sock_access_rules_match_the_kernel() {
    if host_profile().is_none() {
        return;
    }
    let sock_map = kernel::Map::create(&kernel::MapSpec::sockmap(1)).unwrap();
    let out_map = kernel::Map::create(&kernel::MapSpec::array(8, 1)).unwrap();
    let maps = [("sock_map", &sock_map), ("out_map", &out_map)];
    let end = i64::from(skctx::sock::BPF_SOCK_SIZE) + 4;
    let (mut checked, mut accepted, mut mismatches) = (0, 0, Vec::new());
    for (off, bytes, model) in skctx::sock::sock_access_matrix(-4..=end) {
        let model = model.map_err(|_| {
            skctx::sock_access(Reg::R7, off, bytes, false)
                .unwrap_err()
                .kernel_message()
        });
        let body = format!("\tr1 = {}\n", mem(bytes, "r7", off));
        let out = verdict_of_text(&probe_text(0, &body), &maps);
        checked += 1;
        accepted += out.accepted() as usize;
        let agree = match &model {
            Ok(_) => out.accepted(),
            Err(m) => !out.accepted() && out.message().is_some_and(|k| k.contains(m.as_str())),
        };
        if !agree {
            mismatches.push(format!(
                "bpf_sock off={off} size={bytes}: skctx {:?}, kernel {}",
                model.as_ref().map(|_| "accept"),
                out.message().unwrap_or_else(|| "accept".into())
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {checked} bpf_sock loads disagree:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    say!("skctx_kernel: {checked} bpf_sock loads ({accepted} accepted) agree with the live kernel");
}

/// An unset `rx_queue_mapping` reads as `sock_load_value` says at every accepted load size:
/// -1 cut to the load's size on releases with `cuts_unset_rx_queue_mapping`, else -1 in the
/// whole register at the field's first 2 and 4 bytes (sk_lookup-context.md §4: always -1).
#[test]
fn an_unset_rx_queue_mapping_reads_as_minus_one_cut_to_the_load_size() {
    let Some(profile) = host_profile() else {
        return;
    };
    let field = skctx::SOCK_FIELDS
        .iter()
        .find(|f| f.source == skctx::sock::SockFieldSource::RxQueueMapping)
        .expect("rx_queue_mapping is a bpf_sock field");
    let desc: skctx::net::SocketDesc = "tcp listen 127.0.0.1:8080".parse().unwrap();
    let set = kernel::SocketSet::open(std::slice::from_ref(&desc)).expect("the socket opens");
    let sock_map = kernel::Map::create(&kernel::MapSpec::sockmap(1)).unwrap();
    sock_map
        .set_socket_at(0, set.iter().next().unwrap())
        .unwrap();
    let out_map = kernel::Map::create(&kernel::MapSpec::array(8, 1)).unwrap();
    let maps = [("sock_map", &sock_map), ("out_map", &out_map)];
    let view = desc.sock_view();
    let (mut checked, mut mismatches) = (0, Vec::new());
    for off in i64::from(field.offset)..i64::from(field.offset + field.size) {
        for bytes in [1u32, 2, 4] {
            let Ok(model) = skctx::sock_load_value_on(profile, &view, off, bytes, false) else {
                continue;
            };
            let body = format!(
                "\tr1 = {}\n\t*(u64 *)(r0 + 0) = r1\n",
                mem(bytes, "r7", off)
            );
            let prog = load_text(&probe_text(0, &body), &maps);
            let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().unwrap();
            kernel::test_run(&prog, &tuple, 1, None).unwrap();
            let got = out_map.lookup(&0u32.to_ne_bytes()).unwrap().unwrap();
            let kernel = u64::from_ne_bytes(got[..8].try_into().unwrap());
            if kernel != model {
                mismatches.push(format!(
                    "rx_queue_mapping off={off} size={bytes}: kernel {kernel:#x}, sock_load_value {model:#x}"
                ));
            }
            checked += 1;
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert!(checked >= 3, "loads checked: {checked}");
    say!("skctx_kernel: {checked} loads of an unset rx_queue_mapping read as sock_load_value says");
}

/// `bpf_sk_assign` takes `ctx->sk` unchecked: its argument is `PtrToSocketOrNull`, and
/// `ctx->sk` is a `sock_or_null`; before `KernelProfile::sk_assign_takes_sock_or_null` the
/// kernel refuses it.
#[test]
fn sk_assign_takes_ctx_sk_without_a_null_check() {
    let Some(profile) = host_profile() else {
        return;
    };
    let sk = skctx::ctx::CTX_FIELDS
        .iter()
        .find(|f| f.name == "sk")
        .expect("ctx->sk");
    let assign = skctx::helper_by_name("sk_assign").expect("bpf_sk_assign");
    let proto = assign.proto.as_ref().unwrap();
    assert_eq!(proto.args[1], skctx::ArgKind::PtrToSocketOrNull);
    let text = format!(
        "\tr2 = {}\n\tr3 = 0\n\tcall bpf_sk_assign\n\tr0 = 1\n\texit\n",
        mem(8, "r1", i64::from(sk.offset))
    );
    let out = verdict_of_text(&text, &[]);
    if profile.sk_assign_takes_sock_or_null() {
        assert!(out.accepted(), "{}", out.log);
        say!("skctx_kernel: bpf_sk_assign takes ctx->sk without a NULL check");
    } else {
        let refusal = "R2 type=sock_or_null expected=sock";
        assert_eq!(out.message().as_deref(), Some(refusal), "{}", out.log);
        say!("skctx_kernel: bpf_sk_assign refuses ctx->sk without a NULL check (Linux {profile})");
    }
}

/// The verifier names an unknown scalar as `scalar_type_name` says for the kernel's profile.
#[test]
fn an_unknown_scalar_is_named_as_the_profile_says() {
    let Some(profile) = host_profile() else {
        return;
    };
    let out = verdict_of_text("\tr1 = 0\n\tr0 = *(u32 *)(r1 + 0)\n\texit\n", &[]);
    let expected = format!(
        "R1 invalid mem access '{}'",
        skctx::runtime::scalar_type_name(profile)
    );
    assert_eq!(
        out.message().as_deref(),
        Some(expected.as_str()),
        "{}",
        out.log
    );
    say!(
        "skctx_kernel: an unknown scalar is `{}`",
        skctx::runtime::scalar_type_name(profile)
    );
}

/// `bpf_map_lookup_elem` on the map types whose lookup the table refuses and whose key size
/// is 0 (queue, stack, bloom filter, ring buffers): the key argument's check comes first, so
/// the kernel prints `invalid zero-sized read` (code `helper-mem-size`), never the
/// compatibility message `check_map_func_compatibility` gives.
#[test]
fn lookup_in_a_keyless_map_is_refused_at_the_key() {
    let Some(profile) = host_profile() else {
        return;
    };
    use skctx::MapType::*;
    let text = "\tr1 = the_map ll\n\t*(u64 *)(r10 - 8) = 0\n\tr2 = r10\n\tr2 += -8\n\tcall bpf_map_lookup_elem\n\tr0 = 1\n\texit\n";
    let mut checked = Vec::new();
    for (ty, value_size, max_entries) in [
        (Queue, 4, 4),
        (Stack, 4, 4),
        (BloomFilter, 4, 4),
        (RingBuf, 0, 4096),
        (UserRingbuf, 0, 4096),
    ] {
        let info = skctx::MAP_TYPES[ty as usize];
        if !profile.has(info.since) {
            continue;
        }
        assert_eq!(info.lookup, skctx::maps::LookupResult::Refused, "{ty:?}");
        let spec = kernel::MapSpec::new(ty, 0, value_size, max_entries);
        let map = kernel::Map::create(&spec).unwrap_or_else(|e| panic!("{ty:?}: {e}"));
        let compat = skctx::check_map_func_compatibility(profile, ty as u32, 1)
            .expect_err("lookup is refused")
            .kernel_message();
        let out = verdict_of_text(text, &[("the_map", &map)]);
        let message = out.message().unwrap_or_default();
        assert_eq!(message, "invalid zero-sized read", "{ty:?}:\n{}", out.log);
        assert!(!out.log.contains(&compat), "{ty:?}:\n{}", out.log);
        checked.push(info.name);
    }
    say!(
        "skctx_kernel: lookup in {} keyless map types ({}) refused at the key: invalid zero-sized read",
        checked.len(),
        checked.join(", ")
    );
}
