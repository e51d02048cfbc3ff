//! A broken archive stops the run: exit 1, a message naming the member and the offset of its
//! header, and nothing in the output directory.
use std::ffi::OsStr;
use std::fs;

use super::{archive, assemble};
use crate::host::assert_refused;
use crate::tree::fixture::Fixture;

#[test]
fn a_truncated_archive_is_refused_and_leaves_no_output() {
    let fx = Fixture::build();
    let work = fx.dir.path();
    let tar = archive(&fx.root, &work.join("root.tar"), None);
    let data = fs::read(&tar).unwrap();
    fs::write(&tar, &data[..data.len() / 2 + 100]).unwrap();
    let out_dir = work.join("out");
    fs::create_dir(&out_dir).unwrap();
    for command in ["pool", "initramfs"] {
        let out = out_dir.join("image");
        let args: [&OsStr; 5] = [
            command.as_ref(),
            "--root".as_ref(),
            tar.as_ref(),
            "--out".as_ref(),
            out.as_ref(),
        ];
        let run = assemble(&args);
        assert_eq!(run.status.code(), Some(1), "{command}");
        let stderr = assert_refused(
            &run,
            &["root.tar: at byte ", "(entry ", "truncated"],
            &out_dir,
        );
        assert!(stderr.contains("truncated"), "{stderr}");
    }
}
