//! Decoded nvlist values and lookups by name.

/// One decoded value; types this reader never needs are kept as `Other`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NvValue {
    U64(u64),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    List(NvList),
    Lists(Vec<NvList>),
    Other(u32),
}

/// The pairs of one list, in their stored order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct NvList(pub Vec<(Vec<u8>, NvValue)>);

impl NvList {
    pub fn get(&self, name: &str) -> Option<&NvValue> {
        self.0
            .iter()
            .find(|(n, _)| n == name.as_bytes())
            .map(|(_, v)| v)
    }

    pub fn u64(&self, name: &str) -> Option<u64> {
        match self.get(name)? {
            NvValue::U64(v) => Some(*v),
            _ => None,
        }
    }

    pub fn list(&self, name: &str) -> Option<&NvList> {
        match self.get(name)? {
            NvValue::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn str(&self, name: &str) -> Option<String> {
        match self.get(name)? {
            NvValue::Str(s) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => None,
        }
    }
}
