//! The tar stream of each kind of archive: the file itself, or its decoder teed into a spool
//! (an unnamed temporary file, so nothing is left behind whatever ends the process).
use std::fs::File;
use std::io::Seek;
use std::path::Path;
use std::sync::Arc;

use super::decode::Compression;
use super::fault::Fault;
use super::read::parse;
use super::stream::{FileStream, SpoolStream};
use crate::error::{Result, io_err};
use crate::meta::Meta;
use crate::node::Node;
use crate::source::Archive;

/// Member data is read from the archive itself.
pub(super) fn plain(
    file: File,
    path: &Path,
    implicit: Meta,
    warnings: &mut Vec<String>,
) -> Result<Result<Node, Fault>> {
    let len = file
        .metadata()
        .map_err(io_err("reading metadata of", path))?
        .len();
    let copy = file.try_clone().map_err(io_err("opening", path))?;
    let archive = Arc::new(Archive::new(copy, path.to_owned()));
    let stream = FileStream::new(file, len).map_err(io_err("reading", path))?;
    Ok(parse(stream, archive, implicit, warnings))
}

/// Member data is read from the spool the decoder's output is copied to.
pub(super) fn compressed(
    kind: Compression,
    mut file: File,
    path: &Path,
    spool_dir: Option<&Path>,
    implicit: Meta,
    warnings: &mut Vec<String>,
) -> Result<Result<Node, Fault>> {
    let spool = spool(spool_dir)?;
    file.rewind().map_err(io_err("reading", path))?;
    let copy = spool
        .try_clone()
        .map_err(io_err("opening the spool for", path))?;
    let archive = Arc::new(Archive::new(copy, path.to_owned()));
    let decoded = kind.decoder(file).map_err(io_err("decompressing", path))?;
    Ok(parse(
        SpoolStream::new(decoded, spool),
        archive,
        implicit,
        warnings,
    ))
}

/// An unnamed file for the decompressed stream: nothing is left behind, even on Ctrl-C.
fn spool(dir: Option<&Path>) -> Result<File> {
    let dir = dir.map_or_else(std::env::temp_dir, Path::to_owned);
    tempfile::tempfile_in(&dir).map_err(io_err("creating a spool file in", dir))
}
