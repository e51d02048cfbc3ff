//! The list itself: the empty list, insertion order, and NV_UNIQUE_NAME replacement.
//! OpenZFS nvpair.c `nvlist_add_common` ("if unique name, remove before add").
use zfs_writer::nvlist::{DataType, NvList, NvValue};

#[test]
fn empty_list_is_header_flags_and_end() {
    let want = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    assert_eq!(NvList::new().pack_xdr(), want);
    assert_eq!(NvList::new().packed_size(), want.len());
}

#[test]
fn pairs_keep_insertion_order() {
    let mut list = NvList::new();
    list.add_u64("z", 1).add_string("a", "x").add_boolean("m");
    let names: Vec<&str> = list.pairs().map(|(n, _)| n).collect();
    assert_eq!(names, ["z", "a", "m"]);
}

#[test]
fn adding_a_name_again_replaces_it_at_the_end() {
    let mut list = NvList::new();
    list.add_u64("a", 1)
        .add_u64("b", 2)
        .add_string("a", "again");
    let names: Vec<&str> = list.pairs().map(|(n, _)| n).collect();
    assert_eq!(names, ["b", "a"]);
    assert_eq!(list.lookup("a"), Some(&NvValue::String("again".into())));
    assert_eq!(list.lookup("c"), None);
}

#[test]
fn data_types_match_data_type_t() {
    let codes = [
        (NvValue::Boolean, DataType::Boolean, 1),
        (NvValue::U64(0), DataType::Uint64, 8),
        (NvValue::String(String::new()), DataType::String, 9),
        (NvValue::NvList(NvList::new()), DataType::Nvlist, 19),
        (NvValue::NvListArray(vec![]), DataType::NvlistArray, 20),
    ];
    for (value, data_type, code) in codes {
        assert_eq!(
            (value.data_type(), value.data_type() as i32),
            (data_type, code)
        );
    }
}

#[test]
#[should_panic(expected = "bad nvpair name")]
fn name_with_nul_is_refused() {
    NvList::new().add_u64("a\0b", 1);
}
