//! Return values, the return-range rule, and how several attached programs combine.
//!
//! * [`SK_DROP`]/[`SK_PASS`]: `enum sk_action` (include/uapi/linux/bpf.h).
//! * [`check_return`]: kernel/bpf/verifier.c `check_return_code` for SK_LOOKUP, with the
//!   message of each profile (tnum form before 6.8, `[smin, smax]` form from 6.8;
//!   sk_lookup-runtime.md §6, verifier-messages.md #7–#10).
//! * [`RunArray`] / [`combine_run_array`]: include/linux/filter.h
//!   `BPF_PROG_SK_LOOKUP_RUN_ARRAY`, unchanged in semantics since 5.9 (sk_lookup-runtime.md §2).

use std::fmt;

use crate::codes::Code;
use crate::ctx::{EACCES, EINVAL};
use crate::profile::{KernelProfile, Privilege};

/// `SK_DROP`: refuse the lookup unless another program selected a socket.
pub const SK_DROP: u32 = 0;
/// `SK_PASS`: continue (with this program's selection, if any).
pub const SK_PASS: u32 = 1;

/// The verdict of a lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Drop,
    Pass,
}

impl Verdict {
    /// How the run array reads a program's R0: its low 32 bits (`bpf_prog_run` returns a
    /// u32), SK_PASS or SK_DROP; `None` for any other value (only an unverified program
    /// returns one), which neither keeps the program's selection nor drops the lookup.
    pub fn from_return(ret: u64) -> Option<Verdict> {
        match ret as u32 {
            SK_PASS => Some(Verdict::Pass),
            SK_DROP => Some(Verdict::Drop),
            _ => None,
        }
    }

    pub fn value(self) -> u32 {
        match self {
            Verdict::Drop => SK_DROP,
            Verdict::Pass => SK_PASS,
        }
    }
}

/// The range R0 must provably be in at every exit of the main program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetRange {
    pub min: i64,
    pub max: i64,
}

/// SK_LOOKUP's range: `[SK_DROP, SK_PASS]` = [0, 1], every release since 5.9.
pub const SK_LOOKUP_RET_RANGE: RetRange = RetRange { min: 0, max: 1 };

/// What the verifier knows about R0 at `exit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitValue {
    /// R0 was never written: `R0 !read_ok`.
    Uninit,
    /// A scalar with signed 64-bit bounds and a tnum (`var_off` = (value; mask)).
    Scalar {
        smin: i64,
        smax: i64,
        var_off_value: u64,
        var_off_mask: u64,
    },
    /// A pointer; `type_name` as the verifier prints it (`ctx`, `sock_or_null`, ...).
    Pointer { type_name: &'static str },
}

impl ExitValue {
    /// A known constant.
    pub fn constant(v: i64) -> ExitValue {
        ExitValue::Scalar {
            smin: v,
            smax: v,
            var_off_value: v as u64,
            var_off_mask: 0,
        }
    }

    /// A completely unknown scalar (e.g. a helper's return value).
    pub fn unknown() -> ExitValue {
        ExitValue::Scalar {
            smin: i64::MIN,
            smax: i64::MAX,
            var_off_value: 0,
            var_off_mask: u64::MAX,
        }
    }
}

/// A refused exit value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RetvalError {
    /// `R0 !read_ok`.
    Uninit,
    /// Scalar not provably in range; `message` is the full kernel line.
    OutOfRange { message: String },
    /// Pointer returned by a privileged loader.
    PointerNotKnown { type_name: &'static str },
    /// Pointer returned without CAP_PERFMON.
    PointerLeak,
}

impl RetvalError {
    pub fn code(&self) -> Code {
        match self {
            RetvalError::Uninit => Code::UninitRead,
            RetvalError::OutOfRange { .. } => Code::RetvalRange,
            RetvalError::PointerNotKnown { .. } | RetvalError::PointerLeak => Code::RetvalPointer,
        }
    }

    pub fn kernel_message(&self) -> String {
        match self {
            RetvalError::Uninit => "R0 !read_ok".to_string(),
            RetvalError::OutOfRange { message } => message.clone(),
            RetvalError::PointerNotKnown { type_name } => {
                format!("At program exit the register R0 is not a known value ({type_name})")
            }
            RetvalError::PointerLeak => "R0 leaks addr as return value".to_string(),
        }
    }

    pub fn errno(&self) -> i32 {
        match self {
            RetvalError::Uninit | RetvalError::PointerLeak => EACCES,
            RetvalError::OutOfRange { .. } | RetvalError::PointerNotKnown { .. } => EINVAL,
        }
    }
}

impl fmt::Display for RetvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kernel_message())
    }
}

impl std::error::Error for RetvalError {}

/// The kernel's `tnum_strn`: `(0x<value>; 0x<mask>)` (the kernel prints `0x0` for zero).
fn tnum_text(value: u64, mask: u64) -> String {
    format!("({value:#x}; {mask:#x})")
}

/// `check_return_code` for SK_LOOKUP at the exit of the main program.
pub fn check_return(
    profile: KernelProfile,
    privilege: Privilege,
    r0: ExitValue,
) -> Result<(), RetvalError> {
    let range = SK_LOOKUP_RET_RANGE;
    match r0 {
        ExitValue::Uninit => Err(RetvalError::Uninit),
        ExitValue::Pointer { type_name } => Err(if privilege.allows_ptr_leaks() {
            RetvalError::PointerNotKnown { type_name }
        } else {
            RetvalError::PointerLeak
        }),
        ExitValue::Scalar {
            smin,
            smax,
            var_off_value,
            var_off_mask,
        } => {
            let in_bounds = smin >= range.min && smax <= range.max;
            // tnum_in(tnum_range(0, 1), var_off): every possibly-set bit within 0x1.
            let in_tnum = (var_off_value | var_off_mask) & !1u64 == 0;
            if in_bounds && in_tnum {
                // Both checks pass: the release is not asked which one it makes (an answer
                // asked is noted, and `min_kernel` reuses verdicts across alike answers).
                return Ok(());
            }
            if profile.retval_message_uses_bounds() {
                if in_bounds {
                    return Ok(());
                }
                let m = invalid_scalar("At program exit", smin, smax, (range.min, range.max));
                Err(RetvalError::OutOfRange { message: m })
            } else if in_tnum {
                Ok(())
            } else {
                Err(RetvalError::OutOfRange {
                    message: invalid_tnum("At program exit", var_off_value, var_off_mask),
                })
            }
        }
    }
}

/// What one program left behind: its return value, and the context's selection and
/// `no_reuseport` at its exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProgramResult<S> {
    pub ret: u64,
    pub selected: Option<S>,
    pub no_reuseport: bool,
}

/// The combined result of a run array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunArrayOutcome<S> {
    pub verdict: Verdict,
    pub selected: Option<S>,
    pub no_reuseport: bool,
}

/// `BPF_PROG_SK_LOOKUP_RUN_ARRAY` as a state machine: ask [`RunArray::start_of_next`] for the
/// selection the next program starts with, run it, report with [`RunArray::record`], and
/// [`RunArray::finish`] after the last program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunArray<S> {
    kept: Option<S>,
    kept_no_reuseport: bool,
    all_pass: bool,
}

impl<S: Copy> Default for RunArray<S> {
    fn default() -> Self {
        RunArray::new()
    }
}

impl<S: Copy> RunArray<S> {
    pub fn new() -> Self {
        RunArray {
            kept: None,
            kept_no_reuseport: false,
            all_pass: true,
        }
    }

    /// `(selected_sk, no_reuseport)` the next program's context starts with: the last kept
    /// selection.
    pub fn start_of_next(&self) -> (Option<S>, bool) {
        (self.kept, self.kept_no_reuseport)
    }

    /// Records one program's result: SK_PASS with a selection is kept; SK_DROP clears
    /// `all_pass`; SK_PASS without a selection, or any other return value, records nothing.
    pub fn record(&mut self, result: ProgramResult<S>) {
        match Verdict::from_return(result.ret) {
            Some(Verdict::Pass) => {
                if let Some(s) = result.selected {
                    self.kept = Some(s);
                    self.kept_no_reuseport = result.no_reuseport;
                }
            }
            Some(Verdict::Drop) => self.all_pass = false,
            None => {}
        }
    }

    /// PASS if every program passed or some selection was kept; DROP otherwise.
    pub fn finish(&self) -> RunArrayOutcome<S> {
        let verdict = if self.all_pass || self.kept.is_some() {
            Verdict::Pass
        } else {
            Verdict::Drop
        };
        RunArrayOutcome {
            verdict,
            selected: self.kept,
            no_reuseport: self.kept_no_reuseport,
        }
    }
}

/// Runs `programs` in order: each is called with the selection and `no_reuseport` it starts
/// with and returns its [`ProgramResult`].
pub fn run_programs<S: Copy, P>(programs: &mut [P]) -> RunArrayOutcome<S>
where
    P: FnMut(Option<S>, bool) -> ProgramResult<S>,
{
    let mut run = RunArray::new();
    for program in programs.iter_mut() {
        let (selected, no_reuseport) = run.start_of_next();
        run.record(program(selected, no_reuseport));
    }
    run.finish()
}

/// Combines already known per-program results (each program's selection as it stood at its
/// exit, i.e. including what it inherited).
pub fn combine_run_array<S: Copy>(
    results: impl IntoIterator<Item = ProgramResult<S>>,
) -> RunArrayOutcome<S> {
    let mut run = RunArray::new();
    for r in results {
        run.record(r);
    }
    run.finish()
}

/// Where a held socket reference is detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeakSite {
    /// `exit` of the main program.
    Exit,
    /// `bpf_tail_call`.
    TailCall,
}

impl LeakSite {
    pub fn code(self) -> Code {
        match self {
            LeakSite::Exit => Code::ReferenceLeak,
            LeakSite::TailCall => Code::TailCallLeak,
        }
    }
}

/// The verifier lines for a reference still held at `site` (verifier-messages.md #17, #18):
/// `Unreleased reference id=<id> alloc_insn=<insn>`, then on kernels with the unified leak
/// checks (~6.13/6.14, UNCONFIRMED; modelled from 6.14) a second line naming the site. At a
/// tail call the second line exists on every profile. Errno `EINVAL`.
pub fn reference_leak_lines(
    profile: KernelProfile,
    site: LeakSite,
    ref_id: u32,
    alloc_insn: usize,
) -> Vec<String> {
    let mut lines = vec![format!(
        "Unreleased reference id={ref_id} alloc_insn={alloc_insn}"
    )];
    match site {
        LeakSite::Exit if profile.reference_leak_has_second_line() => {
            lines.push("BPF_EXIT instruction in main prog would lead to reference leak".to_string())
        }
        LeakSite::Exit => {}
        LeakSite::TailCall => lines.push("tail_call would lead to reference leak".to_string()),
    }
    lines
}

/// The name the verifier prints for an unknown scalar in type messages (`R1 type=<t>`,
/// `invalid mem access '<t>'`): `scalar` since ~5.18 (UNCONFIRMED; 6.1 and 6.12 confirmed,
/// see [`KernelProfile::scalar_type_named_scalar`]), `inv` before.
pub fn scalar_type_name(profile: KernelProfile) -> &'static str {
    if profile.scalar_type_named_scalar() {
        "scalar"
    } else {
        "inv"
    }
}

/// `verbose_invalid_scalar`: "`<ctx>` the register R0 has ... should have been in [min, max]",
/// the bounds the register has (none: "unknown scalar value"). At a program's exit and at a
/// callback's return (`At callback return`).
pub fn invalid_scalar(ctx: &str, smin: i64, smax: i64, (min, max): (i64, i64)) -> String {
    let mut m = format!("{ctx} the register R0 has");
    if smin > i64::MIN {
        m.push_str(&format!(" smin={smin}"));
    }
    if smax < i64::MAX {
        m.push_str(&format!(" smax={smax}"));
    }
    if smin == i64::MIN && smax == i64::MAX {
        m.push_str(" unknown scalar value");
    }
    m.push_str(&format!(" should have been in [{min}, {max}]"));
    m
}

/// `verbose_invalid_scalar` of kernels that check R0 with `tnum_in` against
/// `tnum_range(0, 1)`: "`<ctx>` the register R0 has value (v; m) should have been in
/// (0x0; 0x1)" ("has unknown scalar value" when no bit is known).
pub fn invalid_tnum(ctx: &str, value: u64, mask: u64) -> String {
    let what = if mask == u64::MAX {
        "has unknown scalar value".to_string()
    } else {
        format!("has value {}", tnum_text(value, mask))
    };
    format!(
        "{ctx} the register R0 {what} should have been in {}",
        tnum_text(0, 1)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(ret: u64) -> RunArrayOutcome<u8> {
        combine_run_array([ProgramResult {
            ret,
            selected: Some(7u8),
            no_reuseport: false,
        }])
    }

    /// `BPF_PROG_SK_LOOKUP_RUN_ARRAY` compares the u32 `bpf_prog_run` returns: only exactly
    /// SK_PASS keeps a selection, only exactly SK_DROP drops.
    #[test]
    fn the_run_array_reads_the_low_32_bits_of_r0() {
        assert_eq!(Verdict::from_return(1), Some(Verdict::Pass));
        assert_eq!(Verdict::from_return(0x1_0000_0001), Some(Verdict::Pass));
        assert_eq!(Verdict::from_return(0x1_0000_0000), Some(Verdict::Drop));
        assert_eq!(Verdict::from_return(2), None);
        assert_eq!(one(0x1_0000_0001).selected, Some(7));
        let dropped = one(0x1_0000_0000);
        assert_eq!((dropped.verdict, dropped.selected), (Verdict::Drop, None));
        // Neither: the selection is not kept and the lookup is not dropped.
        let other = one(2);
        assert_eq!((other.verdict, other.selected), (Verdict::Pass, None));
    }
}
