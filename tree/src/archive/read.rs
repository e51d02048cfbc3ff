//! `--root ARCHIVE`: tell the format by its first bytes, read every member once, front to
//! back, and build the tree. Member data stays where it is: in the archive when it is
//! uncompressed, else in an unnamed spool holding the decompressed stream.
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use super::build::Builder;
use super::decode::Compression;
use super::fault::Fault;
use super::header::{BLOCK, Block};
use super::member::Reader;
use super::stream::Stream;
use super::{names, open};
use crate::error::{Error, Result, io_err};
use crate::meta::Meta;
use crate::node::Node;
use crate::source::Archive;

/// The node tree of the archive at `path`; missing parents get `implicit` metadata.
pub(crate) fn read(
    path: &Path,
    spool_dir: Option<&Path>,
    implicit: Meta,
    warnings: &mut Vec<String>,
) -> Result<Node> {
    let file = File::open(path).map_err(io_err("opening", path))?;
    let mut head = [0u8; BLOCK];
    let got = Archive::new(
        file.try_clone().map_err(io_err("opening", path))?,
        path.into(),
    )
    .read_at(0, &mut head)
    .map_err(io_err("reading", path))?;
    let parsed = match Compression::sniff(&head[..got]) {
        Some(kind) => open::compressed(kind, file, path, spool_dir, implicit, warnings)?,
        None if got == BLOCK && (Block(&head).is_zero() || Block(&head).checksum_ok()) => {
            open::plain(file, path, implicit, warnings)?
        }
        None => {
            let why = "not a directory or a tar archive (plain, gzip, zstd or xz)".into();
            return Err(Error::NotATree {
                path: path.to_owned(),
                why,
            });
        }
    };
    parsed.map_err(|f| f.into_error(path))
}

pub(super) fn parse(
    stream: impl Stream,
    archive: Arc<Archive>,
    implicit: Meta,
    warnings: &mut Vec<String>,
) -> Result<Node, Fault> {
    let mut reader = Reader::new(stream);
    let mut tree = Builder::new(archive, implicit);
    while let Some(member) = reader.next(warnings)? {
        tree.add(member, warnings)?;
    }
    if tree.pending {
        names::resolve(&mut tree.root)?;
    }
    Ok(tree.root)
}
