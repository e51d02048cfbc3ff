//! gzip (RFC 1952): the member header, a run of members inflated as one stream, each
//! member's trailer.
pub(crate) mod gzip; // the gzip member header (RFC 1952 §2.3)
pub(crate) mod inflate; // a run of gzip members as one unpacked stream
pub(crate) mod member; // a member's trailer: CRC-32 and ISIZE; the next member
