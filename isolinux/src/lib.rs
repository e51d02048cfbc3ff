//! isolinux configuration (`isolinux.cfg`) and the location of Debian's isolinux assets.
//!
//! Nothing is rendered yet: the bootable ISO is issue 4. Until then `anvil-assemble` has no
//! `iso` command, rather than a fake one.
#![forbid(unsafe_code)]
