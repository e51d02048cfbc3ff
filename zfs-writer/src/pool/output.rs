//! The image file: a temporary file beside the target, sized up front, renamed into place
//! only when everything is written — a failure leaves nothing behind.
use std::fs::Permissions;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::vdev::Sink;

/// The temporary image and where it goes.
#[derive(Debug)]
pub struct Output {
    temp: NamedTempFile,
    target: PathBuf,
}

impl Output {
    /// A `size`-byte (sparse) temporary file in `target`'s directory.
    pub fn create(target: &Path, size: u64) -> Result<Output> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let io = |what| {
            move |source| Error::Io {
                what,
                path: dir.to_owned(),
                source,
            }
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(io("creating a temporary file in"))?;
        temp.as_file()
            .set_len(size)
            .map_err(io("sizing the image in"))?;
        Ok(Output {
            temp,
            target: target.to_owned(),
        })
    }

    /// A writer on the file.
    pub fn sink(&self) -> Result<Sink> {
        let file = self
            .temp
            .as_file()
            .try_clone()
            .map_err(|source| Error::Image {
                what: "opening the image",
                source,
            })?;
        Ok(Sink::new(file))
    }

    /// Syncs, sets mode 0644 and renames the image into place.
    pub fn commit(self, sink: Sink) -> Result<()> {
        let io = |what| move |source| Error::Image { what, source };
        sink.into_file()
            .sync_all()
            .map_err(io("syncing the image"))?;
        let perm = Permissions::from_mode(0o644);
        self.temp
            .as_file()
            .set_permissions(perm)
            .map_err(io("setting the image's mode"))?;
        self.temp
            .persist(&self.target)
            .map_err(|e| io("renaming the image into place")(e.error))?;
        Ok(())
    }
}
