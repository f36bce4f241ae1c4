pub(super) fn render(run: &super::Run) -> String {
    super::render::summary_line(run)
}
