//! Entries, arrays and chains of a fat ZAP leaf, read at the offsets of include/sys/zap_leaf.h.
//! Entry chunk: type @0, intlen @1, next @2, name chunk @4, name numints @6, value chunk @8,
//! value numints @10, cd @12, hash @16. Array chunk: type @0, 21 bytes @1, next @22. Free
//! chunk: type @0, next @22. zap_leaf.c `zap_leaf_array_read` reads integers big-endian.
use super::leaf::{CHAIN_END, Leaf, ZAP_CHUNK_ARRAY, ZAP_CHUNK_ENTRY};
use super::raw::{be_ints, le16, le32, le64};
use super::{Entry, Value};

impl Leaf<'_> {
    /// `numbytes` bytes of the array starting at chunk `first` (`zap_leaf_array_read`).
    pub fn array(&self, mut chunk: u16, numbytes: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(numbytes);
        while out.len() < numbytes {
            let c = self.chunk(chunk);
            assert_eq!(c[0], ZAP_CHUNK_ARRAY, "array chunk {chunk}");
            out.extend_from_slice(&c[1..22]);
            chunk = le16(c, 22);
        }
        assert_eq!(chunk, CHAIN_END, "array longer than its length");
        out.truncate(numbytes);
        out
    }
    /// The entry in entry chunk `i` and its `le_next`.
    pub fn entry(&self, i: u16) -> (Entry, u16) {
        let c = self.chunk(i);
        assert_eq!(c[0], ZAP_CHUNK_ENTRY, "entry chunk {i}");
        let (intlen, numints) = (c[1], usize::from(le16(c, 10)));
        let mut name = self.array(le16(c, 4), le16(c, 6).into());
        assert_eq!(name.pop(), Some(0), "name ends with NUL");
        let bytes = self.array(le16(c, 8), numints * usize::from(intlen));
        let value = Value {
            intlen,
            ints: be_ints(&bytes, intlen),
        };
        (
            Entry {
                name,
                hash: le64(c, 16),
                cd: le32(c, 12),
                value,
            },
            le16(c, 2),
        )
    }
}

/// Every hash chain of `leaf` in bucket order, each as its entries in chain order.
pub fn chains(leaf: &Leaf<'_>) -> Vec<Vec<Entry>> {
    let walk = |mut chunk: u16| {
        let mut chain = Vec::new();
        while chunk != CHAIN_END {
            let (entry, next) = leaf.entry(chunk);
            chain.push(entry);
            chunk = next;
        }
        chain
    };
    (0..leaf.hash_entries())
        .map(|i| walk(leaf.head(i)))
        .collect()
}

/// The entry chunks of the chain at `head` and the array chunks of their names and values.
pub fn chain_chunks(leaf: &Leaf<'_>, mut chunk: u16) -> Vec<u16> {
    let mut out = Vec::new();
    while chunk != CHAIN_END {
        let c = leaf.chunk(chunk);
        out.push(chunk);
        out.extend(linked(leaf, le16(c, 4)));
        out.extend(linked(leaf, le16(c, 8)));
        chunk = le16(c, 2);
    }
    out
}

/// The chunks linked through the `next` field at byte 22 (arrays, free list) from `chunk`.
pub fn linked(leaf: &Leaf<'_>, mut chunk: u16) -> Vec<u16> {
    let mut out = Vec::new();
    while chunk != CHAIN_END {
        assert!(out.len() <= leaf.numchunks(), "cycle");
        out.push(chunk);
        chunk = le16(leaf.chunk(chunk), 22);
    }
    out
}
