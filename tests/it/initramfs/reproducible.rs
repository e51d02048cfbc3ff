//! Same input and options, same bytes: across runs and across compression thread counts.
use std::fs;
use std::path::Path;

use super::assemble_ok;
use crate::tree::fixture::Fixture;

fn build(fx: &Fixture, name: &str, threads: &str) -> Vec<u8> {
    let out = fx.dir.path().join(name);
    let (root, spec) = (fx.root.as_path(), fx.spec.as_path());
    let t = Path::new(threads);
    assemble_ok(&[
        Path::new("--root"),
        root,
        Path::new("--spec"),
        spec,
        Path::new("--threads"),
        t,
        Path::new("--out"),
        &out,
    ]);
    fs::read(out).unwrap()
}

#[test]
fn two_runs_give_identical_bytes() {
    let fx = Fixture::build();
    let first = build(&fx, "a.cpio.gz", "2");
    let second = build(&fx, "b.cpio.gz", "2");
    assert!(first == second, "two runs on the same input differ");
    let single = build(&fx, "c.cpio.gz", "1");
    let many = build(&fx, "d.cpio.gz", "7");
    assert!(
        first == single && first == many,
        "the thread count changed the output"
    );
}
