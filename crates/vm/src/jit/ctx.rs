//! What compiled context loads read: for each load site of a program, the value
//! `skctx::ctx_load_value` gives for the run's lookup, computed once per lookup input and
//! kernel profile and kept across runs ([`CtxCache`]; [`lasting_value`] says which loads
//! may be kept, for the interpreter's memo too). Loads of `ctx->sk` (which changes
//! when a program assigns a socket) and loads the context refuses are not in the table:
//! compiled code takes the bridge for them, so they behave as on the interpreter.

use skctx::ctx::{ctx_access, CtxAccessKind, FieldSource};
use skctx::{ctx_load_value, ctx_load_value_sx, KernelProfile, LookupInput};

/// A context load in compiled code: `*(size *)(ctx + off)`, sign-extending or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CtxSite {
    pub off: i64,
    pub size: u32,
    pub sx: bool,
}

/// Per load site two words: 1 and the value when the load may be read from the table, else
/// 0 (compiled code then asks the interpreter).
pub type CtxTable = Vec<[u64; 2]>;

/// The tables of every program for one lookup input and profile (the run's input
/// generation, [`CtxCache::start`]).
#[derive(Default)]
pub struct CtxCache {
    generation: Option<u64>,
    tables: Vec<Option<CtxTable>>,
}

impl CtxCache {
    /// Starts a run whose lookup input and profile are those of `generation` (the same
    /// number for the same input and profile): tables made for another are dropped.
    pub fn start(&mut self, generation: u64) {
        if self.generation != Some(generation) {
            self.generation = Some(generation);
            self.tables.iter_mut().for_each(|t| *t = None);
        }
    }

    /// The table of program `prog` (whose sites are `sites`) for `input`, the run's input
    /// and `profile` its profile: one entry per site. `input.selected_sk` does not matter
    /// (`ctx->sk` is never in a table).
    #[inline]
    pub fn table(
        &mut self,
        prog: usize,
        sites: &[CtxSite],
        profile: KernelProfile,
        input: &LookupInput,
    ) -> *const u64 {
        // Compiled code reads one entry per site: a table made for other code is remade.
        match self.tables.get(prog) {
            Some(Some(t)) if t.len() == sites.len() => t.as_ptr().cast(),
            _ => self.make(prog, sites, profile, input),
        }
    }

    /// Makes the table [`CtxCache::table`] did not find.
    #[cold]
    fn make(
        &mut self,
        prog: usize,
        sites: &[CtxSite],
        profile: KernelProfile,
        input: &LookupInput,
    ) -> *const u64 {
        if self.tables.len() <= prog {
            self.tables.resize(prog + 1, None);
        }
        let table = sites.iter().map(|s| entry(s, profile, input)).collect();
        self.tables[prog].insert(table).as_ptr().cast()
    }
}

fn entry(site: &CtxSite, profile: KernelProfile, input: &LookupInput) -> [u64; 2] {
    match lasting_value(profile, input, site) {
        Some(v) => [1, v],
        None => [0, 0],
    }
}

/// What a context load reads for `input` when that value holds for the whole lookup (any
/// field but `ctx->sk`, which a program's `bpf_sk_assign` changes); `None` for `ctx->sk`
/// and for loads the context refuses. The interpreter keeps these too
/// ([`crate::ops::CtxMemo`]).
pub(crate) fn lasting_value(
    profile: KernelProfile,
    input: &LookupInput,
    site: &CtxSite,
) -> Option<u64> {
    let kind = if site.sx {
        CtxAccessKind::LoadSx
    } else {
        CtxAccessKind::Load
    };
    let load = ctx_access(profile, site.off, site.size, kind).ok()?;
    if load.field.source == FieldSource::SelectedSocket {
        return None;
    }
    let value = if site.sx {
        ctx_load_value_sx(profile, input, site.off, site.size)
    } else {
        ctx_load_value(profile, input, site.off, site.size)
    };
    value.ok()
}
