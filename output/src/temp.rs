//! `Temp`: the hidden file an output is written to, renamed onto its target at the end.
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::{check, registry, stale};

/// A temporary output: removed when dropped uncommitted (or on a signal).
#[derive(Debug)]
pub struct Temp {
    file: File,
    path: PathBuf,
    target: PathBuf,
    done: bool,
}

impl Temp {
    /// Checks `target` and creates `.NAME.PID-N.tmp` beside it, mode 0666 less the umask.
    pub fn create(target: &Path) -> io::Result<Temp> {
        check::target(target)?;
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        stale::remove(dir, &name);
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o666)
            .open(&path)
            .map_err(|e| context(e, "creating a temporary file in", dir))?;
        registry::add(&path);
        let temp = Temp {
            file,
            path,
            target: target.to_owned(),
            done: false,
        };
        temp.file.try_lock().map_err(io::Error::from)?;
        Ok(temp)
    }

    /// The open temporary file.
    pub fn file(&self) -> &File {
        &self.file
    }

    /// Where the temporary file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where it goes on commit.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Syncs the file and renames it onto the target (checked again: it may have changed).
    pub fn commit(mut self) -> io::Result<()> {
        self.file.sync_all()?;
        check::target(&self.target)?;
        std::fs::rename(&self.path, &self.target)
            .map_err(|e| context(e, "renaming the output onto", &self.target))?;
        self.done = true;
        registry::forget(&self.path);
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.path);
            registry::forget(&self.path);
        }
    }
}

fn context(e: io::Error, what: &str, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{what} {}: {e}", path.display()))
}
