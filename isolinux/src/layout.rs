//! Which files each loader needs and where they go: isolinux's on the ISO, systemd-boot's in
//! the ESP. The ISO writer places them; the kernel and initramfs paths come from [`Config`].
use std::path::PathBuf;

use crate::assets::{Asset, Assets};
use crate::config::Config;
use crate::error::Result;
use crate::systemd_boot::ESP_LOADER;

/// Where isolinux.bin sits in the ISO; ldlinux.c32 and isolinux.cfg go beside it.
pub const ISOLINUX_BIN: &str = "isolinux/isolinux.bin";
/// The visible El Torito boot catalog, beside isolinux.bin as Debian places it.
pub const BOOT_CATALOG: &str = "isolinux/boot.cat";

/// A file a loader needs, at its path in the image (ISO or ESP; `/`-separated, no leading
/// slash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// Path inside the image.
    pub path: String,
    /// Where its bytes come from.
    pub from: From,
}

/// The bytes of a [`Placed`] file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum From {
    /// A prebuilt host file (a Debian asset), read while the image is written.
    Host(PathBuf),
    /// A rendered configuration file.
    Text(String),
}

impl Config {
    /// isolinux's files on the ISO: isolinux.bin, ldlinux.c32 and the rendered isolinux.cfg.
    pub fn isolinux_files(&self, assets: &Assets) -> Result<Vec<Placed>> {
        Ok(vec![
            host(ISOLINUX_BIN, &assets.isolinux_bin),
            host("isolinux/ldlinux.c32", &assets.ldlinux_c32),
            text("isolinux/isolinux.cfg", self.render()?),
        ])
    }

    /// systemd-boot's files in the ESP: the removable-media loader, loader.conf and our
    /// entry. The kernel and initramfs go beside them at [`Config::kernel`] and
    /// [`Config::initrd`]. Fails naming `systemd-boot-efi` when the loader is missing.
    pub fn esp_files(&self) -> Result<Vec<Placed>> {
        let loader = Asset::systemd_boot();
        loader.check()?;
        let entry = format!("loader/entries/{}", self.entry_name());
        Ok(vec![
            host(ESP_LOADER, &loader),
            text("loader/loader.conf", self.loader_conf()?),
            text(&entry, self.loader_entry()?),
        ])
    }
}

fn host(path: &str, asset: &Asset) -> Placed {
    let from = From::Host(asset.path.clone());
    Placed {
        path: path.into(),
        from,
    }
}

fn text(path: &str, text: String) -> Placed {
    let from = From::Text(text);
    Placed {
        path: path.into(),
        from,
    }
}
