//! SA or directory, at the kernel's limits (zpl_xattr.c `zpl_xattr_set_sa`, zfs_sa.c
//! `zfs_sa_set_xattr`): values over 32768 bytes, and pairs that would take the packed list
//! past 65535 bytes, go to the xattr directory; the rest stay in the SA.
use zfs_writer::zpl::{DXATTR_MAX_ENTRY_SIZE, place};

fn attr(name: &str, len: usize) -> (String, Vec<u8>) {
    (name.to_owned(), vec![b'v'; len])
}

fn names(list: &[(String, Vec<u8>)]) -> Vec<&str> {
    list.iter().map(|(n, _)| n.as_str()).collect()
}

#[test]
fn values_over_32_kib_go_to_the_directory() {
    let p = place(
        &[
            attr("user.a", DXATTR_MAX_ENTRY_SIZE),
            attr("user.b", DXATTR_MAX_ENTRY_SIZE + 1),
        ],
        true,
    );
    assert_eq!(names(&p.dir), ["user.b"]);
    assert_eq!(
        p.sa.expect("user.a in the SA").packed_size(),
        20 + 28 + 32768
    );
    assert!(!p.dir_first);
}

#[test]
fn the_packed_list_stays_within_sa_attr_max_len() {
    // 20 bytes of list, 28 + 32768 for user.a; user.b of 32688 bytes ends at 65532, one more
    // byte (padded to 32692) would end at 65536 > 65535.
    let fits = place(&[attr("user.a", 32768), attr("user.b", 32688)], true);
    assert_eq!(
        (fits.sa.expect("sa").packed_size(), fits.dir.len()),
        (65532, 0)
    );
    let over = place(
        &[
            attr("user.a", 32768),
            attr("user.b", 32689),
            attr("user.c", 1),
        ],
        true,
    );
    assert_eq!(names(&over.dir), ["user.b"]);
    assert_eq!(over.sa.expect("sa").packed_size(), 20 + 28 + 32768 + 28 + 4);
}

#[test]
fn a_directory_made_before_the_first_sa_attribute_comes_first() {
    let p = place(&[attr("user.a", 40000), attr("user.b", 1)], true);
    assert!(p.dir_first && p.sa.is_some());
}

#[test]
fn xattr_dir_puts_everything_in_the_directory() {
    let p = place(&[attr("user.a", 1), attr("user.b", 2)], false);
    assert_eq!((p.sa, names(&p.dir)), (None, vec!["user.a", "user.b"]));
}
