//! Busybox and its applet links, from a `busybox --list-full` style list: busybox itself is
//! never run.
use std::path::Path;

use anyhow::{Context, Result};

use super::spec::Spec;

/// The applet list committed as data (`busybox --list-full` of Debian's busybox-static).
const APPLETS: &str = include_str!("../../assets/busybox.applets");

impl Spec {
    /// `/bin/busybox` from `busybox` and a link to it for every applet of the list.
    pub fn busybox(&mut self, busybox: &Path, list: Option<&Path>) -> Result<()> {
        self.file("/bin/busybox", busybox, 0o755)?;
        let text = match list.filter(|p| p.is_file()) {
            Some(p) => std::fs::read_to_string(p)
                .with_context(|| format!("reading applet list {}", p.display()))?,
            None => APPLETS.to_owned(),
        };
        for name in applet_paths(&text) {
            self.slink(&name, "/bin/busybox");
        }
        Ok(())
    }
}

/// Each applet's absolute path: `bin/ls` → `/bin/ls`, a bare `ls` → `/bin/ls`. Blank lines,
/// `#` comments, `busybox` itself and names with `..` or spaces are skipped.
pub fn applet_paths(list: &str) -> Vec<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.contains(' '))
        .map(|l| match l.contains('/') {
            true => format!("/{}", l.trim_start_matches('/')),
            false => format!("/bin/{l}"),
        })
        .filter(|p| !p.split('/').any(|c| c == "..") && !p.ends_with("/busybox"))
        .collect()
}
