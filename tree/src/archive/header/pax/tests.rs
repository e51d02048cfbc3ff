use super::records;

#[test]
fn parses_records_with_binary_values() {
    let data = b"20 path=a/b/c/d.txt\n22 SCHILY.xattr.u=\x00\n\x01\n";
    let got = records(data).unwrap();
    assert_eq!(got[0], (b"path".to_vec(), b"a/b/c/d.txt".to_vec()));
    assert_eq!(got[1], (b"SCHILY.xattr.u".to_vec(), b"\x00\n\x01".to_vec()));
}

#[test]
fn empty_values_and_padding() {
    let got = records(b"10 uname=\n\0\0\0").unwrap();
    assert_eq!(got, [(b"uname".to_vec(), Vec::new())]);
}

#[test]
fn refuses_bad_lengths() {
    assert!(records(b"99 path=x\n").unwrap_err().contains("length"));
    assert!(records(b"x path=x\n").is_err());
    assert!(records(b"9 pathx\n").is_err());
}
