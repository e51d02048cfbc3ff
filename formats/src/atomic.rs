//! All-or-nothing output through `anvil_output::Temp`: a checked target, a temporary file
//! beside it, renamed at the end.
use std::io::{self, Write};
use std::path::Path;

use anvil_output::Temp;

use crate::error::{Result, io_err};

/// A file that appears at its path only on [`AtomicFile::commit`]; dropped uncommitted (or on
/// SIGINT, SIGTERM, SIGHUP), it leaves nothing behind.
#[derive(Debug)]
pub struct AtomicFile {
    temp: Temp,
}

impl AtomicFile {
    /// Checks `target` (a new path or a regular file) and creates the temporary beside it.
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let temp = Temp::create(target).map_err(io_err("creating", target))?;
        Ok(AtomicFile { temp })
    }

    /// Flushes to disk and renames the file to its target (mode 0666 less the umask).
    pub fn commit(self) -> Result<()> {
        let target = self.temp.target().to_owned();
        self.temp.commit().map_err(io_err("writing", &target))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.file().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.file().flush()
    }
}
