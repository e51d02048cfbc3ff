//! Busybox applet paths from a `busybox --list-full` style list.

/// Each applet's absolute path: `bin/ls` → `/bin/ls`, a bare `ls` → `/bin/ls`. Blank lines,
/// `#` comments, `busybox` itself and names with `..` or spaces are skipped.
pub fn applet_paths(list: &str) -> Vec<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.contains(' '))
        .map(|l| match l.contains('/') {
            true => format!("/{}", l.trim_start_matches('/')),
            false => format!("/bin/{l}"),
        })
        .filter(|p| !p.split('/').any(|c| c == "..") && !p.ends_with("/busybox"))
        .collect()
}
