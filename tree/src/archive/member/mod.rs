//! Members: the headers that describe one archived object (pax `x`/`g` records, GNU `L`/`K`
//! long names, the object's own header, sparse maps) read into one [`Member`].
mod build; // one header + its extensions → Member
mod entry; // Member: what the archive says about one object
mod ext; // pax x/g records, GNU long names, padding
mod file; // a regular member: plain, or sparse with its map
mod libarchive; // LIBARCHIVE.xattr names and values
mod meta; // mode, owner and time from header and pax
mod pax_keys; // pax records → overrides of header fields
mod reader; // Reader: header blocks in stream order, end of archive
mod runs; // a sparse map checked and made into Segments
mod sparse; // GNU sparse maps: old `S` headers, pax 0.0, 0.1 and 1.0
mod time; // pax mtime with fraction and sign

pub(super) use entry::{Member, What};
pub(super) use reader::Reader;
