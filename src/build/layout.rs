//! Steps 1 and 3's trees: the pool's root and the initramfs, each laid out in memory (no root
//! needed: every entry 0:0, `/dev/console` a made-up node) and loaded as a tree.
use std::path::Path;

use anvil_tree::{Options, Tree};
use anyhow::{Context, Result};

use super::conf::conf;
use super::config::Config;
use super::spec::Spec;

const POOL_INIT: &str = include_str!("../../assets/pool-init.sh");
const INITRAMFS_INIT: &str = include_str!("../../assets/initramfs-init.sh");
/// `/etc` of the pool's root: (name, text, mode).
const ETC: [(&str, &str, u32); 6] = [
    ("passwd", include_str!("../../assets/etc/passwd"), 0o644),
    ("group", include_str!("../../assets/etc/group"), 0o644),
    ("shadow", include_str!("../../assets/etc/shadow"), 0o600),
    ("hostname", include_str!("../../assets/etc/hostname"), 0o644),
    ("profile", include_str!("../../assets/etc/profile"), 0o644),
    (
        "os-release",
        include_str!("../../assets/etc/os-release"),
        0o644,
    ),
];

/// The pool's root tree: busybox, zpool, zfs, /etc, /dev/console and the ZFS-aware /init.
/// `[root] tree`, when given, is the base; compressed archives are spooled in `work`.
pub fn pool_root(config: &Config, work: &Path, epoch: Option<i64>) -> Result<Tree> {
    let mut spec = common(config, epoch)?;
    spec.dir("/root", 0o700);
    spec.dir("/home", 0o755);
    for (name, text, mode) in ETC {
        spec.text(&format!("/etc/{name}"), text, mode);
    }
    spec.text("/init", POOL_INIT, 0o755);
    let opts = Options {
        root: config.root.tree.clone(),
        spool_dir: Some(work.to_owned()),
        all_root: config.root.all_root,
        ..options(spec, epoch)
    };
    let tree = anvil_tree::load(&opts).context("laying out the pool's root")?;
    tree.warnings()
        .iter()
        .for_each(|w| eprintln!("warning: {w}"));
    Ok(tree)
}

/// The initramfs: busybox, zpool, zfs, `/etc/anvil.conf` and the /init that imports the pool.
pub fn initramfs(config: &Config, epoch: Option<i64>) -> Result<Tree> {
    let mut spec = common(config, epoch)?;
    spec.dir("/new_root", 0o755);
    spec.text("/etc/anvil.conf", &conf(config), 0o644);
    spec.text("/init", INITRAMFS_INIT, 0o755);
    load(spec, epoch, "the initramfs")
}

/// Loads the laid-out entries as a tree.
pub fn load(spec: Spec, epoch: Option<i64>, what: &str) -> Result<Tree> {
    anvil_tree::load(&options(spec, epoch)).with_context(|| format!("laying out {what}"))
}

fn options(spec: Spec, epoch: Option<i64>) -> Options {
    Options {
        add: spec.into_additions(),
        source_date_epoch: epoch,
        ..Options::default()
    }
}

/// What both roots share: the binaries, the mount points and the console.
fn common(config: &Config, epoch: Option<i64>) -> Result<Spec> {
    let (i, mut spec) = (&config.inputs, Spec::new(epoch));
    let dirs = "/bin /sbin /usr /usr/bin /usr/sbin /etc /dev /proc /sys /run /media /media/iso";
    for dir in dirs.split(' ').chain(["/media/ram"]) {
        spec.dir(dir, 0o755);
    }
    spec.dir("/tmp", 0o1777);
    spec.char_dev("/dev/console", 0o600, 5, 1);
    spec.char_dev("/dev/null", 0o666, 1, 3);
    spec.file("/sbin/zpool", &i.zpool, 0o755)?;
    spec.file("/sbin/zfs", &i.zfs, 0o755)?;
    if let Some(m) = i.mount_zfs.as_deref().filter(|p| p.is_file()) {
        spec.file("/sbin/mount.zfs", m, 0o755)?;
    }
    spec.busybox(&i.busybox, i.applets.as_deref())?;
    Ok(spec)
}
