use super::super::parse;
use super::encode;

#[test]
fn sorted_by_tag_then_id() {
    let acl = parse(b"other::r--,user:1000:r--,mask::r-x,user::rw-,group::r-x,user:7:rwx").unwrap();
    let bytes = encode(&acl, true).unwrap().unwrap();
    let want: Vec<u8> = [
        &[2u8, 0, 0, 0][..],
        &[1, 0, 6, 0, 0xff, 0xff, 0xff, 0xff],
        &[2, 0, 7, 0, 7, 0, 0, 0],
        &[2, 0, 4, 0, 0xe8, 3, 0, 0],
        &[4, 0, 5, 0, 0xff, 0xff, 0xff, 0xff],
        &[0x10, 0, 5, 0, 0xff, 0xff, 0xff, 0xff],
        &[0x20, 0, 4, 0, 0xff, 0xff, 0xff, 0xff],
    ]
    .concat();
    assert_eq!(bytes, want);
}

#[test]
fn minimal_access_acl_is_the_mode() {
    let acl = parse(b"user::rw-,group::r--,other::r--").unwrap();
    assert_eq!(encode(&acl, true).unwrap(), None);
    assert_eq!(encode(&acl, false).unwrap().unwrap().len(), 4 + 3 * 8);
}

#[test]
fn unresolved_names_are_refused() {
    let acl = parse(b"user:alice:r--").unwrap();
    assert!(encode(&acl, false).unwrap_err().contains("alice"));
}
