//! A gen_init_cpio-style spec written by the build (every entry owned by 0:0), and the
//! busybox applet links, taken from a list file: busybox itself is never run.
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// The applet list committed as data (`busybox --list-full` of Debian's busybox-static).
const APPLETS: &str = include_str!("../../assets/busybox.applets");

/// Spec lines, with the paths already given (a later duplicate is skipped).
#[derive(Default)]
pub struct Spec {
    text: String,
    paths: BTreeSet<String>,
}

impl Spec {
    /// `dir NAME MODE 0 0`.
    pub fn dir(&mut self, name: &str, mode: u32) {
        self.line(name, format!("dir {name} {mode:o} 0 0"));
    }

    /// `file NAME LOCATION MODE 0 0`, the location made absolute.
    pub fn file(&mut self, name: &str, from: &Path, mode: u32) -> Result<()> {
        let abs =
            std::path::absolute(from).with_context(|| format!("resolving {}", from.display()))?;
        let loc = abs.to_str().unwrap_or_default();
        if loc.is_empty() || loc.contains(char::is_whitespace) {
            bail!(
                "{}: the spec format needs a path without spaces",
                abs.display()
            );
        }
        self.line(name, format!("file {name} {loc} {mode:o} 0 0"));
        Ok(())
    }

    /// `slink NAME TARGET 777 0 0`.
    pub fn slink(&mut self, name: &str, target: &str) {
        self.line(name, format!("slink {name} {target} 777 0 0"));
    }

    /// `nod NAME MODE 0 0 c MAJOR MINOR`.
    pub fn char_dev(&mut self, name: &str, mode: u32, major: u32, minor: u32) {
        self.line(name, format!("nod {name} {mode:o} 0 0 c {major} {minor}"));
    }

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

    /// The spec's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn line(&mut self, name: &str, line: String) {
        if self.paths.insert(name.to_owned()) {
            let _ = writeln!(self.text, "{line}");
        }
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
