//! Every entry's attributes as the tools print them, one prefixed line each, run the same way
//! on the host fixture and in the guest: `getfattr -d -m - -h -e hex`, `getfacl -n`,
//! `getcap`, and `stat` (type, mode, owner: an access ACL's mask sets the group bits).
use std::path::Path;

use crate::host::oracle;

/// The listing's tools and their Debian packages (the guest gets the same binaries).
pub const TOOLS: [(&str, &str); 4] = [
    ("getfattr", "attr"),
    ("setfattr", "attr"),
    ("getfacl", "acl"),
    ("getcap", "libcap2-bin"),
];

/// The listing script for the tree at `dir` (sorted bytewise, so busybox and GNU agree).
pub fn script(dir: &str) -> String {
    format!(
        r#"cd {dir} || exit 97
find . | LC_ALL=C sort | while IFS= read -r p; do
  echo "P|$p|$(stat -c '%f %u %g' "$p")"
  getfattr -d -m - -h -e hex --absolute-names "$p" | grep -v '^# file' | grep . | sed "s#^#X|$p|#"
  [ -L "$p" ] || getfacl -n -p -c "$p" | grep . | sed "s#^#A|$p|#"
  getcap "$p" | sed 's/^/C|/'
done
"#
    )
}

/// The lines of `script` in `output` (the guest's output holds other lines too).
pub fn lines(output: &str) -> Vec<String> {
    let ours = |l: &&str| ["P|", "X|", "A|", "C|"].iter().any(|p| l.starts_with(p));
    output.lines().filter(ours).map(str::to_owned).collect()
}

/// The listing of the host tree at `root`.
pub fn on_host(root: &Path) -> Vec<String> {
    for (tool, package) in TOOLS {
        let _ = oracle(tool, package);
    }
    let out = oracle("sh", "dash")
        .args(["-c", &script(root.to_str().unwrap())])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&String::from_utf8_lossy(&out.stdout))
}
