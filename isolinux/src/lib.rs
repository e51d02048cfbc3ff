//! The boot loaders of an Anvil ISO: isolinux for BIOS (`isolinux.cfg`) and systemd-boot for
//! UEFI (`loader.conf` + one entry), both rendered from one [`Config`], and Debian's prebuilt
//! boot files ([`Assets`], [`Asset::systemd_boot`]) located on the host.
//!
//! Nothing here runs a host tool: the assets are plain files read by the ISO writer, which
//! puts `isolinux.bin` in the El Torito catalog and `isohdpfx.bin` in the MBR.
#![forbid(unsafe_code)]

mod assets; // isolinux.bin, ldlinux.c32, isohdpfx.bin from the `isolinux`/`syslinux-common` packages
mod config; // Config → isolinux.cfg text
mod error; // Error, Result
mod layout; // which files each loader needs, at which path of the ISO or the ESP
mod systemd_boot; // the UEFI loader: loader.conf + entry from the same Config, its asset

pub use assets::{Asset, Assets};
pub use config::Config;
pub use error::{Error, Result};
pub use layout::{BOOT_CATALOG, From, ISOLINUX_BIN, Placed};
pub use systemd_boot::ESP_LOADER;
