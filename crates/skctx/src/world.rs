//! The world file: the maps a program references but its object does not define, and the
//! sockets those maps (and the ordinary socket lookup) hold. One parser for `skasm lint
//! --world` and `skvm`: text in, typed [`World`] out; the caller reads the file.
//!
//! ```toml
//! [maps.redir_map]            # the symbol the program references
//! type = "sockmap"            # any .skmap type
//! key_size = 4
//! value_size = 8
//! max_entries = 8
//! flags = 0                   # optional
//! entries = { 0 = "nginx" }   # socket maps: key -> socket name; others: key -> value
//!                             # (an integer or a "0x..." string, stored little-endian, or
//!                             # "hex: 0a 00 ..." bytes in memory order, as many as the size;
//!                             # an lpm_trie key may be "192.0.2.0/24" or "2001:db8::/32":
//!                             # the prefix length, then the address in network order)
//! [sockets.nginx]
//! proto = "tcp"               # tcp | udp
//! family = "ipv4"             # ipv4 | ipv6
//! addr = "127.0.0.1"          # default: the family's wildcard
//! port = 8080
//! v6only = false
//! reuseport = "web"           # optional group name
//! state = "listen"            # tcp: listen | established; udp: unconnected | connected
//! peer = "10.0.0.1:4242"      # the other end: required for established / connected
//! ```
//!
//! Every error names the line (and the map, socket or key): unknown keys, wrong types,
//! entries naming sockets that are not declared, values that do not fit, sizes a map type
//! does not take.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::maps::{skmap_type, MapType};
use crate::net::{Family, Protocol, SocketDesc, SocketState};

/// A parsed world.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct World {
    /// By the symbol the program references.
    pub maps: BTreeMap<String, WorldMap>,
    /// By name; each description is named.
    pub sockets: BTreeMap<String, SocketDesc>,
}

/// One map of the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorldMap {
    pub map_type: MapType,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
    /// `(key, value)`, each key `key_size` bytes as the map stores it, in the order of the
    /// keys read as little-endian integers.
    pub entries: Vec<(Vec<u8>, EntryValue)>,
}

/// What a map entry holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryValue {
    /// A socket of the world, by name (SOCKMAP/SOCKHASH).
    Socket(String),
    /// The value's bytes (`value_size` of them).
    Bytes(Vec<u8>),
}

/// A world file error: the 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorldError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for WorldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for WorldError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorld {
    #[serde(default)]
    maps: BTreeMap<String, Spanned<RawMap>>,
    #[serde(default)]
    sockets: BTreeMap<String, Spanned<RawSocket>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    #[serde(rename = "type")]
    map_type: Spanned<String>,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    #[serde(default)]
    flags: u32,
    entries: Option<Spanned<BTreeMap<String, Spanned<RawValue>>>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawValue {
    Int(i64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSocket {
    proto: Spanned<String>,
    family: Option<Spanned<String>>,
    addr: Option<Spanned<String>>,
    port: Spanned<u32>,
    #[serde(default)]
    v6only: bool,
    reuseport: Option<Spanned<String>>,
    state: Option<Spanned<String>>,
    peer: Option<Spanned<String>>,
}

/// Parses a world file's text.
pub fn parse_world(text: &str) -> Result<World, WorldError> {
    let raw: RawWorld = toml::from_str(text).map_err(|e| WorldError {
        line: e.span().map_or(1, |s| line_of(text, s.start)),
        message: e.message().to_string(),
    })?;
    let at = |span: Range<usize>, message: String| WorldError {
        line: line_of(text, span.start),
        message,
    };
    let mut world = World::default();
    for (name, s) in &raw.sockets {
        let desc = socket(name, s.get_ref(), &at).map_err(|e| {
            if e.line == 0 {
                at(s.span(), e.message)
            } else {
                e
            }
        })?;
        world.sockets.insert(name.clone(), desc);
    }
    for (name, m) in &raw.maps {
        let map = map(name, m.get_ref(), &world, &at)?;
        world.maps.insert(name.clone(), map);
    }
    Ok(world)
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

type At<'a> = dyn Fn(Range<usize>, String) -> WorldError + 'a;

fn socket(name: &str, s: &RawSocket, at: &At) -> Result<SocketDesc, WorldError> {
    let proto = match s.proto.get_ref().as_str() {
        "tcp" => Protocol::Tcp,
        "udp" => Protocol::Udp,
        other => {
            return Err(at(
                s.proto.span(),
                format!("socket `{name}`: proto `{other}` (expected tcp or udp)"),
            ))
        }
    };
    let family = match s.family.as_ref().map(|f| (f.get_ref().as_str(), f.span())) {
        None => None,
        Some(("ipv4", _)) => Some(Family::V4),
        Some(("ipv6", _)) => Some(Family::V6),
        Some((other, span)) => {
            return Err(at(
                span,
                format!("socket `{name}`: family `{other}` (expected ipv4 or ipv6)"),
            ))
        }
    };
    let ip: IpAddr = match &s.addr {
        Some(a) => a.get_ref().parse().map_err(|_| {
            at(
                a.span(),
                format!("socket `{name}`: `{}` is not an IP address", a.get_ref()),
            )
        })?,
        None => match family {
            Some(Family::V6) => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            _ => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        },
    };
    if let (Some(f), Some(a)) = (family, &s.addr) {
        if Family::of(&SocketAddr::new(ip, 0)) != f {
            return Err(at(
                a.span(),
                format!("socket `{name}`: address `{ip}` is not of family {f:?}"),
            ));
        }
    }
    let port = u16::try_from(*s.port.get_ref()).map_err(|_| {
        at(
            s.port.span(),
            format!("socket `{name}`: port {} is not a port", s.port.get_ref()),
        )
    })?;
    let peer = match &s.peer {
        Some(p) => Some(p.get_ref().parse::<SocketAddr>().map_err(|_| {
            at(
                p.span(),
                format!(
                    "socket `{name}`: peer `{}` is not ADDR:PORT ([ADDR]:PORT for IPv6)",
                    p.get_ref()
                ),
            )
        })?),
        None => None,
    };
    let state = socket_state(name, proto, s, peer, at)?;
    let desc = SocketDesc {
        name: Some(name.to_string()),
        protocol: proto,
        addr: SocketAddr::new(ip, port),
        state,
        v6only: s.v6only,
        reuseport: s.reuseport.as_ref().map(|r| r.get_ref().clone()),
    };
    desc.validate().map_err(|e| WorldError {
        line: 0,
        message: format!("socket `{name}`: {}", e.kind),
    })?;
    Ok(desc)
}

fn socket_state(
    name: &str,
    proto: Protocol,
    s: &RawSocket,
    peer: Option<SocketAddr>,
    at: &At,
) -> Result<SocketState, WorldError> {
    let (text, span) = match &s.state {
        Some(st) => (st.get_ref().as_str(), st.span()),
        None => (
            if proto == Protocol::Tcp {
                "listen"
            } else {
                "unconnected"
            },
            s.proto.span(),
        ),
    };
    let wants_peer = matches!(
        (proto, text),
        (Protocol::Tcp, "established") | (Protocol::Udp, "connected")
    );
    match (proto, text, peer) {
        (Protocol::Tcp, "listen", None) => Ok(SocketState::Listen),
        (Protocol::Udp, "unconnected", None) => Ok(SocketState::Unconnected),
        (_, _, Some(p)) if wants_peer => Ok(SocketState::Connected(p)),
        (_, _, None) if wants_peer => Err(at(
            span,
            format!("socket `{name}`: state `{text}` needs `peer = \"ADDR:PORT\"`"),
        )),
        (_, _, Some(_)) if matches!(text, "listen" | "unconnected") => Err(at(
            span,
            format!("socket `{name}`: a `{text}` socket has no peer"),
        )),
        _ => Err(at(
            span,
            format!(
                "socket `{name}`: state `{text}` (expected {})",
                if proto == Protocol::Tcp {
                    "listen or established"
                } else {
                    "unconnected or connected"
                }
            ),
        )),
    }
}

fn map(name: &str, m: &RawMap, world: &World, at: &At) -> Result<WorldMap, WorldError> {
    let map_type = skmap_type(m.map_type.get_ref()).ok_or_else(|| {
        at(
            m.map_type.span(),
            format!(
                "map `{name}`: type `{}` (expected one of {})",
                m.map_type.get_ref(),
                crate::maps::skmap_types()
                    .map(|t| t.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })?;
    let socket_map = map_type.holds_sockets();
    if socket_map && !matches!(m.value_size, 4 | 8) {
        return Err(at(
            m.map_type.span(),
            format!(
                "map `{name}`: a {} holds socket fds and cookies: value_size 4 or 8, not {}",
                m.map_type.get_ref(),
                m.value_size
            ),
        ));
    }
    let listed_any = m.entries.as_ref().is_some_and(|e| !e.get_ref().is_empty());
    if let (true, Some(why)) = (listed_any, keyless_entries(map_type)) {
        return Err(at(
            m.entries.as_ref().map_or(0..0, |e| e.span()),
            format!(
                "map `{name}`: a {} takes no entries from a world file ({why})",
                m.map_type.get_ref()
            ),
        ));
    }
    if listed_any && (m.key_size.max(m.value_size) > MAX_ENTRY_SIZE) {
        return Err(at(
            m.entries.as_ref().map_or(0..0, |e| e.span()),
            format!(
                "map `{name}`: entries of {}-byte keys and {}-byte values (a world file's entries are at most {MAX_ENTRY_SIZE} bytes each)",
                m.key_size, m.value_size
            ),
        ));
    }
    let mut entries = Vec::new();
    let no_entries = BTreeMap::new();
    let listed = m.entries.as_ref().map_or(&no_entries, |e| e.get_ref());
    for (key_text, value) in listed {
        let key = parse_key(map_type, m.key_size, key_text).map_err(|why| {
            at(
                value.span(),
                format!("map `{name}`: key `{key_text}` {why}"),
            )
        })?;
        if entries.iter().any(|(k, _)| *k == key) {
            return Err(at(
                value.span(),
                format!("map `{name}`: key `{key_text}` is given twice"),
            ));
        }
        let entry = match (socket_map, value.get_ref()) {
            (true, RawValue::Text(s)) if world.sockets.contains_key(s) => {
                EntryValue::Socket(s.clone())
            }
            (true, v) => {
                return Err(at(
                    value.span(),
                    format!(
                        "map `{name}`[{key_text}]: {} is not a socket declared under [sockets]",
                        shown(v)
                    ),
                ))
            }
            (false, v) => EntryValue::Bytes(value_bytes(v, m.value_size).ok_or_else(|| {
                at(
                    value.span(),
                    format!(
                        "map `{name}`[{key_text}]: {} is not an integer or \"0x...\" that fits {} bytes, nor \"hex: ...\" of as many bytes",
                        shown(v),
                        m.value_size
                    ),
                )
            })?),
        };
        entries.push((key, entry));
    }
    entries.sort_by(|(a, _), (b, _)| a.iter().rev().cmp(b.iter().rev()));
    if entries.len() > m.max_entries as usize {
        return Err(at(
            m.entries.as_ref().map_or(0..0, |e| e.span()),
            format!(
                "map `{name}`: {} entries, max_entries is {}",
                entries.len(),
                m.max_entries
            ),
        ));
    }
    Ok(WorldMap {
        map_type,
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
        entries,
    })
}

/// Why a map of `map_type` cannot be given entries as `KEY = VALUE` (`None`: it can).
fn keyless_entries(map_type: MapType) -> Option<&'static str> {
    match map_type {
        MapType::Queue | MapType::Stack | MapType::BloomFilter => {
            Some("its elements have no keys: the program pushes them")
        }
        MapType::RingBuf => Some("it holds the program's output"),
        MapType::ProgArray => Some("its values are programs, which a world file cannot name"),
        _ => None,
    }
}

/// The largest key or value a world file's entry may have: 64 MiB, what `vm` preallocates for
/// a whole array. Each entry is built in memory as the map stores it, so without a bound a
/// 4 GiB `value_size` (which no map type takes: the live 6.18.44 refuses every type's) made
/// the parser allocate and fill 4 GiB (49 s, measured with `skasm lint --world`).
pub const MAX_ENTRY_SIZE: u32 = 64 << 20;

fn shown(v: &RawValue) -> String {
    match v {
        RawValue::Int(i) => i.to_string(),
        RawValue::Text(s) => format!("`{s}`"),
    }
}

fn parse_number(text: &str) -> Option<u64> {
    let t = text.trim();
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) if hex.chars().all(|c| c.is_ascii_hexdigit()) => {
            u64::from_str_radix(hex, 16).ok()
        }
        Some(_) => None,
        None => t.parse().ok(),
    }
}

fn fits(v: u64, bytes: u32) -> bool {
    bytes >= 8 || v >> (8 * bytes) == 0
}

/// A map key as the map stores it: `key_size` bytes from an integer or `"0x..."` (stored
/// little-endian), `"hex: ..."` bytes, or for an LPM trie an address and prefix length
/// (`struct bpf_lpm_trie_key`: the prefix length as a host-order `u32`, then the address in
/// network order). `Err`: why not, to follow the key in a message.
pub fn parse_key(map_type: MapType, key_size: u32, text: &str) -> Result<Vec<u8>, String> {
    if let Some(hex) = hex_bytes(text) {
        return match hex {
            Some(bytes) if bytes.len() == key_size as usize => Ok(bytes),
            _ => Err(format!("is not {key_size} bytes of \"hex: ...\"")),
        };
    }
    if map_type == MapType::LpmTrie && text.contains('/') {
        return lpm_key(key_size, text);
    }
    let n = parse_number(text)
        .filter(|&k| fits(k, key_size))
        .ok_or_else(|| format!("is not a number that fits {key_size} bytes"))?;
    Ok(little_endian(n, key_size))
}

/// An LPM trie key from `ADDR/LEN`.
fn lpm_key(key_size: u32, text: &str) -> Result<Vec<u8>, String> {
    let (addr, len) = text.trim().split_once('/').unwrap_or((text, ""));
    let addr: IpAddr =
        (addr.parse()).map_err(|_| format!("is not an address and prefix length (`{addr}`)"))?;
    let octets = match addr {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    };
    let bits = 8 * octets.len() as u32;
    let len: u32 = (len.parse().ok())
        .filter(|&l| l <= bits)
        .ok_or_else(|| format!("has a prefix length that is not 0 to {bits}"))?;
    if key_size as usize != 4 + octets.len() {
        return Err(format!(
            "is a {}-byte prefix and address, and the map's keys are {key_size} bytes",
            4 + octets.len()
        ));
    }
    Ok([len.to_le_bytes().as_slice(), &octets].concat())
}

/// `Some` for text in the `"hex: ..."` form: `Some(bytes)` when every part is a byte in hex.
fn hex_bytes(text: &str) -> Option<Option<Vec<u8>>> {
    let rest = text.trim().strip_prefix("hex:")?;
    let digits: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.len().is_multiple_of(2) || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Some(None);
    }
    Some(
        (0..digits.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).ok())
            .collect(),
    )
}

/// Integer `n` as a key or value of `size` bytes, little-endian (what an integer in a world
/// file stands for).
pub fn little_endian(n: u64, size: u32) -> Vec<u8> {
    let mut bytes = n.to_le_bytes().to_vec();
    bytes.resize(size as usize, 0);
    bytes
}

fn value_bytes(v: &RawValue, size: u32) -> Option<Vec<u8>> {
    let n = match v {
        RawValue::Int(i) => u64::try_from(*i).ok()?,
        RawValue::Text(s) if s.starts_with("0x") || s.starts_with("0X") => parse_number(s)?,
        RawValue::Text(s) => return hex_bytes(s)?.filter(|b| b.len() == size as usize),
    };
    fits(n, size).then(|| little_endian(n, size))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
[maps.redir_map]
type = "sockmap"
key_size = 4
value_size = 8
max_entries = 8
entries = { 0 = "nginx", 1 = "dns" }

[maps.ports]
type = "hash"
key_size = 2
value_size = 4
max_entries = 4
entries = { 80 = 1, "0x1bb" = "0x2" }

[sockets.nginx]
proto = "tcp"
family = "ipv4"
addr = "127.0.0.1"
port = 8080
reuseport = "web"

[sockets.dns]
proto = "udp"
family = "ipv6"
port = 53
v6only = true

[sockets.client]
proto = "tcp"
addr = "127.0.0.1"
port = 40000
state = "established"
peer = "127.0.0.1:8080"
"#;

    #[test]
    fn the_documented_world_parses() {
        let w = parse_world(EXAMPLE).unwrap();
        let nginx = &w.sockets["nginx"];
        assert_eq!(
            nginx.to_string(),
            "nginx=tcp listen 127.0.0.1:8080 reuseport=web"
        );
        assert_eq!(w.sockets["dns"].to_string(), "dns=udp [::]:53 v6only");
        assert_eq!(
            w.sockets["client"].state,
            SocketState::Connected("127.0.0.1:8080".parse().unwrap())
        );
        let redir = &w.maps["redir_map"];
        assert_eq!(redir.map_type.name(), "sockmap");
        assert_eq!(
            redir.entries,
            vec![
                (vec![0, 0, 0, 0], EntryValue::Socket("nginx".into())),
                (vec![1, 0, 0, 0], EntryValue::Socket("dns".into()))
            ]
        );
        assert_eq!(
            w.maps["ports"].entries,
            vec![
                (vec![80, 0], EntryValue::Bytes(vec![1, 0, 0, 0])),
                (vec![0xbb, 1], EntryValue::Bytes(vec![2, 0, 0, 0]))
            ]
        );
    }

    #[test]
    fn keys_and_values_as_bytes_and_prefixes() {
        let w = parse_world(
            "[maps.v4]\ntype = \"lpm_trie\"\nkey_size = 8\nvalue_size = 16\nmax_entries = 4\nflags = 1\n\
             entries = { \"192.0.2.0/24\" = \"hex: 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10\", \"hex: 20000000 c6336401\" = 7 }\n\
             [maps.v6]\ntype = \"lpm_trie\"\nkey_size = 20\nvalue_size = 4\nmax_entries = 4\nflags = 1\n\
             entries = { \"2001:db8::/32\" = 1 }\n",
        )
        .unwrap();
        let v4 = &w.maps["v4"].entries;
        assert_eq!(v4[0].0, vec![24, 0, 0, 0, 192, 0, 2, 0]);
        assert_eq!(v4[0].1, EntryValue::Bytes((1..=16).collect()));
        assert_eq!(v4[1].0, vec![32, 0, 0, 0, 0xc6, 0x33, 0x64, 1]);
        assert_eq!(
            w.maps["v6"].entries[0].0,
            [&[32u8, 0, 0, 0, 0x20, 1, 0x0d, 0xb8][..], &[0; 12]].concat()
        );
    }

    #[test]
    fn errors_name_the_line_and_what() {
        for (text, line, says) in [
            ("[maps.m]\ntype = \"sockmap\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 1\ncolour = 1\n", 6, "unknown field `colour`"),
            ("[maps.m]\ntype = \"sockmapp\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 1\n", 2, "type `sockmapp`"),
            ("[maps.m]\ntype = \"sockmap\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 1\nentries = { 0 = \"nope\" }\n", 6, "not a socket declared"),
            ("[maps.m]\ntype = \"array\"\nkey_size = 4\nvalue_size = 1\nmax_entries = 1\nentries = { 0 = 300 }\n", 6, "fits 1 bytes"),
            ("[maps.m]\ntype = \"array\"\nkey_size = 1\nvalue_size = 1\nmax_entries = 1\nentries = { 256 = 1 }\n", 6, "key `256`"),
            ("[sockets.s]\nproto = \"tcp\"\nport = 80\nstate = \"established\"\n", 4, "needs `peer"),
            ("[sockets.s]\nproto = \"udp\"\nport = 80\nstate = \"listen\"\n", 4, "expected unconnected or connected"),
            ("[sockets.s]\nproto = \"sctp\"\nport = 80\n", 2, "proto `sctp`"),
            ("[sockets.s]\nproto = \"tcp\"\nport = 70000\n", 3, "not a port"),
            ("[sockets.s]\nproto = \"tcp\"\nfamily = \"ipv6\"\naddr = \"1.2.3.4\"\nport = 80\n", 4, "not of family"),
            ("[sockets.s]\nproto = \"tcp\"\naddr = \"1.2.3.4\"\nport = 80\nv6only = true\n", 1, "v6only"),
            ("[sockets.s]\nproto = \"tcp\"\nport = 80\n[sockets.s]\n", 4, "duplicate"),
            ("[maps.m]\ntype = \"array\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 4\nentries = { 1 = 1, \"0x1\" = 2 }\n", 6, "given twice"),
            ("[maps.m]\ntype = \"array\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 1\nentries = { 1 = 1, 2 = 2 }\n", 6, "max_entries is 1"),
            ("[maps.m]\ntype = \"hash\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 1\nentries = { \"hex: 01 02 03\" = 1 }\n", 6, "is not 4 bytes of \"hex: ...\""),
            ("[maps.m]\ntype = \"hash\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 1\nentries = { 1 = \"hex: 0g 00 00 00\" }\n", 6, "nor \"hex: ...\""),
            ("[maps.m]\ntype = \"lpm_trie\"\nkey_size = 8\nvalue_size = 4\nmax_entries = 1\nflags = 1\nentries = { \"192.0.2.0/33\" = 1 }\n", 7, "prefix length that is not 0 to 32"),
            ("[maps.m]\ntype = \"lpm_trie\"\nkey_size = 8\nvalue_size = 4\nmax_entries = 1\nflags = 1\nentries = { \"2001:db8::/32\" = 1 }\n", 7, "20-byte prefix and address"),
            ("[maps.m]\ntype = \"array\"\nkey_size = 4\nvalue_size = 4294967295\nmax_entries = 1\nentries = { 0 = 1 }\n", 6, "at most 67108864 bytes"),
            ("[maps.m]\ntype = \"hash\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 1\nentries = { 1 = \"hex: +1+2+3+4\" }\n", 6, "nor \"hex: ...\""),
            ("[maps.m]\ntype = \"queue\"\nkey_size = 0\nvalue_size = 4\nmax_entries = 4\nentries = { 0 = 7 }\n", 6, "a queue takes no entries from a world file (its elements have no keys"),
            ("[maps.m]\ntype = \"prog_array\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 4\nentries = { 0 = 1 }\n", 6, "a prog_array takes no entries"),
            ("[maps.m]\ntype = \"hash\"\nkey_size = 4\nvalue_size = 4\nmax_entries = 1\nentries = { \"0x+1\" = 1 }\n", 6, "key `0x+1`"),
            ("[maps.m]\ntype = \"hash\"\nkey_size = 4294967295\nvalue_size = 4\nmax_entries = 1\nentries = { 0 = 1 }\n", 6, "4294967295-byte keys"),
        ] {
            let e = parse_world(text).unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.message.contains(says), "{text}: {e}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "",
            "[",
            "maps = 1",
            "[maps.m]\nentries = 5",
            "\u{0}",
            "[sockets.s]\nport = -1",
        ] {
            let _ = parse_world(text);
        }
    }
}
