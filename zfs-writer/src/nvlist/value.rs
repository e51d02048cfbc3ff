//! `data_type_t` and the values a pair can hold.
//! OpenZFS include/sys/nvpair.h `data_type_t`; module/nvpair/nvpair.c `i_get_value_size`.
use super::NvList;

/// `sizeof (nvlist_t)`: version, flags, private pointer, flag, pad (include/sys/nvpair.h).
const NVLIST_T_SIZE: usize = 24;

/// Type code of a pair, as `data_type_t` numbers it; only the types we emit.
/// OpenZFS include/sys/nvpair.h `data_type_t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum DataType {
    /// `DATA_TYPE_BOOLEAN`: a name with no value; present means true.
    Boolean = 1,
    /// `DATA_TYPE_UINT64`.
    Uint64 = 8,
    /// `DATA_TYPE_STRING`: NUL-terminated in memory, length-prefixed in XDR.
    String = 9,
    /// `DATA_TYPE_BYTE_ARRAY`: raw bytes, XDR opaque (no length word: the count says it).
    ByteArray = 10,
    /// `DATA_TYPE_NVLIST`: one embedded list.
    Nvlist = 19,
    /// `DATA_TYPE_NVLIST_ARRAY`: embedded lists, one after another.
    NvlistArray = 20,
}

/// The value of one pair.
/// OpenZFS module/nvpair/nvpair.c `nvlist_add_common`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NvValue {
    /// Name only, e.g. `com.delphix:has_per_vdev_zaps` (`nvlist_add_boolean`).
    Boolean,
    /// `nvlist_add_uint64`.
    U64(u64),
    /// `nvlist_add_string`; must not contain NUL.
    String(String),
    /// `nvlist_add_byte_array`, e.g. an xattr value in `ZPL_DXATTR` (zfs_sa.c).
    ByteArray(Vec<u8>),
    /// `nvlist_add_nvlist`, e.g. `vdev_tree`.
    NvList(NvList),
    /// `nvlist_add_nvlist_array`, e.g. `children`.
    NvListArray(Vec<NvList>),
}

impl NvValue {
    /// The `data_type_t` written after the name.
    pub fn data_type(&self) -> DataType {
        match self {
            NvValue::Boolean => DataType::Boolean,
            NvValue::U64(_) => DataType::Uint64,
            NvValue::String(_) => DataType::String,
            NvValue::ByteArray(_) => DataType::ByteArray,
            NvValue::NvList(_) => DataType::Nvlist,
            NvValue::NvListArray(_) => DataType::NvlistArray,
        }
    }

    /// `nvp_value_elem`: 0 for a boolean, the length for an array, else 1
    /// (nvpair.c `i_validate_type_nelem`).
    pub fn nelem(&self) -> usize {
        match self {
            NvValue::Boolean => 0,
            NvValue::NvListArray(lists) => lists.len(),
            NvValue::ByteArray(bytes) => bytes.len(),
            _ => 1,
        }
    }

    /// Bytes the value takes in a native `nvpair_t`, before 8-byte alignment.
    /// OpenZFS nvpair.c `i_get_value_size`.
    pub fn native_size(&self) -> usize {
        match self {
            NvValue::Boolean => 0,
            NvValue::U64(_) => size_of::<u64>(),
            NvValue::String(s) => s.len() + 1,
            NvValue::ByteArray(bytes) => bytes.len(),
            NvValue::NvList(_) => NVLIST_T_SIZE,
            // A pointer per element, then the embedded `nvlist_t`s.
            NvValue::NvListArray(lists) => lists.len() * (size_of::<u64>() + NVLIST_T_SIZE),
        }
    }
}
