//! Pool manifests (`anvil-assemble pool --manifest FILE`): a TOML file that declares the pool
//! (`[pool]`) and its datasets (`[[dataset]]`), each with its own tree and properties.
//!
//! Read and type-check the TOML (`file`, `parse`) → check the dataset names and encode each
//! property as OpenZFS stores it (`props`) → load each tree from paths relative to the
//! manifest (`build`). Every error names the manifest, with `:LINE:COL` wherever TOML gives a
//! span, and the dataset and key it is about.
mod build; // Manifest → DatasetOptions: names checked, properties encoded, trees loaded
mod file; // Manifest: path, text, sections; FILE:LINE:COL of a span
mod parse; // serde structs for [pool] and [[dataset]]; size and ashift checked
mod pool; // [pool] over the writer's defaults
mod props; // property name and value → PropValue (zfs_prop.c index tables)

pub use file::Manifest;
pub use parse::PoolSection;
