//! What a user types: any `--tuple` string and any world file text give a value or an error
//! that names the field (and, for a world, a line of the text), never a panic.

use proptest::prelude::*;
use skctx::net::{SocketDesc, Tuple};
use skctx::world::parse_world;

/// Words every tuple error names its field with.
const TUPLE_FIELDS: [&str; 8] = [
    "remote",
    "local",
    "protocol",
    "`->`",
    "unexpected",
    "empty input",
    "mixed address families",
    "port",
];

/// Pieces of tuples and socket descriptions, well and badly formed.
fn tuple_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("tcp ".to_string()),
        Just("udp ".to_string()),
        Just("UDP ".to_string()),
        Just(" -> ".to_string()),
        Just("->".to_string()),
        Just("127.0.0.1:".to_string()),
        Just("[::ffff:192.0.2.1]:".to_string()),
        Just("[2001:db8::]:".to_string()),
        Just("[fe80::1%1]:".to_string()),
        Just("[fe80::1%4294967296]:".to_string()),
        Just("[::1".to_string()),
        Just("65535".to_string()),
        Just("65536".to_string()),
        Just("0".to_string()),
        Just(" listen".to_string()),
        Just(" v6only".to_string()),
        Just(" reuseport=g".to_string()),
        Just(" connected=10.0.0.1:1".to_string()),
        "[0-9a-f.:%\\[\\]-]{0,8}",
        any::<String>(),
    ]
}

fn tuple_text() -> impl Strategy<Value = String> {
    prop::collection::vec(tuple_piece(), 0..8).prop_map(|v| v.concat())
}

/// World file lines: known and unknown keys, values of every TOML type, odd numbers.
fn world_line() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("type"),
        Just("key_size"),
        Just("value_size"),
        Just("max_entries"),
        Just("flags"),
        Just("entries"),
        Just("proto"),
        Just("family"),
        Just("addr"),
        Just("port"),
        Just("v6only"),
        Just("reuseport"),
        Just("state"),
        Just("peer"),
        Just("colour"),
    ];
    let value = prop_oneof![
        Just("\"array\"".to_string()),
        Just("\"sockmap\"".to_string()),
        Just("\"lpm_trie\"".to_string()),
        Just("\"queue\"".to_string()),
        Just("\"tcp\"".to_string()),
        Just("\"udp\"".to_string()),
        Just("\"ipv6\"".to_string()),
        Just("\"::ffff:1.2.3.4\"".to_string()),
        Just("\"established\"".to_string()),
        Just("\"10.0.0.1:1\"".to_string()),
        Just("{ 0 = \"s\", \"0x1\" = 2 }".to_string()),
        Just("{ \"hex: 00 01 02 03\" = \"hex: +1+2\" }".to_string()),
        Just("{ \"192.0.2.0/24\" = 1, \"2001:db8::/129\" = -1 }".to_string()),
        Just("4294967295".to_string()),
        Just("-1".to_string()),
        Just("true".to_string()),
        (0u64..70000).prop_map(|n| n.to_string()),
        any::<String>().prop_map(|s| format!("{s:?}")),
    ];
    let header = prop_oneof![
        Just("[maps.m]".to_string()),
        Just("[maps.n]".to_string()),
        Just("[sockets.s]".to_string()),
        Just("[sockets.t]".to_string()),
        Just("[maps]".to_string()),
        Just("[".to_string()),
    ];
    prop_oneof![
        1 => header,
        4 => (key, value).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => any::<String>(),
    ]
}

fn world_text() -> impl Strategy<Value = String> {
    prop::collection::vec(world_line(), 0..16).prop_map(|v| v.join("\n"))
}

// 256 cases each (`PROPTEST_CASES=N` for more).
proptest! {
    #[test]
    fn any_tuple_parses_or_names_the_field(text in tuple_text()) {
        match text.parse::<Tuple>() {
            Ok(t) => prop_assert_eq!(t.to_string().parse::<Tuple>(), Ok(t)),
            Err(e) => {
                let said = e.to_string();
                prop_assert!(e.column >= 1 && e.column <= text.chars().count() + 1, "{said}");
                prop_assert!(TUPLE_FIELDS.iter().any(|f| said.contains(f)), "{said}");
            }
        }
        if let Ok(d) = text.parse::<SocketDesc>() {
            prop_assert!(d.validate().is_ok(), "{text}");
        }
    }

    #[test]
    fn any_world_parses_or_names_a_line(text in world_text()) {
        let lines = text.split('\n').count();
        match parse_world(&text) {
            Ok(w) => {
                for m in w.maps.values() {
                    for (key, _) in &m.entries {
                        prop_assert_eq!(key.len(), m.key_size as usize);
                    }
                }
            }
            Err(e) => {
                prop_assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}: {}", e.line, e.message);
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}
