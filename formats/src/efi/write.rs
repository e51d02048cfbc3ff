//! The orchestrator: size the volume → create a temporary file of that size beside the
//! output → format it and copy the files in through hadris-fat → hand back the file.
use std::io;
use std::path::Path;

use hadris_fat::{FatOptions, VolumeLabel};
use hadris_fs::{Content, DateTime, NoClock, Node, Tree};
use hadris_storage::host::FileDevice;

use super::options::{Esp, EspOptions};
use super::plan::volume_bytes;
use crate::error::{Result, io_err};
use crate::iso::{Extra, Source};

/// Writes a FAT image holding `files` into a temporary file in `dir`, as `opts` says.
pub fn write(files: &[Extra], opts: &EspOptions, dir: &Path) -> Result<Esp> {
    let mut tree = Tree::new();
    let lens = files
        .iter()
        .map(|f| add(&mut tree, f))
        .collect::<Result<Vec<u64>>>()?;
    let size = volume_bytes(files, &lens);
    let fat = fat_options(opts, size).map_err(io_err("labelling", "the ESP image"))?;
    let file = tempfile::Builder::new()
        .prefix(".esp.")
        .suffix(".img.tmp")
        .tempfile_in(dir)
        .map_err(io_err("creating a temporary file in", dir))?;
    let _held = anvil_output::Held::new(file.path());
    let dev = file
        .reopen()
        .and_then(FileDevice::new)
        .map_err(io_err("opening", file.path()))?;
    hadris_fat::sync::write(dev, &tree, &fat)
        .map_err(|e| io_err("writing the ESP image", file.path())(io::Error::from(e)))?;
    Ok(Esp { file, _held, size })
}

/// Puts `f` into `tree` (parents created, dated by the options), returning its length.
fn add(tree: &mut Tree, f: &Extra) -> Result<u64> {
    let at = format!("/{} in the ESP image", f.path);
    let (content, len) = match &f.source {
        Source::Host(path) => {
            let len = path.metadata().map_err(io_err("measuring", path))?.len();
            let content = hadris_fs::host::file(path);
            (content.map_err(|e| io_err("opening", path)(e.into()))?, len)
        }
        Source::Bytes(bytes) => (Content::bytes(bytes.clone()), bytes.len() as u64),
    };
    tree.insert(&f.path, Node::file(content))
        .map_err(|e| io_err("placing", at)(e.into()))?;
    Ok(len)
}

/// The hadris options: exact size, label, serial and date; FAT variant chosen by size.
fn fat_options(opts: &EspOptions, size: u64) -> io::Result<FatOptions> {
    let invalid = |e: String| io::Error::new(io::ErrorKind::InvalidInput, e);
    let time = match opts.epoch {
        Some(sec) => DateTime::new(sec, 0).map_err(|e| invalid(e.to_string()))?,
        None => NoClock::TIME,
    };
    let label = VolumeLabel::new(&opts.label)
        .map_err(|e| invalid(format!("label {:?}: {e:?}", opts.label)))?;
    Ok(FatOptions::new()
        .with_size(size)
        .with_label(label)
        .with_serial(opts.serial)
        .with_time(time))
}
