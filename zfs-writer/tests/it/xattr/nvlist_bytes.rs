//! The packed `ZPL_DXATTR` nvlist, derived by hand from module/nvpair/nvpair.c
//! (`nvs_xdr_nvpair`, `nvs_xdr_nvp_op` with `xdr_opaque` for `DATA_TYPE_BYTE_ARRAY`,
//! `NVP_SIZE_CALC`); zdb prints the same sizes ("SA xattrs: 56 bytes, 1 entries" for a
//! 10-byte name with a 2-byte value, as tests/it/pool/xattrs checks through the kernel).
use zfs_writer::nvlist::NvList;

#[test]
fn one_byte_array_pair_packs_as_the_kernel_packs_it() {
    let mut list = NvList::new();
    list.add_byte_array("user.a", b"hello");
    let want: Vec<u8> = [
        &[1, 1, 0, 0][..],           // nvs_header_t: XDR, little-endian host
        &[0, 0, 0, 0, 0, 0, 0, 1],   // nvl_version 0, nvl_nvflag NV_UNIQUE_NAME
        &[0, 0, 0, 36, 0, 0, 0, 32], // encoded size, decoded NVP_SIZE_CALC(7, 5)
        &[0, 0, 0, 6],               // name length
        b"user.a\0\0",               // name padded to 4
        &[0, 0, 0, 10, 0, 0, 0, 5],  // DATA_TYPE_BYTE_ARRAY, nelem
        b"hello\0\0\0",              // xdr_opaque: the bytes padded to 4, no length word
        &[0; 8],                     // end of list
    ]
    .concat();
    assert_eq!(list.pack_xdr(), want);
    assert_eq!(list.packed_size(), 56);
}

#[test]
fn an_empty_value_is_a_pair_with_no_bytes() {
    let mut list = NvList::new();
    list.add_byte_array("user.e", b"");
    let packed = list.pack_xdr();
    assert_eq!(packed.len(), 4 + 8 + 28 + 8);
    assert_eq!(packed[12..20], [0, 0, 0, 28, 0, 0, 0, 24]);
    assert_eq!(packed[32..40], [0, 0, 0, 10, 0, 0, 0, 0]);
}
