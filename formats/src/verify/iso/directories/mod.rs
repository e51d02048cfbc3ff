//! Walking a directory hierarchy: breadth first, every directory once, relocated
//! directories at their POSIX place; then the Joliet twin, the extents and the counts.
pub(crate) mod counts;
pub(crate) mod extents; // no two extents overlap
pub(crate) mod joliet; // the Joliet hierarchy against the primary one
pub(crate) mod relocation; // RRIP CL, PL, RE: directories below depth 8
pub(crate) mod walk; // the directory hierarchy, breadth first
pub(crate) mod walk_node; // one record → one node: Rock Ridge, name, path // the report's counts
