//! Archives written member by member with Python's `tarfile`: GNU base-256 ids and negative
//! times, long names and link targets, repeated members, hard links.
use anvil_tree::{Kind, Time};

use super::compare::{bytes, tree};
use super::tool::{run, tool};

/// Runs `script` with `out` (a new archive path) as `sys.argv[1]`; returns the temp dir.
pub fn py(script: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("a.tar");
    let head = "import sys, tarfile, io\nout = sys.argv[1]\n\
        def add(t, name, data=b'', **kw):\n    i = tarfile.TarInfo(name); i.size = len(data)\n    \
        for k, v in kw.items(): setattr(i, k, v)\n    t.addfile(i, io.BytesIO(data))\n";
    run(tool("python3", "python3")
        .arg("-c")
        .arg(format!("{head}{script}"))
        .arg(&out));
    (tmp, out)
}

#[test]
fn gnu_base256_ids_negative_times_and_long_names() {
    let (_tmp, out) = py("t = tarfile.open(out, 'w', format=tarfile.GNU_FORMAT)\n\
        add(t, 'f', b'x', uid=3000000, gid=4000000, mtime=-1000, mode=0o4711)\n\
        add(t, 'd/' + 'n' * 200 + '/' + 'm' * 250, b'deep')\n\
        add(t, 's', type=tarfile.SYMTYPE, linkname='t' * 300)\n");
    let t = tree(&out);
    let e = t.entries();
    let f = e.iter().find(|e| e.path == b"f").unwrap();
    assert_eq!(
        (f.meta.uid, f.meta.gid, f.meta.mode),
        (3_000_000, 4_000_000, 0o4711)
    );
    assert_eq!(
        f.meta.mtime,
        Time {
            sec: -1000,
            nsec: 0
        }
    );
    let deep = ["d/", &"n".repeat(200), "/", &"m".repeat(250)].concat();
    let d = e.iter().find(|e| e.path == deep.as_bytes()).unwrap();
    assert_eq!(bytes(d), b"deep");
    let s = e.iter().find(|e| e.path == b"s").unwrap();
    assert_eq!(
        s.kind,
        Kind::Symlink {
            target: vec![b't'; 300]
        }
    );
    // The implicit parent `d` gets the load's implicit metadata.
    assert_eq!(e[1].path, b"d");
    assert_eq!((e[1].meta.mode, e[1].meta.mtime.sec), (0o755, 0));
}

#[test]
fn later_members_win_and_hard_links_keep_what_they_linked() {
    let (_tmp, out) = py("t = tarfile.open(out, 'w', format=tarfile.USTAR_FORMAT)\n\
        add(t, './a', b'first')\n\
        add(t, 'b', type=tarfile.LNKTYPE, linkname='./a')\n\
        add(t, './/a', b'second')\n\
        add(t, 'c', type=tarfile.LNKTYPE, linkname='a')\n\
        add(t, 'c', type=tarfile.LNKTYPE, linkname='b')\n");
    let t = tree(&out);
    let e = t.entries();
    let names: Vec<_> = e.iter().map(|e| e.path.clone()).collect();
    assert_eq!(names, [&b""[..], b"a", b"b", b"c"]);
    assert_eq!(bytes(&e[1]), b"second");
    assert_eq!(
        (bytes(&e[2]), bytes(&e[3])),
        (b"first".to_vec(), b"first".to_vec())
    );
    assert_eq!((e[1].link, e[2].link, e[3].link), (None, Some(0), Some(0)));
}
