use super::{Entry, GROUP, OTHER, Qualifier, USER, USER_OBJ, parse};

#[test]
fn long_and_short_forms() {
    let acl = parse(b"user::rw-,user:1000:r--,group::r-x,mask::r-x,other::r--").unwrap();
    assert_eq!(acl.len(), 5);
    assert_eq!(
        acl[0],
        Entry {
            tag: USER_OBJ,
            perm: 6,
            who: Qualifier::None
        }
    );
    assert_eq!(
        acl[1],
        Entry {
            tag: USER,
            perm: 4,
            who: Qualifier::Id(1000)
        }
    );
    assert_eq!(parse(b"o::r--").unwrap()[0].tag, OTHER);
    assert_eq!(parse(b"other:r--").unwrap()[0].tag, OTHER);
}

#[test]
fn qualifiers_numeric_fourth_field_then_name() {
    let acl = parse(b"user:alice:r--:1001\ngroup:staff:rw-\ngroup:50:r--").unwrap();
    assert_eq!(acl[0].who, Qualifier::Id(1001));
    assert_eq!(
        acl[1],
        Entry {
            tag: GROUP,
            perm: 6,
            who: Qualifier::Name(b"staff".to_vec())
        }
    );
    assert_eq!(acl[2].who, Qualifier::Id(50));
}

#[test]
fn refuses_garbage() {
    assert!(parse(b"user::rwz").unwrap_err().contains("permissions"));
    assert!(parse(b"bogus::rw-").unwrap_err().contains("tag"));
    assert!(parse(b"user").is_err());
}
