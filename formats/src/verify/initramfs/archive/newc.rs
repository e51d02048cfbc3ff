//! One newc header decoded and checked: magic `070701`/`070702`, thirteen 8-digit hex
//! fields, a known file type, a name size the kernel takes (Linux `init/initramfs.c`).
use crate::cpio::NewcHeader;

/// Size of an encoded header.
pub(crate) const HEADER_LEN: usize = 110;
/// Longest name the kernel's unpacker takes, NUL included (`PATH_MAX`).
pub(crate) const PATH_MAX: u32 = 4096;
/// Field names in on-disk order, for messages.
const FIELDS: [&str; 13] = [
    "c_ino",
    "c_mode",
    "c_uid",
    "c_gid",
    "c_nlink",
    "c_mtime",
    "c_filesize",
    "c_maj",
    "c_min",
    "c_rmaj",
    "c_rmin",
    "c_namesize",
    "c_chksum",
];
/// A decoded header: the fields, whether it is `070702` (data checksummed), the checksum.
pub(crate) struct Decoded {
    pub header: NewcHeader,
    pub crc: bool,
    pub check: u32,
}

/// Decodes `raw`; the error names the field at fault.
pub(crate) fn decode(raw: &[u8; HEADER_LEN]) -> Result<Decoded, String> {
    let crc = match &raw[..6] {
        b"070701" => false,
        b"070702" => true,
        m => {
            return Err(format!(
                "magic {:?} is not 070701 or 070702",
                String::from_utf8_lossy(m)
            ));
        }
    };
    let f = fields(raw)?;
    let header = NewcHeader {
        ino: f[0],
        mode: f[1],
        uid: f[2],
        gid: f[3],
        nlink: f[4],
        mtime: f[5],
        filesize: f[6],
        devmajor: f[7],
        devminor: f[8],
        rdevmajor: f[9],
        rdevminor: f[10],
        namesize: f[11],
    };
    let (namesize, check) = (f[11], f[12]);
    if !(2..=PATH_MAX).contains(&namesize) {
        return Err(format!("c_namesize {namesize} is outside 2..={PATH_MAX}"));
    }
    if !crc && check != 0 {
        return Err(format!("c_chksum is {check:#x}; 070701 requires 0"));
    }
    Ok(Decoded { header, crc, check })
}

/// The thirteen hex fields after the magic.
fn fields(raw: &[u8; HEADER_LEN]) -> Result<[u32; 13], String> {
    let mut f = [0u32; 13];
    for (i, v) in f.iter_mut().enumerate() {
        let hex = &raw[6 + 8 * i..14 + 8 * i];
        *v = parse_hex(hex).ok_or_else(|| {
            format!(
                "{} {:?} is not 8 hex digits",
                FIELDS[i],
                String::from_utf8_lossy(hex)
            )
        })?;
    }
    Ok(f)
}

fn parse_hex(hex: &[u8]) -> Option<u32> {
    hex.iter().try_fold(0u32, |v, &c| {
        let d = (c as char).to_digit(16)?;
        Some(v << 4 | d)
    })
}
