//! The verifiers judge images our writers make: good ones pass (equal to their tree),
//! damaged ones fail naming what and where, and no single flipped byte makes them panic.
mod fixture; // a small tree of every kind, and the images written from it
mod fixture_iso; // the fixture's ISO with stand-in boot files
mod flip; // thousands of single-byte flips: an error or a pass, never a panic or a hang
mod flip_iso; // the same for the ISO
mod initramfs; // gzip + newc: our images, uncompressed, multi-member, GNU cpio's
mod initramfs_damage; // a changed data byte, a bad CRC, bad headers
mod iso; // ISO 9660: hybrid, BIOS-only and CD-only images equal to their tree
mod iso_damage; // a changed data byte, El Torito checksum, extent past the end, GPT CRC
mod iso_stress; // many entries, long names and targets, relocation, old and new dates
