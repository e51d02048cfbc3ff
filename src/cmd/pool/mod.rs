//! `anvil-assemble pool`: a tree (or a manifest's datasets, each with its own tree) as a ZFS
//! pool image, written as an ordinary user.
mod datasets; // the manifest's, or --root's below its parents
mod run; // options from flags and manifest, then write_pool

pub use run::run;
