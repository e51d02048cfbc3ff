//! What went wrong where: a message with the stream offset of the header at fault and the
//! member's name when known, made into [`Error::Archive`] once the archive path is added.
use std::io;
use std::path::Path;

use crate::error::Error;

/// An archive error before the archive's path is attached.
#[derive(Debug)]
pub(super) struct Fault {
    pub offset: u64,
    pub entry: Option<Vec<u8>>,
    pub msg: String,
}

impl Fault {
    /// `msg` about the header at `offset`.
    pub fn at(offset: u64, msg: impl Into<String>) -> Fault {
        let msg = msg.into();
        Fault {
            offset,
            entry: None,
            msg,
        }
    }

    /// An I/O error of the stream (already labelled by decoders and the spool).
    pub fn io(offset: u64, e: &io::Error) -> Fault {
        Fault::at(offset, e.to_string())
    }

    /// Names the member, unless a name is already given.
    pub fn entry(mut self, name: &[u8]) -> Fault {
        self.entry.get_or_insert_with(|| name.to_vec());
        self
    }

    /// The crate's error for the archive at `path`.
    pub fn into_error(self, path: &Path) -> Error {
        Error::Archive {
            archive: path.to_owned(),
            offset: self.offset,
            entry: self.entry.map(|e| String::from_utf8_lossy(&e).into_owned()),
            msg: self.msg,
        }
    }
}

/// `.at(offset)` on a `Result<T, String>`.
pub(super) trait FaultAt<T> {
    fn at(self, offset: u64) -> Result<T, Fault>;
}

impl<T> FaultAt<T> for Result<T, String> {
    fn at(self, offset: u64) -> Result<T, Fault> {
        self.map_err(|msg| Fault::at(offset, msg))
    }
}
