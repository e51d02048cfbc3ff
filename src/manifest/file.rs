//! The manifest file: its path (relative paths in it start from its directory), its text
//! (for line numbers) and its parsed sections; `FILE:LINE:COL` for any span in it.
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};

use super::parse::{DatasetSection, ManifestFile, PoolSection};

/// A manifest as read.
#[derive(Debug)]
pub struct Manifest {
    pub path: PathBuf,
    text: String,
    pub pool: PoolSection,
    pub(super) datasets: Vec<DatasetSection>,
}

impl Manifest {
    /// Reads and parses `path`.
    pub fn read(path: &Path) -> Result<Manifest> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading manifest {}", path.display()))?;
        let file: ManifestFile = toml::from_str(&text).map_err(|e| {
            let (file, message) = (path.display(), e.message());
            match e.span() {
                Some(span) => {
                    let (at, line) = (line_col(&text, span.clone()), source_line(&text, span));
                    anyhow!("{file}:{at}: {message} (in `{line}`)")
                }
                None => anyhow!("{file}: {message}"),
            }
        })?;
        let (pool, datasets) = (file.pool, file.dataset);
        let path = path.to_owned();
        Ok(Manifest {
            path,
            text,
            pool,
            datasets,
        })
    }

    /// `FILE:LINE:COL` of the value at `span`, for errors about it.
    pub fn at(&self, span: Range<usize>) -> String {
        format!("{}:{}", self.path.display(), line_col(&self.text, span))
    }

    /// The files and directories the manifest reads: itself, its datasets' roots and specs.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let named = self.datasets.iter().flat_map(|d| [&d.root, &d.spec]);
        let named = named.flatten().map(|p| self.dir().join(p));
        std::iter::once(self.path.clone()).chain(named).collect()
    }

    /// The directory that a manifest's relative paths start from.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }
}

/// `LINE:COL` (both from 1, columns in characters) where `span` starts in `text`.
fn line_col(text: &str, span: Range<usize>) -> String {
    let before = text.get(..span.start).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    format!("{}:{col}", before.matches('\n').count() + 1)
}

/// The line of `text` where `span` starts, trimmed.
fn source_line(text: &str, span: Range<usize>) -> &str {
    let start = text
        .get(..span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    text[start..].lines().next().unwrap_or_default().trim()
}
