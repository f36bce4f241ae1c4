//! Per-slot buffers kept from one `verify` to the next on the same thread. A long program's
//! arrays (decoded slots, CFG marks, pruning lists, stack-liveness masks) are megabytes, and
//! freshly allocated they are fresh pages: each call faulted them in again (about 1,100
//! page faults per `verify` of a 100k-slot program). A buffer given back keeps its pages;
//! the next call clears and refills it.

use std::cell::RefCell;
use std::ops::{Deref, DerefMut};

/// Buffers kept per element type and thread: enough for one walk's arrays of that type
/// (the stack liveness keeps three `u64` arrays per function instance).
const KEPT: usize = 16;

/// A larger buffer is freed, not kept: a thread that once verified a program near the 1M
/// slot limit would otherwise hold its tens of megabytes for good. (A 100k-slot program's
/// largest array, its decoded slots, is 1.6 MB.)
const KEPT_BYTES: usize = 4 << 20;

/// An element type whose vectors are kept: each has its own thread-local list.
pub(crate) trait Reusable: Sized + 'static {
    fn with_kept<R>(f: impl FnOnce(&mut Vec<Vec<Self>>) -> R) -> Option<R>;
}

macro_rules! reusable {
    ($($t:ty => $kept:ident),* $(,)?) => {$(
        thread_local! {
            static $kept: RefCell<Vec<Vec<$t>>> = const { RefCell::new(Vec::new()) };
        }

        impl Reusable for $t {
            fn with_kept<R>(f: impl FnOnce(&mut Vec<Vec<Self>>) -> R) -> Option<R> {
                // `None` while the thread's locals are being destroyed.
                $kept.try_with(|k| f(&mut k.borrow_mut())).ok()
            }
        }
    )*};
}

reusable! {
    u64 => KEPT_U64,
    u32 => KEPT_U32,
    u8 => KEPT_U8,
    bool => KEPT_BOOL,
    crate::cfg::Slot => KEPT_SLOTS,
    crate::cfg::Marks => KEPT_MARKS,
}

/// A vector whose buffer is kept for the thread's next [`Kept::empty`] or [`Kept::filled`]
/// when it is dropped (its elements are dropped then).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Kept<T: Reusable>(Vec<T>);

impl<T: Reusable> Kept<T> {
    /// An empty vector with room for `capacity` elements, in a kept buffer when there is one.
    pub(crate) fn empty(capacity: usize) -> Kept<T> {
        let mut v = T::with_kept(|k| k.pop()).flatten().unwrap_or_default();
        v.reserve(capacity);
        Kept(v)
    }

    /// `vec![fill; len]`, in a kept buffer when there is one.
    pub(crate) fn filled(len: usize, fill: T) -> Kept<T>
    where
        T: Clone,
    {
        let mut v = Kept::empty(len);
        v.resize(len, fill);
        v
    }
}

impl<T: Reusable> Drop for Kept<T> {
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.0);
        if v.capacity() == 0 || v.capacity() * std::mem::size_of::<T>() > KEPT_BYTES {
            return;
        }
        v.clear();
        T::with_kept(|k| {
            if k.len() < KEPT {
                k.push(v);
            }
        });
    }
}

impl<T: Reusable> Deref for Kept<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T: Reusable> DerefMut for Kept<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_given_back_is_reused_cleared_and_refilled() {
        let mut v = Kept::filled(1000, 0u64);
        v[7] = 9;
        let at = v.as_ptr();
        drop(v);
        let w = Kept::filled(500, 0u64);
        assert_eq!(w.as_ptr(), at);
        assert_eq!(*w, vec![0u64; 500]);
        drop(w);
        let e: Kept<u64> = Kept::empty(10);
        assert!(e.is_empty() && e.capacity() >= 1000);
    }

    #[test]
    fn a_buffer_past_the_bound_is_freed() {
        drop(Kept::filled(KEPT_BYTES / 8 + 1, 0u64));
        let next: Kept<u64> = Kept::empty(1);
        assert!(next.capacity() < KEPT_BYTES / 8);
    }
}
