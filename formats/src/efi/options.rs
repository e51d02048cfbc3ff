//! What the ESP writer is asked for and what it hands back, in our own words.
use std::path::Path;

use tempfile::NamedTempFile;

/// How the FAT volume is labelled and dated.
#[derive(Clone, Debug)]
pub struct EspOptions {
    /// Volume label: at most 11 characters, upper-case letters, digits and `_`.
    pub label: String,
    /// `SOURCE_DATE_EPOCH`: the date of every file and directory and of the label entry.
    /// `None` dates them 1980-01-01 (FAT's first date), still reproducibly.
    pub epoch: Option<i64>,
    /// The volume serial number: fixed by the caller so equal input gives equal bytes.
    pub serial: u32,
}

/// A written ESP image: a temporary file, deleted when this is dropped.
#[derive(Debug)]
pub struct Esp {
    pub(super) file: NamedTempFile,
    /// Removes it on a signal too.
    pub(super) _held: anvil_output::Held,
    pub(super) size: u64,
}

impl Esp {
    /// Where the image is on the host, until this is dropped.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Its size in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }
}
