//! The kernel is the judge: Debian's kernel unpacks our initramfs (fixture tree + spec, with
//! the kit's busybox beside it) and a busybox listing of what it sees must equal the input.
use std::fs;

use crate::kit::Guest;
use crate::tree::fixture::{EPOCH, Fixture};
use crate::tree::{self, listing, manifest, spec};

#[test]
fn the_kernel_unpacks_every_entry_as_specified() {
    let fx = Fixture::build();
    // The spec's relative LOCATION is resolved from its own directory; the kit writes the lines
    // into a spec file of its own, so make it absolute here.
    let text = fs::read_to_string(&fx.spec).unwrap();
    let src = fx.dir.path().join("spec-src");
    let lines = text.replace(" spec-src ", &format!(" {} ", src.display()));
    let outcome = Guest::new()
        .tree(&fx.root)
        .spec_lines(&lines)
        .env("SOURCE_DATE_EPOCH", &EPOCH.to_string())
        .mount_dev(false)
        .run(&listing::script_at("/"));
    assert_eq!(outcome.status, 0, "listing failed:\n{}", outcome.console);
    let mut got = listing::parse(&outcome.output);
    let want = spec::expected(manifest::of_dir(&fx.root), fx.dir.path());
    // The kernel's built-in initramfs (usr/default_cpio_list) adds /root before ours.
    if !want.contains_key(b"root".as_slice()) {
        got.remove(b"root".as_slice());
    }
    // Writing to a tty stamps its inode (tty_io.c `tty_update_time`), and /init writes to the
    // console; /dev/null and /dev/vda show that device nodes keep their archived mtime.
    if let Some(console) = got.get_mut(b"dev/console".as_slice()) {
        console.mtime = EPOCH;
    }
    tree::assert_same(&want, &got);
}
