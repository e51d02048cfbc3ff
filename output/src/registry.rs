//! The temporary files and work directories this process holds: what a signal removes.
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static HELD: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn held() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    HELD.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub(crate) fn add(path: &Path) {
    held().push(path.to_owned());
}

pub(crate) fn forget(path: &Path) {
    held().retain(|p| p != path);
}

/// Removes every held temporary file and work directory (the signal handler's work).
pub fn remove_all() {
    for path in held().drain(..) {
        let _ = std::fs::remove_file(&path).or_else(|_| std::fs::remove_dir_all(&path));
    }
}

/// A directory removed with everything in it when dropped or when a signal ends the run.
#[derive(Debug)]
pub struct WorkDir(PathBuf);

impl WorkDir {
    /// Creates `path` (removing what a killed run left there first).
    pub fn create(path: &Path) -> std::io::Result<WorkDir> {
        let _ = std::fs::remove_dir_all(path);
        std::fs::create_dir_all(path)?;
        add(path);
        Ok(WorkDir(path.to_owned()))
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
        forget(&self.0);
    }
}

/// A temporary file its owner removes when done, registered so a signal removes it too.
#[derive(Debug)]
pub struct Held(PathBuf);

impl Held {
    /// Registers `path` until this is dropped.
    pub fn new(path: &Path) -> Held {
        add(path);
        Held(path.to_owned())
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        forget(&self.0);
    }
}
