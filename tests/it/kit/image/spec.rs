//! The kit's `gen_init_cpio` lines. Sources are absolute, so the spec may live anywhere.
use std::fmt::Write;
use std::path::Path;

use crate::kit::tool::is_executable;

/// A spec being written, line by line.
#[derive(Default)]
pub(super) struct Spec {
    text: String,
}

impl Spec {
    /// `file NAME LOCATION MODE 0 0`.
    pub(super) fn file(&mut self, name: &str, host: &Path, mode: u32) {
        let host = host.to_str().expect("kit sources must be UTF-8 paths");
        assert!(
            host.starts_with('/'),
            "spec source {host:?} must be absolute"
        );
        for word in [name, host] {
            assert!(
                !word.contains(char::is_whitespace),
                "gen_init_cpio cannot name {word:?}: it has whitespace"
            );
        }
        writeln!(self.text, "file {name} {host} {mode:o} 0 0").expect("writing to a String");
    }

    /// `file` with mode 0755 if `host` is executable, else 0644.
    pub(super) fn host_file(&mut self, name: &str, host: &Path) {
        assert!(host.is_file(), "{} is not a readable file", host.display());
        self.file(name, host, if is_executable(host) { 0o755 } else { 0o644 });
    }

    /// Any other lines, verbatim.
    pub(super) fn lines(&mut self, lines: &str) {
        self.text.push_str(lines);
        if !lines.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// The finished spec text.
    pub(super) fn finish(self) -> String {
        self.text
    }
}
