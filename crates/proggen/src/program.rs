//! A generated program: instructions, the verdict the generator expects, the maps it needs,
//! and its LLVM-syntax text.

use isa::{Insn, RawInsn};
use skctx::Code;
use std::collections::BTreeMap;
use std::fmt;

/// A map a program refers to with `rX = <name> ll`. The loader creates it and patches the
/// `ld_imm64` at [`MapRef::slot`] (as libbpf does for an `R_BPF_64_64` relocation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapDecl {
    pub name: &'static str,
    /// `enum bpf_map_type` value.
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
}

/// The only map generated programs use: a SOCKMAP (type 15) with u32 keys, 4 entries.
pub const SOCK_MAP: MapDecl = MapDecl {
    name: "sock_map",
    map_type: 15,
    key_size: 4,
    value_size: 4,
    max_entries: 4,
};

/// One `ld_imm64` that must be bound to a map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapRef {
    /// Index into [`Program::insns`].
    pub insn: usize,
    /// Slot index (`ld_imm64` counts two slots).
    pub slot: usize,
    pub map: MapDecl,
}

/// What the generator claims the 6.18 verifier (loaded as root, license GPL) will say, or
/// that it makes no claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    Accept,
    Reject {
        /// The verifier error code of the failure (`skctx::codes`).
        code: Code,
        /// What the mutation did, for humans.
        reason: String,
        /// A substring the kernel's final log message should contain.
        message: String,
    },
    /// No prediction: the verdict rests on the kernel's heuristics (state pruning, its
    /// limits), which the generator does not model; `reason` says what the program does.
    KernelDecides {
        reason: String,
    },
}

impl Expect {
    pub fn accepts(&self) -> bool {
        matches!(self, Expect::Accept)
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expect::Accept => write!(f, "accept"),
            Expect::Reject {
                code,
                reason,
                message,
            } => {
                write!(f, "reject [{code}] {reason} (kernel: `{message}`)")
            }
            Expect::KernelDecides { reason } => write!(f, "the kernel decides: {reason}"),
        }
    }
}

/// Where a boundary program sits: which mutation site it carries and on which side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Boundary {
    /// The site kind (`ctx-load-size`, `ret-widen`, ...).
    pub site: &'static str,
    /// `true` for the mutated twin, `false` for the valid original.
    pub mutated: bool,
}

/// A generated SK_LOOKUP program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub insns: Vec<Insn>,
    pub expect: Expect,
    /// `ld_imm64`s to bind to maps; empty for most programs.
    pub maps: Vec<MapRef>,
    /// The mutation site, if the program was built around one.
    pub boundary: Option<Boundary>,
}

impl Program {
    /// Slot index of each instruction, plus the total slot count at the end.
    pub fn slot_starts(&self) -> Vec<usize> {
        let mut v = Vec::with_capacity(self.insns.len() + 1);
        let mut s = 0;
        for i in &self.insns {
            v.push(s);
            s += i.slots();
        }
        v.push(s);
        v
    }

    /// Encoded slots (map references still hold 0; see [`Program::maps`]).
    pub fn raw(&self) -> Vec<RawInsn> {
        self.insns.iter().flat_map(|i| i.encode()).collect()
    }

    /// The distinct maps the program expects to exist.
    pub fn expected_maps(&self) -> Vec<MapDecl> {
        let mut v: Vec<MapDecl> = Vec::new();
        for m in &self.maps {
            if !v.contains(&m.map) {
                v.push(m.map);
            }
        }
        v
    }

    /// LLVM-syntax assembly: one instruction a line, `.LBB0_<n>:` labels at jump targets,
    /// `rX = <map> ll` for map references. No directives: wrap it in a section as needed.
    pub fn to_text(&self) -> String {
        let starts = self.slot_starts();
        let mut labels: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, insn) in self.insns.iter().enumerate() {
            if let Some(off) = insn.jump_offset() {
                let t = (starts[i] as i64 + 1 + off) as usize;
                labels.insert(t, 0);
            }
        }
        for (n, v) in labels.values_mut().enumerate() {
            *v = n;
        }
        let mut out = String::new();
        for (i, insn) in self.insns.iter().enumerate() {
            if let Some(n) = labels.get(&starts[i]) {
                out.push_str(&format!(".LBB0_{n}:\n"));
            }
            let line = if let Some(m) = self.maps.iter().find(|m| m.insn == i) {
                match insn {
                    Insn::LdImm64 { dst, .. } => format!("{dst} = {} ll", m.map.name),
                    other => other.to_string(),
                }
            } else {
                let here = starts[i] as i64;
                insn.to_text_with(&|off| {
                    let t = (here + 1 + off) as usize;
                    match labels.get(&t) {
                        Some(n) => format!(".LBB0_{n}"),
                        None => format!("{off:+}"),
                    }
                })
            };
            out.push('\t');
            out.push_str(&line);
            out.push('\n');
        }
        if let Some(n) = labels.get(&starts[self.insns.len()]) {
            // A jump past the end (only in deliberately broken programs).
            out.push_str(&format!(".LBB0_{n}:\n"));
        }
        out
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}
