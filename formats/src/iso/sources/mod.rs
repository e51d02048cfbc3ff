//! Every tree file as lazy hadris content. hadris has no public constructor for content read
//! through a custom reader, but `read_tree` on a mounted `Volume` gives nodes read lazily
//! through the volume. So our sources become the files of a flat read-only filesystem (name =
//! index), mounted once and read as a tree; each file's content is then taken from it. Reads
//! go through `Source::open`, so a source that changed size still fails the write, and the
//! first failure is kept whole in a [`Failure`] slot, as hadris reports only its own words.
mod fs; // SourceFs: the FileSystem trait over a flat list of sources
mod mount; // mount → read_tree → one Content per source, in order
mod read; // positioned reads through one cached size-checked reader; the failure slot

pub(super) use mount::contents;
pub(super) use read::Failure;
