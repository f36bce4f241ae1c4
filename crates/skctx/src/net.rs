//! Tuples and socket descriptions (owned by the kernel-crate work).
