//! Debian's syslinux 6 build: the files an isolinux ISO needs, and the package of each.
//! isolinux.bin and ldlinux.c32 must come from the same build (syslinux 5.00 NEWS).
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One boot file on the host, with the Debian package that ships it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Host path of the file.
    pub path: PathBuf,
    /// The Debian package that installs it there.
    pub package: &'static str,
}

/// The three files an isolinux hybrid ISO is made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// The El Torito no-emulation boot image (carries the isohybrid signature at 0x40).
    pub isolinux_bin: Asset,
    /// The syslinux core module isolinux.bin loads from its own directory.
    pub ldlinux_c32: Asset,
    /// The 432-byte isohybrid MBR boot code (`isohdpfx.bin`, the plain variant).
    pub isohdpfx_bin: Asset,
}

impl Assets {
    /// Where Debian 12 installs them (packages `isolinux` and `syslinux-common`).
    pub fn debian() -> Assets {
        Assets {
            isolinux_bin: asset("/usr/lib/ISOLINUX/isolinux.bin", "isolinux"),
            ldlinux_c32: asset(
                "/usr/lib/syslinux/modules/bios/ldlinux.c32",
                "syslinux-common",
            ),
            isohdpfx_bin: asset("/usr/lib/ISOLINUX/isohdpfx.bin", "isolinux"),
        }
    }

    /// Debian's assets, failing with the package to install when one is missing.
    pub fn find() -> Result<Assets> {
        let assets = Assets::debian();
        for a in [
            &assets.isolinux_bin,
            &assets.ldlinux_c32,
            &assets.isohdpfx_bin,
        ] {
            a.check()?;
        }
        Ok(assets)
    }
}

impl Asset {
    /// Fails with [`Error::MissingAsset`] unless the file is there and is a regular file.
    pub fn check(&self) -> Result<()> {
        match self.path.is_file() {
            true => Ok(()),
            false => Err(Error::MissingAsset {
                path: self.path.clone(),
                package: self.package,
            }),
        }
    }

    /// The file's bytes (the MBR code is embedded rather than streamed).
    pub fn read(&self) -> Result<Vec<u8>> {
        self.check()?;
        std::fs::read(&self.path).map_err(|source| Error::Unreadable {
            path: self.path.clone(),
            source,
        })
    }
}

fn asset(path: &str, package: &'static str) -> Asset {
    Asset {
        path: Path::new(path).to_owned(),
        package,
    }
}

#[cfg(test)]
mod tests;
