//! All-or-nothing output: bytes go to a temporary file beside the target, renamed at the end.
use std::fs::Permissions;
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Result, io_err};

/// A file that appears at its path only on [`AtomicFile::commit`]; dropped uncommitted, it
/// leaves nothing behind.
#[derive(Debug)]
pub struct AtomicFile {
    temp: NamedTempFile,
    target: PathBuf,
}

impl AtomicFile {
    /// Creates a hidden temporary file in `target`'s directory (same filesystem, so the final
    /// rename is atomic).
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(io_err("creating a temporary file in", dir))?;
        Ok(AtomicFile {
            temp,
            target: target.to_owned(),
        })
    }

    /// Flushes to disk, sets mode 0644 and renames the file to its target.
    pub fn commit(self) -> Result<()> {
        let file = self.temp.as_file();
        file.sync_all().map_err(io_err("syncing", &self.target))?;
        file.set_permissions(Permissions::from_mode(0o644))
            .map_err(io_err("setting mode of", &self.target))?;
        let target = self.target;
        self.temp
            .persist(&target)
            .map_err(|e| io_err("renaming into", &target)(e.error))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}
