//! The world file (`skctx::world`) as the kernel engine will use it: every example world
//! parses, its sockets open as real sockets in a private namespace, its maps are created by
//! the kernel with their types and sizes, and its entries go in and read back (socket maps
//! give the socket's cookie).

use kernel::{Map, MapSpec, SocketSet};
use skctx::{parse_world, EntryValue};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn example_worlds() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".world.toml"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no example worlds");
    out
}

#[test]
fn example_worlds_parse() {
    for (name, text) in example_worlds() {
        let w = parse_world(&text).unwrap_or_else(|e| panic!("examples/{name}: {e}"));
        assert!(!w.sockets.is_empty() && !w.maps.is_empty(), "{name}");
    }
}

#[test]
fn example_worlds_are_real_in_the_kernel() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED example_worlds_are_real_in_the_kernel: {u}");
        return;
    }
    let (mut sockets, mut entries) = (0, 0);
    for (name, text) in example_worlds() {
        let world = parse_world(&text).unwrap();
        let descs: Vec<_> = world.sockets.values().cloned().collect();
        let set = SocketSet::open(&descs).unwrap_or_else(|e| panic!("{name}: {e}"));
        sockets += descs.len();
        for (map_name, m) in &world.maps {
            let spec = MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries)
                .with_flags(m.flags);
            let map = Map::create(&spec).unwrap_or_else(|e| panic!("{name} {map_name}: {e}"));
            for (key, value) in &m.entries {
                let key_bytes = &key[..];
                match value {
                    EntryValue::Socket(s) => {
                        let sock = set.by_name(s).unwrap();
                        map.set_socket(key_bytes, sock).unwrap();
                        let back = map.lookup(key_bytes).unwrap().expect("entry present");
                        assert_eq!(
                            u64::from_le_bytes(back[..8].try_into().unwrap()),
                            sock.cookie(),
                            "{name} {map_name}[{key:02x?}] holds {s}"
                        );
                    }
                    EntryValue::Bytes(b) => {
                        map.update(key_bytes, b, kernel::BPF_ANY).unwrap();
                        assert_eq!(map.lookup(key_bytes).unwrap().as_deref(), Some(&b[..]));
                    }
                }
                entries += 1;
            }
        }
    }
    say!("world_kernel: example worlds: {sockets} sockets opened, {entries} map entries stored and read back");
}
