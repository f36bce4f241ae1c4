//! What verification ends with: an opaque proof that the program passed ([`Verified`]), a
//! rejection as the kernel would give it ([`Rejection`]), or "unsupported" for what this
//! verifier does not model ([`Refusal::Unsupported`]), never a guess.

use std::fmt;

use isa::Pc;
use skctx::Code;

/// Proof that a program passed [`crate::verify`]; the JIT accepts nothing else. Only this
/// crate can make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub(crate) insns: usize,
    pub(crate) processed: u64,
    pub(crate) seen: Vec<bool>,
}

impl Verified {
    /// Instruction slots of the verified program.
    pub fn insns(&self) -> usize {
        self.insns
    }

    /// Instructions the walk processed (the kernel's `processed N insns`).
    pub fn processed(&self) -> u64 {
        self.processed
    }

    /// Whether a path that is not speculative reached the instruction at `slot` (the
    /// kernel's `insn_aux_data[slot].seen`, from which a privileged load hard-wires the
    /// conditional jumps with one side never reached, `opt_hard_wire_dead_code_branches`).
    pub fn seen(&self, slot: usize) -> bool {
        self.seen.get(slot).copied().unwrap_or(false)
    }
}

/// Which part of an instruction a rejection is about, for pointing at the operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operand {
    /// The destination register (or the base register of a store).
    Dst,
    /// The source register or immediate (or the base register of a load).
    Src,
    /// The memory offset of a load or store.
    Offset,
    /// Helper argument register R1..R5 (1-based).
    Arg(u8),
    /// The jump target.
    Target,
    /// The whole instruction.
    Insn,
}

/// A place the rejection refers to besides the rejected instruction: where a leaked
/// reference was acquired, where a register got its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub pc: Pc,
    pub what: String,
}

/// The kernel's refusal, as this verifier predicts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The rejected instruction (`None` for refusals that name none, as some CFG checks).
    pub pc: Option<Pc>,
    pub operand: Option<Operand>,
    /// The code from the registry (`skctx::codes`).
    pub code: Code,
    /// Our explanation, for people.
    pub message: String,
    /// What the kernel prints for this refusal on the profile verified against (its last
    /// message line; two-line messages keep both, newline-separated).
    pub kernel_message: String,
    /// The errno `BPF_PROG_LOAD` fails with (`EINVAL`, `EACCES`, `E2BIG`, ...).
    pub errno: i32,
    pub related: Option<Related>,
}

/// Why a program did not get a [`Verified`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Rejected(Box<Rejection>),
    /// A helper, instruction or feature the kernel offers that this verifier does not model.
    Unsupported(String),
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(pc) = self.pc {
            write!(f, "insn {}: ", pc.0)?;
        }
        write!(f, "[{}] {}", self.code, self.message)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Rejected(r) => r.fmt(f),
            Refusal::Unsupported(what) => write!(f, "unsupported: {what}"),
        }
    }
}

impl std::error::Error for Refusal {}
