//! Multi-program combination (sk_lookup-runtime.md §2, every row) and the return-range rule
//! (§6, verifier-messages.md #7-#10).
#![forbid(unsafe_code)]

use skctx::runtime::*;
use skctx::*;

#[derive(Clone, Copy)]
enum Act {
    /// Returns the verdict without assigning.
    Ret(u32),
    /// Assigns `sk` with `replace` (via the sk_assign model) then returns the verdict.
    Assign(u32, bool, u32),
    /// `bpf_sk_assign(NULL, REPLACE)` then return the verdict.
    AssignNull(u32),
}

/// Runs programs through the run array, each one using the sk_assign model so that
/// inherited selections and -EEXIST behave as in the kernel. Returns (verdict, selection)
/// and what each program saw in ctx->sk.
fn run(acts: &[Act]) -> (Verdict, Option<u32>, Vec<Option<u32>>) {
    use skctx::assign::*;
    use skctx::ctx::{AF_INET, IPPROTO_TCP};
    let listener = SocketAttrs::tcp_listener(AF_INET);
    let mut progs: Vec<Box<Program>> = Vec::new();
    for &act in acts {
        progs.push(Box::new(move |selected, no_reuseport| {
            let ctx = AssignCtx {
                family: AF_INET,
                protocol: IPPROTO_TCP,
                selected,
                no_reuseport,
            };
            let (ret, ctx) = match act {
                Act::Ret(v) => (v, ctx),
                Act::Assign(sk, replace, v) => {
                    let flags = if replace { BPF_SK_LOOKUP_F_REPLACE } else { 0 };
                    (
                        v,
                        sk_assign(KernelProfile::V6_18, ctx, Some((sk, &listener)), flags).ctx,
                    )
                }
                Act::AssignNull(v) => (
                    v,
                    sk_assign::<u32, SocketAttrs>(
                        KernelProfile::V6_18,
                        ctx,
                        None,
                        BPF_SK_LOOKUP_F_REPLACE,
                    )
                    .ctx,
                ),
            };
            ProgramResult {
                ret: ret as u64,
                selected: ctx.selected,
                no_reuseport: ctx.no_reuseport,
            }
        }));
    }
    // Record what each program starts with, then run.
    let mut seen = Vec::new();
    let mut array = RunArray::new();
    for p in progs.iter_mut() {
        let (sel, nr) = array.start_of_next();
        seen.push(sel);
        array.record(p(sel, nr));
    }
    let out = array.finish();
    (out.verdict, out.selected, seen)
}

type Program = dyn FnMut(Option<u32>, bool) -> ProgramResult<u32>;

const S1: u32 = 1;
const S2: u32 = 2;
use Act::*;

#[test]
fn every_row_of_the_multi_program_table() {
    let pass = SK_PASS;
    let drop = SK_DROP;
    // (programs, verdict, selection)
    let rows: Vec<(Vec<Act>, Verdict, Option<u32>)> = vec![
        (vec![Assign(S1, false, pass)], Verdict::Pass, Some(S1)),
        (
            vec![Assign(S1, false, pass), Ret(pass)],
            Verdict::Pass,
            Some(S1),
        ),
        (
            vec![Assign(S1, false, pass), Ret(drop)],
            Verdict::Pass,
            Some(S1),
        ),
        (
            vec![Ret(drop), Assign(S2, false, pass)],
            Verdict::Pass,
            Some(S2),
        ),
        (
            vec![Assign(S1, false, pass), Assign(S2, false, pass)],
            Verdict::Pass,
            Some(S1),
        ),
        (
            vec![Assign(S1, false, pass), Assign(S2, true, pass)],
            Verdict::Pass,
            Some(S2),
        ),
        (
            vec![Assign(S1, false, pass), AssignNull(pass)],
            Verdict::Pass,
            Some(S1),
        ),
        (
            vec![Assign(S1, false, pass), Assign(S2, true, drop)],
            Verdict::Pass,
            Some(S1),
        ),
        (
            vec![Assign(S1, false, drop), Ret(pass)],
            Verdict::Drop,
            None,
        ),
        (vec![Ret(pass), Ret(pass), Ret(drop)], Verdict::Drop, None),
        (
            vec![Ret(drop), Assign(S2, true, pass), Ret(drop)],
            Verdict::Pass,
            Some(S2),
        ),
        (vec![Ret(pass)], Verdict::Pass, None),
        (vec![Ret(drop)], Verdict::Drop, None),
    ];
    for (i, (acts, verdict, selection)) in rows.into_iter().enumerate() {
        let (v, s, _) = run(&acts);
        assert_eq!((v, s), (verdict, selection), "row {}", i + 1);
    }
    // B saw ctx->sk = S1; C saw S2 in the last mixed row.
    assert_eq!(
        run(&[Assign(S1, false, SK_PASS), Assign(S2, false, SK_PASS)]).2,
        vec![None, Some(S1)]
    );
    assert_eq!(
        run(&[Ret(SK_DROP), Assign(S2, true, SK_PASS), Ret(SK_DROP)]).2,
        vec![None, None, Some(S2)]
    );
}

#[test]
fn selftest_pairs_and_combine() {
    let r = |ret: u32, selected: Option<u32>| ProgramResult {
        ret: ret as u64,
        selected,
        no_reuseport: false,
    };
    let c = |v: Vec<ProgramResult<u32>>| combine_run_array(v).verdict;
    assert_eq!(c(vec![r(1, None), r(1, None)]), Verdict::Pass);
    for pair in [
        vec![r(0, None), r(0, None)],
        vec![r(1, None), r(0, None)],
        vec![r(0, None), r(1, None)],
    ] {
        assert_eq!(c(pair), Verdict::Drop);
    }
    let out = combine_run_array(vec![r(1, Some(7)), r(0, Some(7))]);
    assert_eq!((out.verdict, out.selected), (Verdict::Pass, Some(7)));
    let nr = combine_run_array(vec![ProgramResult {
        ret: 1,
        selected: Some(3),
        no_reuseport: true,
    }]);
    assert!(nr.no_reuseport);
    let mut progs = [|s: Option<u32>, _| r(1, s.or(Some(5)))];
    assert_eq!(run_programs(&mut progs).selected, Some(5));
}

#[test]
fn return_range_messages_6_8_plus() {
    let p = KernelProfile::V6_18;
    let root = Privilege::Root;
    assert!(check_return(p, root, ExitValue::constant(0)).is_ok());
    assert!(check_return(p, root, ExitValue::constant(1)).is_ok());
    let e = check_return(p, root, ExitValue::constant(2)).unwrap_err();
    assert_eq!(
        e.kernel_message(),
        "At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]"
    );
    assert_eq!((e.code(), e.errno()), (Code::RetvalRange, 22));
    let u32_load = ExitValue::Scalar {
        smin: 0,
        smax: 0xffff_ffff,
        var_off_value: 0,
        var_off_mask: 0xffff_ffff,
    };
    assert_eq!(
        check_return(p, root, u32_load)
            .unwrap_err()
            .kernel_message(),
        "At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]"
    );
    assert_eq!(
        check_return(p, root, ExitValue::unknown())
            .unwrap_err()
            .kernel_message(),
        "At program exit the register R0 has unknown scalar value should have been in [0, 1]"
    );
    let only_max = ExitValue::Scalar {
        smin: i64::MIN,
        smax: 5,
        var_off_value: 0,
        var_off_mask: u64::MAX,
    };
    assert_eq!(
        check_return(p, root, only_max)
            .unwrap_err()
            .kernel_message(),
        "At program exit the register R0 has smax=5 should have been in [0, 1]"
    );
    // 0x100000001 is out of range.
    assert!(check_return(p, root, ExitValue::constant(0x1_0000_0001)).is_err());
}

#[test]
fn return_range_messages_before_6_8() {
    let p = KernelProfile::V6_6;
    let root = Privilege::Root;
    assert!(check_return(p, root, ExitValue::constant(1)).is_ok());
    let bounded = ExitValue::Scalar {
        smin: 0,
        smax: 1,
        var_off_value: 0,
        var_off_mask: 1,
    };
    assert!(check_return(p, root, bounded).is_ok());
    assert_eq!(
        check_return(p, root, ExitValue::constant(2))
            .unwrap_err()
            .kernel_message(),
        "At program exit the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)"
    );
    assert_eq!(
        check_return(p, root, ExitValue::unknown())
            .unwrap_err()
            .kernel_message(),
        "At program exit the register R0 has unknown scalar value should have been in (0x0; 0x1)"
    );
}

#[test]
fn pointers_and_uninit_r0() {
    let p = KernelProfile::V6_18;
    let ptr = ExitValue::Pointer { type_name: "ctx" };
    let e = check_return(p, Privilege::Root, ptr).unwrap_err();
    assert_eq!(
        (e.kernel_message().as_str(), e.errno()),
        (
            "At program exit the register R0 is not a known value (ctx)",
            22
        )
    );
    let e = check_return(p, Privilege::NoPerfmon, ptr).unwrap_err();
    assert_eq!(
        (e.kernel_message().as_str(), e.errno()),
        ("R0 leaks addr as return value", 13)
    );
    let e = check_return(p, Privilege::Root, ExitValue::Uninit).unwrap_err();
    assert_eq!(
        (e.kernel_message().as_str(), e.errno()),
        ("R0 !read_ok", 13)
    );
    assert_eq!(
        check_return(
            p,
            Privilege::Root,
            ExitValue::Pointer {
                type_name: "sock_or_null"
            }
        )
        .unwrap_err()
        .kernel_message(),
        "At program exit the register R0 is not a known value (sock_or_null)"
    );
}

#[test]
fn reference_leak_lines_per_profile() {
    assert_eq!(
        reference_leak_lines(KernelProfile::V6_18, LeakSite::Exit, 2, 7),
        vec![
            "Unreleased reference id=2 alloc_insn=7".to_string(),
            "BPF_EXIT instruction in main prog would lead to reference leak".to_string()
        ]
    );
    assert_eq!(
        reference_leak_lines(KernelProfile::V6_12, LeakSite::Exit, 2, 7).len(),
        1
    );
    assert_eq!(
        reference_leak_lines(KernelProfile::V6_1, LeakSite::TailCall, 2, 7)[1],
        "tail_call would lead to reference leak"
    );
    assert_eq!(runtime::scalar_type_name(KernelProfile::V6_18), "scalar");
    assert_eq!(runtime::scalar_type_name(KernelProfile::V5_10), "inv");
}
