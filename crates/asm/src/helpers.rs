//! Helper names in `call bpf_sk_assign`, resolved through the skctx helper table (the one
//! table of helper ids and names).

/// The helper id for `name` (`bpf_sk_assign` or `sk_assign`), if it names a kernel helper.
/// `unspec` (id 0) is not a callable name.
pub fn helper_id(name: &str) -> Option<i32> {
    skctx::helper_by_name(name)
        .map(|h| h.id)
        .filter(|&id| id != 0)
}
