//! Same input and options, same bytes: across runs and across thread counts. GUIDs come from
//! a hash of the input unless `--seed` pins them: two trees that differ only in one file's
//! bytes get different pool GUIDs; another seed, another pool GUID.
use std::fs;
use std::path::Path;

use super::build;
use super::run::assert_no_leaks;
use crate::host::oracle;
use crate::tree::fixture::Fixture;

/// The image of `fx` with `--size 128M` and `extra`, read whole.
fn image(fx: &Fixture, name: &str, extra: &[&str]) -> Vec<u8> {
    let args = [&["--size", "128M"], extra].concat();
    fs::read(build(fx, name, &args)).unwrap()
}

/// `pool_guid` from the first label `zdb -l` prints.
fn pool_guid(img: &Path) -> String {
    let out = oracle("zdb", "zfsutils-linux (bookworm-backports contrib)")
        .arg("-l")
        .arg(img)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "zdb -l {}:\n{text}", img.display());
    let guid = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("pool_guid: "));
    guid.unwrap_or_else(|| panic!("zdb -l shows no pool_guid:\n{text}"))
        .to_owned()
}

#[test]
fn two_runs_and_any_thread_count_give_identical_bytes() {
    let fx = Fixture::build();
    let first = image(&fx, "a", &["--threads", "1"]);
    let second = image(&fx, "b", &["--threads", "1"]);
    assert!(first == second, "two runs on the same input differ");
    let three = image(&fx, "c", &["--threads", "3"]);
    assert!(first == three, "--threads 3 changed the image");
}

#[test]
fn another_seed_gives_another_pool_guid() {
    let fx = Fixture::build();
    let default = build(&fx, "default", &["--size", "128M"]);
    let seed_2 = build(&fx, "seed-2", &["--size", "128M", "--seed", "2"]);
    let (a, b) = (pool_guid(&default), pool_guid(&seed_2));
    assert_ne!(a, b, "--seed 2 kept the pool GUID");
    assert_no_leaks(seed_2.parent().unwrap());
}

#[test]
fn trees_that_differ_in_one_byte_get_different_pool_guids() {
    let work = tempfile::tempdir().unwrap();
    let guid = |byte: &str| {
        let dir = work.path().join(byte);
        let root = dir.join("root");
        fs::create_dir_all(&root).unwrap();
        fs::write(root.join("file"), byte).unwrap();
        let out = dir.join("rootfs.img");
        let extra = ["--size", "64M"];
        super::run::Run {
            root: &root,
            spec: None,
            out: &out,
            extra: &extra,
        }
        .ok();
        pool_guid(&out)
    };
    assert_ne!(guid("1"), guid("2"), "two trees share a pool GUID");
}
