//! formats: the gzip stream and the newc writer, judged by `gzip` and GNU `cpio`.
mod cpio; // CpioWriter entries and padding, read back by GNU cpio
mod gzip; // parallel gzip: `gzip -d` round trips, same bytes for any thread count
mod oracle; // host tools as judges: a missing one fails and names its package
mod verify; // the image verifiers: good images pass, damage is named, flips never panic
