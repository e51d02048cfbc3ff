//! The image file: `anvil_output::Temp` (a checked target, a temporary file beside it), sized
//! up front, renamed into place only when everything is written — a failure or a signal
//! leaves nothing behind.
use std::path::Path;

use anvil_output::Temp;

use crate::error::{Error, Result};
use crate::vdev::Sink;

/// The temporary image and where it goes.
#[derive(Debug)]
pub struct Output {
    temp: Temp,
}

impl Output {
    /// A `size`-byte (sparse) temporary file in `target`'s directory.
    pub fn create(target: &Path, size: u64) -> Result<Output> {
        let io = |what| {
            move |source| Error::Io {
                what,
                path: target.to_owned(),
                source,
            }
        };
        let temp = Temp::create(target).map_err(io("creating"))?;
        temp.file().set_len(size).map_err(io("sizing"))?;
        Ok(Output { temp })
    }

    /// A writer on the file.
    pub fn sink(&self) -> Result<Sink> {
        let file = self
            .temp
            .file()
            .try_clone()
            .map_err(|source| Error::Image {
                what: "opening the image",
                source,
            })?;
        Ok(Sink::new(file))
    }

    /// Syncs and renames the image into place (mode 0666 less the umask).
    pub fn commit(self, sink: Sink) -> Result<()> {
        let io = |what| move |source| Error::Image { what, source };
        if let Some(file) = sink.into_file() {
            file.sync_all().map_err(io("syncing the image"))?;
        }
        self.temp
            .commit()
            .map_err(io("renaming the image into place"))
    }
}
