//! Every compatibility preset next to the kernel's own pool: the kernel makes a pool with the
//! same `zpool create -o compatibility=NAME` (for `legacy`, `-d` with lz4 alone), `cp -a`s
//! our pool's files into it, and every `feature@` state and the `compatibility` property of
//! the two agree; ours imports healthy, every file reads back as the input says, and a
//! scrub finds no error.
use std::time::Duration;

use super::{build, zfs_guest};
use crate::tree::fixture::Fixture;
use crate::tree::{self, listing, manifest, spec};

/// The presets the kernel judges, with the `zpool create` options that match each.
const PRESETS: [(&str, &str); 5] = [
    ("openzfs-2.1-linux", "-o compatibility=openzfs-2.1-linux"),
    ("openzfs-2.2-linux", "-o compatibility=openzfs-2.2-linux"),
    ("openzfs-2.3-linux", "-o compatibility=openzfs-2.3-linux"),
    ("grub2", "-o compatibility=grub2"),
    ("legacy", "-d -o feature@lz4_compress=enabled"),
];

/// One preset: ours from DISK and the kernel's made alongside, compared, listed, scrubbed.
const EACH: &str = r#"echo "PRESET|NAME"
cat /dev/DISK > /pool/ours.img && truncate -s 128M /pool/kern.img
zpool create CREATE -o ashift=12 -O compression=lz4 -O mountpoint=none -R /k kpool /pool/kern.img
zfs create -o mountpoint=/ kpool/ROOT
zpool import -d /pool/ours.img -R /mnt anvil_pool
cp -a /mnt/. /k/
zpool get -H -o property,value,source all kpool | sed 's/^/KGET|/'
zpool get -H -o property,value,source all anvil_pool | sed 's/^/OGET|/'
zpool status anvil_pool | sed 's/^/STATUS|/'
( LISTING )
zpool scrub -w anvil_pool && zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export kpool && zpool export anvil_pool && rm /pool/ours.img /pool/kern.img
"#;

#[test]
fn each_preset_matches_the_kernels_own_pool() {
    let fx = Fixture::build();
    let mut guest = zfs_guest()
        .memory_mib(1536)
        .timeout(Duration::from_secs(900));
    let mut script = String::from("set -e\nmkdir -p /pool /mnt /k\n");
    script += "mount -t tmpfs -o size=600m tmpfs /pool\n";
    let listing = listing::script_at("/mnt");
    for (i, (name, create)) in PRESETS.iter().enumerate() {
        let img = build(&fx, name, &["--size", "128M", "--compatibility", name]);
        guest = guest.disk(&img, true);
        let file = std::path::Path::new("/usr/share/zfs/compatibility.d").join(name);
        if *name != "legacy" {
            guest = guest.file(&format!("{}", file.display()), &file);
        }
        let disk = format!("vd{}", (b'a' + i as u8) as char);
        script += &EACH
            .replace("NAME", name)
            .replace("DISK", &disk)
            .replace("CREATE", create)
            .replace("LISTING", &listing);
    }
    let out = guest.run(&script).succeeded().to_owned();
    let want = spec::expected(manifest::of_dir(&fx.root), fx.dir.path());
    for section in out.split("PRESET|").skip(1) {
        check(section, &want);
    }
}

/// One preset's section: feature states as the kernel's, healthy, every entry, scrubbed.
fn check(section: &str, want: &tree::Manifest) {
    let name = section.lines().next().unwrap_or_default();
    let states = |prefix: &str| -> Vec<String> {
        let lines = section.lines().filter_map(|l| l.strip_prefix(prefix));
        let wanted = lines.filter(|l| l.starts_with("feature@") || l.starts_with("compat"));
        wanted.map(str::to_owned).collect()
    };
    assert_eq!(
        states("OGET|"),
        states("KGET|"),
        "{name}: feature states differ"
    );
    let status = |key: &str| {
        let lines = section.lines().filter_map(|l| l.strip_prefix("STATUS|"));
        lines.map(str::trim_start).any(|l| l.starts_with(key))
    };
    assert!(status("state: ONLINE"), "{name}:\n{section}");
    if name != "legacy" {
        assert!(!status("status:"), "{name} warns:\n{section}");
    }
    assert!(
        section.contains("with 0 errors"),
        "{name} scrub:\n{section}"
    );
    tree::assert_same(want, &listing::parse(section));
}
