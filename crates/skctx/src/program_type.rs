//! The interface the verifier and the VM use to reach a program type.
//!
//! Neither hard-codes an SK_LOOKUP offset or helper id: they hold a `&dyn ProgramType` (or a
//! generic `P: ProgramType`) and ask it. [`SkLookup`] implements it for one kernel profile
//! and loader privilege.

use isa::Reg;

use crate::ctx::{ctx_access, CtxAccessError, CtxAccessKind, CtxLoad, BPF_PROG_TYPE_SK_LOOKUP};
use crate::helpers::{check_helper_call, resolve_helper, Helper, HelperError};
use crate::maps::{check_map_func_compatibility, MapFuncError};
use crate::profile::{KernelProfile, Privilege};
use crate::runtime::{check_return, ExitValue, RetRange, RetvalError, SK_LOOKUP_RET_RANGE};

/// Message for `BPF_LD_ABS`/`BPF_LD_IND` in SK_LOOKUP (EINVAL, 5.9+).
pub const LD_ABS_MESSAGE: &str = "BPF_LD_[ABS|IND] instructions not allowed for this program type";

/// What a verifier or VM needs to know about a program type.
pub trait ProgramType {
    /// `BPF_PROG_TYPE_*` number.
    fn prog_type(&self) -> u32;
    /// Human name (`sk_lookup`).
    fn name(&self) -> &'static str;
    /// `sizeof` the context the program gets in R1.
    fn context_size(&self) -> u32;
    /// Decision for an access through the unmodified ctx register (the register is carried
    /// by the `StoreImm`/`Atomic` kinds, whose messages name it).
    fn check_ctx_access(
        &self,
        off: i64,
        size: u32,
        kind: CtxAccessKind,
    ) -> Result<CtxLoad, CtxAccessError>;
    /// The helper prototype for `call id`, or why the call is refused before its arguments.
    fn helper(&self, id: i64) -> Result<&'static Helper, HelperError>;
    /// [`ProgramType::helper`] plus the GPL and might-sleep checks.
    fn check_helper_call(
        &self,
        id: i64,
        gpl_compatible: bool,
    ) -> Result<&'static Helper, HelperError>;
    /// Map type / helper compatibility.
    fn check_map_func(&self, map_type: u32, func_id: i32) -> Result<(), MapFuncError>;
    /// Range R0 must be in at the main program's exit.
    fn return_range(&self) -> RetRange;
    /// The exit check with this profile's message.
    fn check_return(&self, r0: ExitValue) -> Result<(), RetvalError>;
    /// Legacy packet loads allowed? (Not for SK_LOOKUP: [`LD_ABS_MESSAGE`].)
    fn allows_ld_abs(&self) -> bool;
}

/// SK_LOOKUP under one kernel profile and loader privilege.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SkLookup {
    pub profile: KernelProfile,
    pub privilege: Privilege,
}

impl SkLookup {
    pub fn new(profile: KernelProfile, privilege: Privilege) -> Self {
        SkLookup { profile, privilege }
    }

    /// The access check for an instruction's ctx register `reg` (used for atomics and
    /// pre-6.4 `BPF_ST`, whose messages name it).
    pub fn check_ctx_store_imm(
        &self,
        off: i64,
        size: u32,
        reg: Reg,
    ) -> Result<CtxLoad, CtxAccessError> {
        ctx_access(
            self.profile,
            off,
            size,
            CtxAccessKind::StoreImm { dst: reg },
        )
    }
}

impl Default for SkLookup {
    fn default() -> Self {
        SkLookup::new(KernelProfile::LATEST, Privilege::Root)
    }
}

impl ProgramType for SkLookup {
    fn prog_type(&self) -> u32 {
        BPF_PROG_TYPE_SK_LOOKUP
    }

    fn name(&self) -> &'static str {
        "sk_lookup"
    }

    fn context_size(&self) -> u32 {
        self.profile.ctx_size()
    }

    fn check_ctx_access(
        &self,
        off: i64,
        size: u32,
        kind: CtxAccessKind,
    ) -> Result<CtxLoad, CtxAccessError> {
        ctx_access(self.profile, off, size, kind)
    }

    fn helper(&self, id: i64) -> Result<&'static Helper, HelperError> {
        resolve_helper(self.profile, self.privilege, id)
    }

    fn check_helper_call(
        &self,
        id: i64,
        gpl_compatible: bool,
    ) -> Result<&'static Helper, HelperError> {
        check_helper_call(self.profile, self.privilege, id, gpl_compatible)
    }

    fn check_map_func(&self, map_type: u32, func_id: i32) -> Result<(), MapFuncError> {
        check_map_func_compatibility(self.profile, map_type, func_id)
    }

    fn return_range(&self) -> RetRange {
        SK_LOOKUP_RET_RANGE
    }

    fn check_return(&self, r0: ExitValue) -> Result<(), RetvalError> {
        check_return(self.profile, self.privilege, r0)
    }

    fn allows_ld_abs(&self) -> bool {
        false
    }
}
