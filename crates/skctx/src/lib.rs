//! Everything SK_LOOKUP-specific, as tables mirroring the kernel.
pub mod net;
