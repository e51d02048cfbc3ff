//! The documented example (docs/manifest-example.toml) builds from the trees it names, and the
//! command line's flags override its `[pool]`.
use super::{Work, zdb};

#[test]
fn the_documented_example_builds_and_flags_override_its_pool() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/manifest-example.toml");
    let w = Work::new(&std::fs::read_to_string(example).unwrap());
    w.file("rootfs/etc/hostname", "anvil\n");
    w.file("devices.list", "nod /dev/console 0600 0 0 c 5 1\n");
    w.file("home/.keep", "");
    let img = w.build(&["--size", "96M", "--pool", "example"]);
    assert_eq!(
        std::fs::metadata(&img).unwrap().len(),
        96 << 20,
        "--size 96M ignored"
    );
    let list = zdb(img.parent().unwrap(), &["-d", "example"]);
    for name in ["example/ROOT", "example/ROOT/home"] {
        assert!(list.contains(&format!("Dataset {name} [ZPL]")), "{list}");
    }
    let root = zdb(img.parent().unwrap(), &["-dddd", "example/ROOT"]);
    assert!(
        root.contains("console = ") && root.contains("hostname = "),
        "{root}"
    );
}
