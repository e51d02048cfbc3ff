//! The newc header: magic `070701` and thirteen 8-digit hex fields, 110 bytes in all.
//! Linux `usr/gen_init_cpio.c`, `init/initramfs.c` (`parse_header`).

/// Size of an encoded header.
pub const HEADER_LEN: usize = 110;

/// The fields of one newc header, in on-disk order after the magic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NewcHeader {
    /// Inode number; names with the same inode (and `nlink > 1`) are hard links.
    pub ino: u32,
    /// `S_IFMT` type bits | permission bits.
    pub mode: u32,
    /// Owner user id.
    pub uid: u32,
    /// Owner group id.
    pub gid: u32,
    /// Link count.
    pub nlink: u32,
    /// Modification time, seconds since the epoch (32 bits: the format's limit).
    pub mtime: u32,
    /// Bytes of data after the name.
    pub filesize: u32,
    /// Major of the device holding the inode (0: one archive is one device).
    pub devmajor: u32,
    /// Minor of the device holding the inode.
    pub devminor: u32,
    /// Major number of a device node.
    pub rdevmajor: u32,
    /// Minor number of a device node.
    pub rdevminor: u32,
    /// Length of the name including its terminating NUL.
    pub namesize: u32,
}

impl NewcHeader {
    /// The 110 ASCII bytes of this header; the checksum field is 0 as `070701` requires.
    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let fields = [
            self.ino,
            self.mode,
            self.uid,
            self.gid,
            self.nlink,
            self.mtime,
            self.filesize,
            self.devmajor,
            self.devminor,
            self.rdevmajor,
            self.rdevminor,
            self.namesize,
            0,
        ];
        let mut out = [0u8; HEADER_LEN];
        out[..6].copy_from_slice(b"070701");
        for (i, value) in fields.iter().enumerate() {
            let hex = format!("{value:08X}");
            out[6 + 8 * i..14 + 8 * i].copy_from_slice(hex.as_bytes());
        }
        out
    }
}

#[cfg(test)]
mod tests;
