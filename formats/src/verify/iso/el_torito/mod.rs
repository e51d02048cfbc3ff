//! El Torito (1.0): the boot catalog, the BIOS image's boot-info-table, the UEFI FAT
//! image, and all boot entries checked together.
pub(crate) mod boot; // El Torito, MBR and GPT against each other
pub(crate) mod boot_info; // isolinux's boot-info-table
pub(crate) mod eltorito; // the boot catalog (El Torito 1.0)
pub(crate) mod esp; // the ESP's copies of ISO files
