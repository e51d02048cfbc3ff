//! ECMA-119 itself: numbers, dates, directory records and extents, descriptors, path
//! tables, record order, names, and the `Node` a walk finds.
pub(crate) mod both_endian; // LE, BE and both-byte-order fields (ECMA-119 §7)
pub(crate) mod datetime; // ECMA-119 dates → Unix seconds
pub(crate) mod dir_read; // one directory extent → its records
pub(crate) mod dir_record; // one directory record (§9.1)
pub(crate) mod hierarchy; // a descriptor's root record and path tables
pub(crate) mod names; // Rock Ridge, Joliet and ISO 9660 names
pub(crate) mod node;
pub(crate) mod order; // the order of a primary directory's records (§9.3)
pub(crate) mod path_table; // type L and M path tables (§9.4)
pub(crate) mod volume; // the volume descriptor set (§8) // Node: one entry found by the walk
