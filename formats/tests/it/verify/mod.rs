//! The verifiers judge images our writers make: good ones pass (equal to their tree),
//! damaged ones fail naming what and where, and no single flipped byte makes them panic.
mod fixture; // a small tree of every kind, and the images written from it
mod flip; // thousands of single-byte flips: an error or a pass, never a panic or a hang
mod initramfs; // gzip + newc: our images, uncompressed, multi-member, GNU cpio's
mod initramfs_damage; // a changed data byte, a bad CRC, bad headers
