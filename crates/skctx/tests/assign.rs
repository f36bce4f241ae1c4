//! `bpf_sk_assign` checks in kernel order (sk_lookup-helpers.md §3.2) and the observed
//! combinations.
#![forbid(unsafe_code)]

use skctx::assign::*;
use skctx::ctx::{AF_INET, AF_INET6, IPPROTO_TCP, IPPROTO_UDP};
use skctx::*;

const P: KernelProfile = KernelProfile::V6_18;

fn ctx(family: u16, protocol: u16, selected: Option<u32>) -> AssignCtx<u32> {
    AssignCtx {
        family,
        protocol,
        selected,
        no_reuseport: false,
    }
}

fn tcp4() -> AssignCtx<u32> {
    ctx(AF_INET, IPPROTO_TCP, None)
}

fn ret(c: AssignCtx<u32>, sk: Option<(u32, SocketAttrs)>, flags: u64) -> i64 {
    sk_assign(P, c, sk.as_ref().map(|(id, a)| (*id, a)), flags).ret
}

#[test]
fn row1_bad_flags_first_even_for_null() {
    for flags in [4u64, 8, 1 << 63, 7] {
        assert_eq!(ret(tcp4(), None, flags), NEG_EINVAL);
        // Before socket checks: protocol mismatch + bad flags -> EINVAL.
        assert_eq!(
            ret(
                tcp4(),
                Some((1, SocketAttrs::udp_unconnected(AF_INET))),
                flags
            ),
            NEG_EINVAL
        );
    }
}

#[test]
fn row2_refcounted_socket() {
    assert_eq!(
        ret(tcp4(), Some((1, SocketAttrs::tcp_established(AF_INET))), 0),
        NEG_ESOCKTNOSUPPORT
    );
    let out = sk_assign(
        P,
        tcp4(),
        Some((1, &SocketAttrs::tcp_established(AF_INET))),
        0,
    );
    assert_eq!(out.check, AssignCheck::Refcounted);
    assert_eq!(out.ctx, tcp4(), "nothing changes on failure");
}

#[test]
fn row3_tcp_not_listening() {
    // RCU-freed but not LISTEN (cannot be isolated with real sockets; source reading).
    let s = SocketAttrs {
        state: TCP_CLOSE,
        ..SocketAttrs::tcp_listener(AF_INET)
    };
    let out = sk_assign(P, tcp4(), Some((1, &s)), 0);
    assert_eq!(
        (out.ret, out.check),
        (NEG_ESOCKTNOSUPPORT, AssignCheck::TcpState)
    );
    // Before 5.16 only ESTABLISHED was refused: a CLOSE TCP socket passed that check.
    assert_eq!(
        sk_assign(KernelProfile::V5_15, tcp4(), Some((1, &s)), 0).ret,
        0
    );
}

#[test]
fn row4_connected_udp() {
    let c = ctx(AF_INET, IPPROTO_UDP, None);
    assert_eq!(
        ret(c, Some((1, SocketAttrs::udp_connected(AF_INET))), 0),
        NEG_ESOCKTNOSUPPORT
    );
    // Connected UDP + protocol mismatch -> ESOCKTNOSUPPORT (state check comes first).
    assert_eq!(
        ret(tcp4(), Some((1, SocketAttrs::udp_connected(AF_INET))), 0),
        NEG_ESOCKTNOSUPPORT
    );
    // Before 5.16 the (ESTABLISHED) connected UDP socket was refused too.
    let s = SocketAttrs::udp_connected(AF_INET);
    assert_eq!(
        sk_assign(KernelProfile::V5_15, c, Some((1, &s)), 0).ret,
        NEG_ESOCKTNOSUPPORT
    );
}

#[test]
fn row5_protocol_mismatch() {
    assert_eq!(
        ret(tcp4(), Some((1, SocketAttrs::udp_unconnected(AF_INET))), 0),
        NEG_EPROTOTYPE
    );
    assert_eq!(
        ret(
            ctx(AF_INET, IPPROTO_UDP, None),
            Some((1, SocketAttrs::tcp_listener(AF_INET))),
            0
        ),
        NEG_EPROTOTYPE
    );
}

#[test]
fn row6_family_rules() {
    // Dual-stack IPv6 listener for an IPv4 lookup: fine.
    assert_eq!(
        ret(tcp4(), Some((1, SocketAttrs::tcp_listener(AF_INET6))), 0),
        0
    );
    // v6-only listener for IPv4: refused.
    assert_eq!(
        ret(
            tcp4(),
            Some((1, SocketAttrs::tcp_listener(AF_INET6).v6only())),
            0
        ),
        NEG_EAFNOSUPPORT
    );
    // IPv4 listener for an IPv6 lookup: refused.
    assert_eq!(
        ret(
            ctx(AF_INET6, IPPROTO_TCP, None),
            Some((1, SocketAttrs::tcp_listener(AF_INET))),
            0
        ),
        NEG_EAFNOSUPPORT
    );
}

#[test]
fn row7_already_selected_without_replace() {
    let sel = ctx(AF_INET, IPPROTO_TCP, Some(9));
    let l = SocketAttrs::tcp_listener(AF_INET);
    assert_eq!(ret(sel, Some((1, l)), 0), NEG_EEXIST);
    assert_eq!(ret(sel, None, 0), NEG_EEXIST, "also for NULL");
    // Same socket twice without REPLACE.
    let first = sk_assign(P, tcp4(), Some((1, &l)), 0);
    assert_eq!(sk_assign(P, first.ctx, Some((1, &l)), 0).ret, NEG_EEXIST);
    // Protocol mismatch is reported before EEXIST.
    assert_eq!(
        ret(sel, Some((1, SocketAttrs::udp_unconnected(AF_INET))), 0),
        NEG_EPROTOTYPE
    );
}

#[test]
fn row8_success_and_observed_combinations() {
    let l = SocketAttrs::tcp_listener(AF_INET);
    let out = sk_assign(P, tcp4(), Some((1, &l)), BPF_SK_LOOKUP_F_NO_REUSEPORT);
    assert_eq!(out.ret, 0);
    assert_eq!(out.ctx.selected, Some(1));
    assert!(out.ctx.no_reuseport);
    // REPLACE overrides and resets no_reuseport.
    let out2 = sk_assign(P, out.ctx, Some((2, &l)), BPF_SK_LOOKUP_F_REPLACE);
    assert_eq!(
        (out2.ret, out2.ctx.selected, out2.ctx.no_reuseport),
        (0, Some(2), false)
    );
    // NULL with nothing selected -> 0; NULL with REPLACE after a selection -> 0 and deselects.
    let n = sk_assign::<u32, SocketAttrs>(P, tcp4(), None, 0);
    assert_eq!((n.ret, n.ctx.selected), (0, None));
    let cleared = sk_assign::<u32, SocketAttrs>(P, out2.ctx, None, BPF_SK_LOOKUP_F_REPLACE);
    assert_eq!((cleared.ret, cleared.ctx.selected), (0, None));
    // A failed assign leaves no selection and a later good assign succeeds.
    let bad = sk_assign(
        P,
        tcp4(),
        Some((3, &SocketAttrs::tcp_established(AF_INET))),
        0,
    );
    assert_eq!(bad.ctx.selected, None);
    assert_eq!(sk_assign(P, bad.ctx, Some((1, &l)), 0).ret, 0);
    // Unconnected UDP for a UDP lookup.
    assert_eq!(
        ret(
            ctx(AF_INET6, IPPROTO_UDP, None),
            Some((4, SocketAttrs::udp_unconnected(AF_INET6))),
            0
        ),
        0
    );
}
