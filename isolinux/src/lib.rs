//! isolinux, the BIOS side of an Anvil ISO: `isolinux.cfg` rendered from a [`Config`], and
//! Debian's prebuilt boot files ([`Assets`]) located on the host.
//!
//! Nothing here runs a host tool: the assets are plain files read by the ISO writer, which
//! puts `isolinux.bin` in the El Torito catalog and `isohdpfx.bin` in the MBR.
#![forbid(unsafe_code)]

mod assets; // isolinux.bin, ldlinux.c32, isohdpfx.bin from the `isolinux`/`syslinux-common` packages
mod config; // Config → isolinux.cfg text
mod error; // Error, Result

pub use assets::{Asset, Assets};
pub use config::Config;
pub use error::{Error, Result};
