//! Our tree and the boot files → hadris's input tree, hard links included.
use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use anvil_tree::{Entry, Meta, Time, Tree};
use hadris_fs::{Content, Node, PathError, Tree as HTree};

use super::node::{attrs, node};
use super::options::{Extra, Source};
use super::sources::{Failure, contents};
use crate::error::{Error, Result};

/// The hadris tree for `tree` with `extras` added; `time` dates the extras.
/// File bytes are read lazily; the [`Failure`] will hold the first read that failed.
pub(super) fn build(tree: &Tree, extras: &[Extra], time: Time) -> Result<(HTree, Failure)> {
    let mut out = HTree::new();
    let (contents, failure) = contents(tree)?;
    let mut contents = contents.into_iter();
    for (i, e) in tree.entries().iter().enumerate() {
        let first = tree.first_name(i).map(|f| &tree.entries()[f].path[..]);
        add_entry(&mut out, e, first, &mut contents)?;
    }
    let meta = Meta {
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: time,
    };
    for x in extras {
        let content = match &x.source {
            Source::Host(path) => hadris_fs::host::file(path).map_err(path_err("opening", path))?,
            Source::Bytes(bytes) => Content::bytes(bytes.clone()),
        };
        let node = Node::file(content).with_attrs(attrs(&meta, x.path.as_bytes())?);
        out.insert(&x.path, node)
            .map_err(path_err("placing", &x.path))?;
    }
    Ok((out, failure))
}

/// Adds one entry; a later name of a hard-link group becomes a link to its `first` name; an
/// inode's file takes the next of `contents`.
fn add_entry(
    out: &mut HTree,
    e: &Entry,
    first: Option<&[u8]>,
    contents: &mut impl Iterator<Item = Content>,
) -> Result<()> {
    let at = image_path(&e.path);
    if let Some(existing) = first {
        return out.link(existing, &e.path).map_err(path_err("linking", at));
    }
    let content = || contents.next().expect("one content per stored file");
    let node = node(&e.kind, content).with_attrs(attrs(&e.meta, &e.path)?);
    let done = match e.path.is_empty() {
        true => out.replace("", node),
        false => out.insert(&e.path, node),
    };
    done.map_err(path_err("adding", at))
}

/// An image path (no leading slash) as a displayable `/`-rooted path.
pub(super) fn image_path(path: &[u8]) -> PathBuf {
    Path::new("/").join(OsStr::from_bytes(path))
}

/// Maps a hadris error to ours, keeping its message and the path concerned.
pub(super) fn path_err(
    what: &'static str,
    path: impl AsRef<Path>,
) -> impl FnOnce(PathError) -> Error {
    let path = path.as_ref().to_owned();
    move |e| Error::Io {
        what,
        path,
        source: io::Error::from(e),
    }
}

/// A hadris warning in our words: the image path first, when it names one.
pub(super) fn warning(w: &hadris_fs::Warning) -> String {
    let path = w.path().map(|p| String::from_utf8_lossy(p).into_owned());
    match path {
        Some(path) => format!("/{path}: {}", w.message()),
        None => w.message().to_owned(),
    }
}
