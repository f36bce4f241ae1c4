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

/// With data in code sections: items of any length (several on one line for `.byte 1, 2`),
/// and every byte maps to the line that wrote it, at the start of that line's item (the
/// items one line pushes back to back are one).
#[test]
fn source_map_places_data_of_any_size() {
    let mut rng = Rng::new(8);
    for _ in 0..500 {
        let mut map = SourceMap::default();
        // (offset, line, len, offset of its line's item)
        let mut plain: Vec<(u32, u32, u32, u32)> = Vec::new();
        let (mut offset, mut line) = (0u32, 1u32);
        for _ in 0..rng.below(60) {
            let same_line = !plain.is_empty() && rng.below(3) == 0;
            if !same_line {
                line += 1 + (rng.below(4) == 0) as u32 * rng.below(5) as u32;
            }
            let len = rng.pick(&[1, 2, 3, 4, 8, 8, 8, 16]);
            let start = match plain.last() {
                Some(&(o, l, n, s)) if same_line && l == line && n != 8 && len != 8 => {
                    debug_assert_eq!(o + n, offset);
                    s
                }
                _ => offset,
            };
            map.push(offset, line, len);
            plain.push((offset, line, len, start));
            offset += len;
        }
        let mut starts: Vec<SourceLoc> = plain
            .iter()
            .map(|&(_, line, _, start)| SourceLoc {
                offset: start,
                line,
            })
            .collect();
        starts.dedup();
        assert_eq!(map.iter().collect::<Vec<_>>(), starts, "{plain:?}");
        for &(o, line, len, start) in &plain {
            for b in o..o + len {
                let want = SourceLoc {
                    offset: start,
                    line,
                };
                assert_eq!(map.at(b as u64), Some(want), "byte {b} of {plain:?}");
            }
        }
    }
}
