//! `NvList`: an ordered list of named values whose names are unique.
//! OpenZFS module/nvpair/nvpair.c `nvlist_alloc(…, NV_UNIQUE_NAME, …)`, `nvlist_add_common`.
use super::NvValue;

/// A name/value list in insertion order, like `fnvlist_alloc()` (`NV_UNIQUE_NAME`).
/// OpenZFS include/sys/nvpair.h `nvlist_t`; packed by [`NvList::pack_xdr`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NvList {
    pairs: Vec<(String, NvValue)>,
}

impl NvList {
    /// An empty list with `NV_UNIQUE_NAME` set, as `fnvlist_alloc()` makes.
    pub fn new() -> NvList {
        NvList::default()
    }

    /// Adds `name = value`; an existing pair of that name is removed first, so the new
    /// pair goes last (nvpair.c `nvlist_add_common`: "if unique name, remove before add").
    ///
    /// Panics if `name` is empty, contains NUL or is 32 KiB or longer (`nvp_name_sz` is an
    /// `int16_t`), or if a string value contains NUL.
    pub fn add(&mut self, name: &str, value: NvValue) -> &mut NvList {
        assert!(
            !name.is_empty() && !name.contains('\0'),
            "bad nvpair name {name:?}"
        );
        assert!(name.len() < i16::MAX as usize, "nvpair name too long");
        if let NvValue::String(s) = &value {
            assert!(!s.contains('\0'), "nvpair string {name} contains NUL");
        }
        self.pairs.retain(|(n, _)| n != name);
        self.pairs.push((name.to_owned(), value));
        self
    }

    /// Adds a `DATA_TYPE_UINT64` pair (`fnvlist_add_uint64`).
    pub fn add_u64(&mut self, name: &str, v: u64) -> &mut NvList {
        self.add(name, NvValue::U64(v))
    }

    /// Adds a `DATA_TYPE_STRING` pair (`fnvlist_add_string`).
    pub fn add_string(&mut self, name: &str, v: &str) -> &mut NvList {
        self.add(name, NvValue::String(v.to_owned()))
    }

    /// Adds a `DATA_TYPE_BYTE_ARRAY` pair (`nvlist_add_byte_array`).
    pub fn add_byte_array(&mut self, name: &str, v: &[u8]) -> &mut NvList {
        self.add(name, NvValue::ByteArray(v.to_vec()))
    }

    /// Adds a name-only `DATA_TYPE_BOOLEAN` pair (`fnvlist_add_boolean`).
    pub fn add_boolean(&mut self, name: &str) -> &mut NvList {
        self.add(name, NvValue::Boolean)
    }

    /// Adds an embedded list, e.g. `vdev_tree` (`fnvlist_add_nvlist`).
    pub fn add_nvlist(&mut self, name: &str, v: NvList) -> &mut NvList {
        self.add(name, NvValue::NvList(v))
    }

    /// Adds an array of embedded lists, e.g. `children` (`fnvlist_add_nvlist_array`).
    pub fn add_nvlist_array(&mut self, name: &str, v: Vec<NvList>) -> &mut NvList {
        self.add(name, NvValue::NvListArray(v))
    }

    /// The value stored under `name` (`nvlist_lookup_nvpair`).
    pub fn lookup(&self, name: &str) -> Option<&NvValue> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The pairs in packing order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &NvValue)> {
        self.pairs.iter().map(|(n, v)| (n.as_str(), v))
    }
}
