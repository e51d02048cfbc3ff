//! Reading back a hybrid ISO: ECMA-119 descriptors, directories and path tables; Rock Ridge
//! (SUSP/RRIP) and Joliet; El Torito's catalog, the BIOS boot-info-table and the UEFI FAT
//! image; the isohybrid MBR and the GPT; no extent overlapping another; and, given one, the
//! tree. Order: `volume` → `walk` (through `dir_read`, `susp`, `rrip`) → `path_table` →
//! `boot` → `extents` → `tree`. Modules are grouped in folders and used here by name.
mod check; // the orchestrator
mod directories; // the walk, relocation, Joliet, extents, counts
mod ecma119; // records, descriptors, path tables, names, dates
mod el_torito; // the boot catalog, boot-info-table, ESP, all boot entries
mod esp_fat; // the ESP's FAT volume
mod partitions; // MBR and GPT
mod rockridge; // SUSP and RRIP
mod tree; // the hierarchy against the tree
mod tree_entry; // one entry's metadata against the tree

use directories::{counts, extents, joliet, walk};
use ecma119::{
    both_endian, datetime, dir_read, dir_record, names, node, order, path_table, volume,
};
use el_torito::{boot, eltorito};
use esp_fat::{fat, fat_entry};
use partitions::system_area;
use rockridge::{rrip, serials, sp, susp};

pub use check::iso_at;
