//! A real root filesystem made the unprivileged way: `mmdebstrap --mode=unshare` (Debian
//! minbase plus iputils-ping) run as an ordinary user with a subordinate id range, written as
//! a tar archive. Made once per day and kept outside the clone (`$ANVIL_TEST_CACHE`, else
//! /var/cache/anvil-test), since it is a download of ~170 MB of packages.
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::host::oracle;

/// The ordinary user that runs mmdebstrap, and its subordinate id range.
pub const BUILDER: &str = "anvilbuild";
const SUBIDS: &str = "anvilbuild:300000:65536";

/// The archive (made on the first call of the day).
pub fn rootfs_tar() -> &'static Path {
    static TAR: OnceLock<PathBuf> = OnceLock::new();
    TAR.get_or_init(make)
}

fn make() -> PathBuf {
    let cache = std::env::var_os("ANVIL_TEST_CACHE")
        .map_or_else(|| PathBuf::from("/var/cache/anvil-test"), PathBuf::from);
    let day = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 86_400;
    let tar = cache.join(format!("bookworm-minbase-ping-{day}.tar"));
    if tar.is_file() {
        return tar;
    }
    std::fs::create_dir_all(&cache).unwrap();
    let home = builder();
    let made = home.join("rootfs.tar");
    let _ = std::fs::remove_file(&made);
    let script = format!(
        "cd {} && mmdebstrap --quiet --mode=unshare --variant=minbase --include=iputils-ping \
         bookworm rootfs.tar",
        home.display()
    );
    let run = oracle("runuser", "util-linux")
        .args(["-u", BUILDER, "--", "sh", "-c", &script])
        .output()
        .unwrap();
    assert!(
        run.status.success() && made.is_file(),
        "mmdebstrap --mode=unshare as {BUILDER} failed (apt-get install mmdebstrap uidmap):\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::rename(&made, &tar)
        .or_else(|_| std::fs::copy(&made, &tar).map(drop))
        .unwrap();
    tar
}

/// Creates the builder user and its /etc/subuid and /etc/subgid ranges when missing; returns
/// its home directory.
fn builder() -> PathBuf {
    let _ = oracle("mmdebstrap", "mmdebstrap");
    let _ = oracle("newuidmap", "uidmap");
    let known = Command::new("id")
        .arg(BUILDER)
        .output()
        .unwrap()
        .status
        .success();
    if !known {
        let made = oracle("useradd", "passwd")
            .args(["-m", BUILDER])
            .status()
            .unwrap();
        assert!(made.success(), "useradd -m {BUILDER} failed");
    }
    for file in ["/etc/subuid", "/etc/subgid"] {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        if !text.lines().any(|l| l.starts_with(&format!("{BUILDER}:"))) {
            std::fs::write(file, format!("{text}{SUBIDS}\n")).unwrap();
        }
    }
    PathBuf::from("/home").join(BUILDER)
}
