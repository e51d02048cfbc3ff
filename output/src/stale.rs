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
        // Exactly `.NAME.PID-N.tmp` (what `Temp::create` makes), never another file.
        let middle = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"));
        let ours = middle
            .and_then(|m| m.split_once('-'))
            .is_some_and(|(pid, n)| {
                [pid, n]
                    .iter()
                    .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            });
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
