//! The OpenZFS 2.1.11 kit (Debian 12's own release) that `tests/kit-zfs21/build.sh` builds
//! outside the clone, in a cache entry named by the recipe's hash: Debian 12's 6.1 kernel with
//! the 2.1.11 modules, and static 2.1.11 `zpool`, `zfs` and `zdb`.
use std::path::{Path, PathBuf};
use std::process::Command;

/// The recipe, relative to the workspace root.
const RECIPE: &str = "tests/kit-zfs21/build.sh";

/// The built kit: `boot/vmlinuz-<version>`, `lib/modules/<version>` (with the 2.1.11 modules
/// in `extra/`) and `sbin/{zpool,zfs,zdb}`. Panics, naming the recipe, when the entry for this
/// recipe is missing: an oracle never skips.
pub fn zfs21_root() -> PathBuf {
    let recipe = Path::new(env!("CARGO_MANIFEST_DIR")).join(RECIPE);
    let out = Command::new("bash")
        .arg(&recipe)
        .arg("--where")
        .output()
        .unwrap_or_else(|e| panic!("running bash {RECIPE} --where: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "bash {RECIPE} --where failed: {stderr}"
    );
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    assert!(
        root.join(".complete").is_file(),
        "the OpenZFS 2.1.11 test kit is not built for this recipe ({} has no .complete): run \
         `bash {RECIPE}` as root on Debian 12 (after `bash .ci/install-host.sh` and \
         `bash vendor/install-build-deps.sh`; about 15 minutes on 2 cores, then cached)",
        root.display()
    );
    root
}
