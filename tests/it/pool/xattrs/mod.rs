//! Extended attributes and POSIX ACLs, read from a directory, judged by zdb and the kernel.
pub mod fixture; // a tmpfs tree with user., trusted., security. xattrs, ACLs and a capability
pub mod guest; // the kernel: every name and value, ACLs, getcap, scrub, a new xattr re-read
mod image; // the fixture's pool image, zdb -bcc checked
pub mod listing; // getfattr, getfacl, getcap and stat of every entry: host and guest alike
mod refused; // what Linux refuses is refused, naming the entry
mod zdb; // zdb -bcc clean; zdb -dddd decodes the SA xattrs
