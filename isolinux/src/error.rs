//! What stops an isolinux configuration or its assets from being produced.
use std::path::PathBuf;

/// Why the boot-loader side of an ISO could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A boot file of Debian's syslinux build is not on the host.
    #[error(
        "{} is missing: install the Debian package `{package}` \
         (apt-get install --no-install-recommends {package})",
        path.display()
    )]
    MissingAsset {
        /// Where the file was looked for.
        path: PathBuf,
        /// The Debian package that ships it.
        package: &'static str,
    },
    /// A boot file is there but could not be read.
    #[error("reading {}: {source}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the host said.
        #[source]
        source: std::io::Error,
    },
    /// A configuration value that would break the line-oriented `isolinux.cfg` or the
    /// systemd-boot entry.
    #[error("boot-loader config {field} {value:?}: {why}")]
    BadValue {
        /// Which field (`label`, `append`…).
        field: &'static str,
        /// The value given.
        value: String,
        /// What is wrong with it.
        why: &'static str,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
