//! The system area of the isohybrid: the MBR, the GPT, and both against El Torito.
pub(crate) mod gpt; // primary and backup GPT (UEFI §5.3)
pub(crate) mod gpt_header; // one GPT header and its entry array
pub(crate) mod mbr; // the isohybrid MBR
pub(crate) mod system_area; // MBR and GPT against the El Torito entries
