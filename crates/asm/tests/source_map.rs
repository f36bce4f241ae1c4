//! The run-compressed source map answers exactly as a plain list of (offset, line) per
//! instruction would, for random sequences of 8- and 16-byte instructions and line gaps.
#![forbid(unsafe_code)]

use asm::object::{SourceLoc, SourceMap};
use proggen::Rng;

#[test]
fn source_map_matches_a_plain_list() {
    let mut rng = Rng::new(7);
    for _ in 0..500 {
        let mut map = SourceMap::default();
        let mut plain: Vec<(SourceLoc, u32)> = Vec::new();
        let (mut offset, mut line) = (0u32, 1u32);
        for _ in 0..rng.below(60) {
            line += match rng.below(4) {
                0 => 1 + rng.below(5) as u32,
                _ => 1,
            };
            let len = if rng.below(8) == 0 { 16 } else { 8 };
            map.push(offset, line, len);
            plain.push((SourceLoc { offset, line }, len));
            offset += len;
        }
        let listed: Vec<SourceLoc> = map.iter().collect();
        let expected: Vec<SourceLoc> = plain.iter().map(|p| p.0).collect();
        assert_eq!(listed, expected);
        for at in 0..offset as u64 + 16 {
            let want = plain
                .iter()
                .rev()
                .find(|p| p.0.offset as u64 <= at)
                .map(|p| p.0);
            assert_eq!(map.at(at), want, "offset {at} in {plain:?}");
        }
    }
}
