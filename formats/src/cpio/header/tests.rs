use super::{HEADER_LEN, NewcHeader};

#[test]
fn encodes_like_gen_init_cpio() {
    // gen_init_cpio's `nod /dev/console 0600 0 0 c 5 1` with ino 721 and mtime 0.
    let h = NewcHeader {
        ino: 721,
        mode: 0o020_600,
        nlink: 1,
        rdevmajor: 5,
        rdevminor: 1,
        namesize: 12,
        ..Default::default()
    };
    let fields = [
        "070701", "000002D1", "00002180", "00000000", "00000000", "00000001", "00000000",
        "00000000", "00000000", "00000000", "00000005", "00000001", "0000000C", "00000000",
    ];
    assert_eq!(h.encode().len(), HEADER_LEN);
    assert_eq!(
        String::from_utf8(h.encode().to_vec()).unwrap(),
        fields.concat()
    );
}
