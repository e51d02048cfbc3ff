//! SUSP and Rock Ridge (SUSP 1.12, RRIP 1.12): entries and continuation areas, the SP
//! entry, PX/PN/NM/TF/SL/CL/PL/RE, and serial numbers with link counts.
pub(crate) mod rrip; // PX, PN, NM, TF (RRIP 1.12)
pub(crate) mod rrip_sl; // SL symlink components
pub(crate) mod serials;
pub(crate) mod sp; // the SP entry and LEN_SKP
pub(crate) mod susp; // SUSP entries, CE continuation areas // PX serials, link counts, the ER entry
