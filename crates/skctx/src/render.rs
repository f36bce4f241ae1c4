//! Text renderings (pure functions returning `String`).
pub fn render_helpers(_p: crate::KernelProfile, _q: crate::Privilege) -> String {
    String::new()
}
pub fn render_ctx(_p: crate::KernelProfile) -> String {
    String::new()
}
pub fn render_docs() -> String {
    String::new()
}
