//! nvlist: XDR packing checked against OpenZFS 2.3.2 bytes and per-type layouts.
mod label_kat; // vdev label 0 config from a real OpenZFS vdev
mod list_api; // unique names, lookup, empty lists
mod mos_config_kat; // MOS `config` object with a root vdev and a `children` array
mod one_pair; // packs a one-pair list and returns that pair's bytes
mod strings; // string and name padding at lengths 0..=8
mod values; // u64, boolean, nested list and list arrays
