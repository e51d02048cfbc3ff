//! Progress bars: drawn on a terminal's stderr, hidden when stderr is a pipe or file (CI).
use indicatif::{ProgressBar, ProgressStyle};

/// A bar counting `total` bytes, labelled `what`.
pub fn bytes(total: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{prefix:>10} [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    )
    .expect("the template is valid")
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix(what.to_owned());
    bar
}
