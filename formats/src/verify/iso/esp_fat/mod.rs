//! The ESP's FAT volume (Microsoft FAT specification): geometry, FATs and chains,
//! directories, entries and long names.
pub(crate) mod fat; // the ESP's boot sector, FATs and chains
pub(crate) mod fat_dir; // the ESP's directories and its loader
pub(crate) mod fat_entry; // one 32-byte directory entry
pub(crate) mod fat_geometry; // the FAT boot sector: sizes, FAT type, regions
pub(crate) mod fat_lfn; // VFAT long names
