//! The orchestrator: convert the tree → lay out → stream the blocks into a temporary file →
//! pad to the planned size → rename into place. On any error the output is left as it was.
use std::io::BufWriter;
use std::path::Path;

use anvil_tree::{Time, Tree};
use hadris_fs::{NoClock, Tree as HTree};
use hadris_iso::IsoOptions;

use super::efi::{EspImage, esp};
use super::layout::{esp_appended, iso_options};
use super::node::date;
use super::options::{Extra, Options, Summary};
use super::sink::Sink;
use super::sources::Failure;
use super::tree::{build, path_err, warning};
use crate::atomic::AtomicFile;
use crate::error::{Result, io_err};
use crate::xattrs::{XattrPolicy, check};

/// How warnings and errors name the image format when refusing attributes.
const FORMAT: &str = "ISO 9660 with Rock Ridge (hadris-iso writes no AAIP)";

/// [`write_with`] leaving extended attributes out with a warning (the default policy).
pub fn write(
    tree: &Tree,
    extras: &[Extra],
    opts: &Options,
    out: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary> {
    write_with(tree, extras, opts, XattrPolicy::Warn, out, progress)
}

/// Writes `tree` with `extras` beside it to `out` as `opts` says; `xattrs` says what to do
/// with extended attributes, which the image cannot store (checked before anything is
/// written). `progress` gets the byte count of every chunk written. File bytes are read from
/// their sources as they are written.
pub fn write_with(
    tree: &Tree,
    extras: &[Extra],
    opts: &Options,
    xattrs: XattrPolicy,
    out: &Path,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary> {
    super::check_volume_id(&opts.volume_id)?;
    let mut warnings: Vec<_> = check(tree, xattrs, FORMAT)?.into_iter().collect();
    warnings.extend(super::symlinks::check(tree));
    let sec = opts.epoch.unwrap_or(NoClock::TIME.unix_seconds());
    let time = Time { sec, nsec: 0 };
    // The ESP's temporary file lives until the image is written, then goes.
    let (input, iso, _esp, failure) = prepare(tree, extras, opts, out, time)?;
    let file = AtomicFile::create(out)?;
    let mut sink = Sink::new(BufWriter::with_capacity(1 << 20, file), progress);
    let report = hadris_iso::sync::write(&mut sink, &input, &iso).map_err(|e| {
        failure
            .take()
            .unwrap_or_else(|| path_err("writing", out)(e))
    })?;
    let buffered = sink.finish(report.size()).map_err(io_err("writing", out))?;
    let file = buffered
        .into_inner()
        .map_err(|e| io_err("writing", out)(e.into_error()))?;
    file.commit()?;
    warnings.extend(report.warnings().iter().map(warning));
    Ok(Summary {
        size: report.size(),
        warnings,
    })
}

/// Writes the ESP, then converts the tree (the ESP as a file when not appended) and the options.
fn prepare(
    tree: &Tree,
    extras: &[Extra],
    opts: &Options,
    out: &Path,
    time: Time,
) -> Result<(HTree, IsoOptions, Option<EspImage>, Failure)> {
    let esp = esp(opts, out)?;
    let mut all = extras.to_vec();
    let appended = esp_appended(opts);
    let mut esp_layout = None;
    if let (Some(image), Some(boot)) = (&esp, &opts.efi) {
        let content = match appended {
            true => Some(image.content()?),
            false => {
                all.push(image.extra(boot));
                None
            }
        };
        esp_layout = Some((image.sectors, content));
    }
    let (input, failure) = build(tree, &all, time)?;
    let date = date(time).map_err(io_err("dating", out))?;
    Ok((input, iso_options(opts, date, esp_layout), esp, failure))
}
