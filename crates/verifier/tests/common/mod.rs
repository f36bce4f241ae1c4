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
