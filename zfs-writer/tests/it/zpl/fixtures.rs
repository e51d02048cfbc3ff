//! The reference znodes in tests/data/zpl, made by regen.sh there from a pool OpenZFS 2.3.2
//! wrote on Linux: each object's 512-byte dnode and `zdb -dddddd`'s dump of it.
use std::fs;
use std::path::PathBuf;
use zerocopy::FromBytes;
use zfs_writer::phys::DnodePhys;

/// File `name` of tests/data/zpl.
pub fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/zpl")
        .join(name);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (see regen.sh)", path.display()))
}

/// One object of the reference dataset.
pub struct Reference {
    /// Its dnode, as on disk.
    pub dnode: DnodePhys,
    /// zdb's dump of it.
    pub zdb: String,
    /// Object id.
    pub object: u64,
}

impl Reference {
    /// Object `object`: `dnode-N.bin` and `zdb-N.txt`.
    pub fn load(object: u64) -> Reference {
        let dnode = DnodePhys::read_from_bytes(&data(&format!("dnode-{object}.bin")))
            .expect("512-byte dnode");
        let zdb = String::from_utf8(data(&format!("zdb-{object}.txt"))).expect("utf-8");
        Reference { dnode, zdb, object }
    }

    /// The SA bonus bytes: `dn_bonuslen` bytes after the block pointers.
    pub fn bonus(&self) -> &[u8] {
        let start = usize::from(self.dnode.dn_nblkptr) * 128;
        &self.dnode.dn_tail[start..start + usize::from(self.dnode.dn_bonuslen.get())]
    }

    /// The value zdb printed after `name` on a line of its own ("\tmode\t40755", "\tuid     0").
    pub fn field(&self, name: &str) -> &str {
        for line in self.zdb.lines() {
            if let Some((key, value)) = line.trim_start().split_once(char::is_whitespace)
                && key == name
            {
                return value.trim();
            }
        }
        panic!("no {name} in zdb-{}.txt", self.object)
    }

    /// A zdb number field, in `radix`.
    pub fn number(&self, name: &str, radix: u32) -> u64 {
        let text = self.field(name).trim_start_matches("0x");
        u64::from_str_radix(text, radix).unwrap_or_else(|e| panic!("{name} {text}: {e}"))
    }
}

/// A micro-ZAP block's entries in chunk order (`mzap_ent_phys_t`: value, cd, pad, name[50]).
pub fn mzap_entries(name: &str) -> Vec<(String, u64)> {
    let block = data(name);
    let used = block[64..].chunks(64).filter(|c| c[14] != 0);
    let entry = |c: &[u8]| {
        let name = c[14..].split(|&b| b == 0).next().unwrap();
        let value = u64::from_le_bytes(c[..8].try_into().unwrap());
        (String::from_utf8(name.to_vec()).unwrap(), value)
    };
    used.map(entry).collect()
}
