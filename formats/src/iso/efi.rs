//! The ESP image beside the output, and the El Torito load size that describes it. El
//! Torito counts 512-byte sectors in 16 bits, so an ESP over 65535 sectors (32 MiB − 512 B)
//! could not be described exactly: we refuse it rather than let firmware read a truncated
//! FAT (xorriso -boot-load-size; UEFI 2.10 §13.3.2.1).
use std::path::Path;

use hadris_fs::Content;

use super::layout::seed;
use super::options::{EfiBoot, Extra, Options, Source};
use super::tree::path_err;
use crate::efi::{self, Esp, EspOptions};
use crate::error::{Error, Result};

/// The largest ESP one El Torito entry describes exactly.
const MAX_SECTORS: u64 = u16::MAX as u64;

/// A written ESP (its temporary file lives as long as this) and its load size.
pub(super) struct EspImage {
    esp: Esp,
    /// Its size in 512-byte sectors: the El Torito load size.
    pub sectors: u16,
}

/// Writes the ESP `opts` asks for beside `out`; `None` without UEFI boot.
pub(super) fn esp(opts: &Options, out: &Path) -> Result<Option<EspImage>> {
    let Some(boot) = &opts.efi else {
        return Ok(None);
    };
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let esp_opts = EspOptions {
        label: opts.volume_id.chars().take(11).collect(),
        epoch: opts.epoch,
        // The low half of the GPT seed: equal input, equal serial.
        serial: seed(opts) as u32,
    };
    let esp = efi::write(&boot.files, &esp_opts, dir)?;
    match u16::try_from(esp.size().div_ceil(512)) {
        Ok(sectors) => Ok(Some(EspImage { esp, sectors })),
        Err(_) => Err(Error::TooLarge {
            path: Path::new("/").join(&boot.image),
            size: esp.size(),
            max: MAX_SECTORS * 512,
            format: "El Torito load size (kernel + initramfs must fit in the ESP)",
        }),
    }
}

impl EspImage {
    /// The image as a visible file of the ISO, at `boot.image`.
    pub(super) fn extra(&self, boot: &EfiBoot) -> Extra {
        let source = Source::Host(self.esp.path().to_owned());
        let path = boot.image.clone();
        Extra { path, source }
    }

    /// The image's bytes, read lazily, for an appended partition.
    pub(super) fn content(&self) -> Result<Content> {
        let path = self.esp.path();
        hadris_fs::host::file(path).map_err(path_err("opening", path))
    }
}
