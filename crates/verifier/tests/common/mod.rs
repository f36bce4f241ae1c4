//! What the verifier's tests share: one seeded generator. It is proggen's xorshift64*
//! started from a raw state (`proggen::Rng::from_state`), so each test keeps the fixed stream
//! of programs it was written against.
#![allow(dead_code)] // each test binary uses part of it

/// A deterministic generator for test programs.
pub struct Rng(proggen::Rng);

impl Rng {
    pub fn new(state: u64) -> Rng {
        Rng(proggen::Rng::from_state(state))
    }

    pub fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// Uniform in `0..n`, as an index.
    pub fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.index(xs.len())]
    }
}

/// The instruction indexes of a level-1 verifier log, in order: the lines `N: (op) insn`
/// (state lines `N: R1=...` and `from X to Y:` lines are not instructions).
pub fn logged_path(log: &str) -> Vec<usize> {
    log.lines()
        .filter_map(|line| {
            let (n, rest) = line.split_once(": (")?;
            let op = rest.as_bytes().get(..3)?;
            let is_op = op[..2].iter().all(u8::is_ascii_hexdigit) && op[2] == b')';
            is_op.then(|| n.parse().ok()).flatten()
        })
        .collect()
}

/// The `from X to Y: STATE` lines of a level-1 verifier log, in order: the branching
/// instruction, the branch target and the state printed there (speculative paths say so
/// after the target, which is dropped).
pub fn logged_branches(log: &str) -> Vec<(usize, usize, String)> {
    log.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("from ")?;
            let (from, rest) = rest.split_once(" to ")?;
            let (to, state) = rest.split_once(':')?;
            let to = to.trim_end_matches(" (speculative execution)");
            Some((
                from.parse().ok()?,
                to.parse().ok()?,
                state.trim().to_string(),
            ))
        })
        .collect()
}
