//! Reading back a hybrid ISO: ECMA-119 descriptors, directories and path tables; Rock Ridge
//! (SUSP/RRIP) and Joliet; El Torito's catalog, the BIOS boot-info-table and the UEFI FAT
//! image; the isohybrid MBR and the GPT; no extent overlapping another; and, given one, the
//! tree. Order: `volume` → `walk` (through `dir_read`, `susp`, `rrip`) → `path_table` →
//! `boot` → `extents` → `tree`.
mod boot; // El Torito, MBR and GPT against each other
mod boot_info; // isolinux's boot-info-table
mod both_endian; // LE, BE and both-byte-order fields (ECMA-119 §7)
mod check; // the orchestrator
mod counts; // the report's counts
mod datetime; // ECMA-119 dates → Unix seconds
mod dir_read; // one directory extent → its records
mod dir_record; // one directory record (§9.1)
mod eltorito; // the boot catalog (El Torito 1.0)
mod esp; // the ESP's copies of ISO files
mod extents; // no two extents overlap
mod fat; // the ESP's boot sector, FATs and chains
mod fat_dir; // the ESP's directories and its loader
mod fat_entry; // one 32-byte directory entry
mod fat_geometry; // the FAT boot sector: sizes, FAT type, regions
mod fat_lfn; // VFAT long names
mod gpt; // primary and backup GPT (UEFI §5.3)
mod gpt_header; // one GPT header and its entry array
mod hierarchy; // a descriptor's root record and path tables
mod joliet; // the Joliet hierarchy against the primary one
mod mbr; // the isohybrid MBR
mod names; // Rock Ridge, Joliet and ISO 9660 names
mod node; // Node: one entry found by the walk
mod order; // the order of a primary directory's records (§9.3)
mod path_table; // type L and M path tables (§9.4)
mod relocation; // RRIP CL, PL, RE: directories below depth 8
mod rrip; // PX, PN, NM, TF (RRIP 1.12)
mod rrip_sl; // SL symlink components
mod serials; // PX serials, link counts, the ER entry
mod sp; // the SP entry and LEN_SKP
mod susp; // SUSP entries, CE continuation areas
mod system_area; // MBR and GPT against the El Torito entries
mod tree; // the hierarchy against the tree
mod tree_entry; // one entry's metadata against the tree
mod volume; // the volume descriptor set (§8)
mod walk; // the directory hierarchy, breadth first
mod walk_node; // one record → one node: Rock Ridge, name, path

pub use check::iso_at;
