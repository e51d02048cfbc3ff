//! A run killed by SIGKILL (or a power cut) leaves its `.NAME.*.tmp` behind. The next run
//! for the same target removes those no live run holds: each run keeps an exclusive lock on
//! its own temporary, so one that can be locked is abandoned.
use std::fs::{self, OpenOptions};
use std::path::Path;

/// Removes the abandoned temporaries of target file `name` in `dir`.
pub(crate) fn remove(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let ours = file.starts_with(&prefix) && file.ends_with(".tmp");
        if !ours || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let abandoned = OpenOptions::new()
            .write(true)
            .open(&path)
            .is_ok_and(|f| f.try_lock().is_ok());
        if abandoned {
            let _ = fs::remove_file(&path);
        }
    }
}
