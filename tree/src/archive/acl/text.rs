//! The text form of an ACL: entries `TAG:QUALIFIER:PERMS[:ID]` separated by commas or newlines
//! (`acl(5)`; star and bsdtar append the numeric id; GNU tar may give names only).

pub(crate) use crate::posix_acl::{GROUP, GROUP_OBJ, MASK, OTHER, USER, USER_OBJ};

/// Whose entry it is, for `USER` and `GROUP` tags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Qualifier {
    /// No qualifier (owner, owning group, mask, other).
    None,
    /// A numeric id.
    Id(u32),
    /// A user or group name still to be looked up.
    Name(Vec<u8>),
}

/// One ACL entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub tag: u16,
    pub perm: u16,
    pub who: Qualifier,
}

/// A whole ACL.
pub(crate) type Acl = Vec<Entry>;

/// Parses the text form; `#` comments and blanks are ignored.
pub(crate) fn parse(text: &[u8]) -> Result<Acl, String> {
    let text = String::from_utf8_lossy(text);
    let items = text
        .split([',', '\n'])
        .map(|i| i.split('#').next().unwrap_or("").trim());
    items.filter(|i| !i.is_empty()).map(entry).collect()
}

fn entry(item: &str) -> Result<Entry, String> {
    let bad = |why: &str| format!("ACL entry {item:?} {why}");
    let fields: Vec<&str> = item.split(':').collect();
    let (tag, who, perm, id) = match fields[..] {
        [t, p] if matches!(t, "other" | "o" | "mask" | "m") => (t, "", p, None),
        [t, w, p] => (t, w, p, None),
        [t, w, p, id] => (t, w, p, Some(id)),
        _ => return Err(bad("does not have the form tag:qualifier:perms")),
    };
    let named = !who.is_empty();
    let tag = match (tag, named) {
        ("user" | "u", false) => USER_OBJ,
        ("user" | "u", true) => USER,
        ("group" | "g", false) => GROUP_OBJ,
        ("group" | "g", true) => GROUP,
        ("mask" | "m", false) => MASK,
        ("other" | "o", false) => OTHER,
        _ => return Err(bad("has an unknown tag or an unexpected qualifier")),
    };
    let perm = perms(perm).ok_or_else(|| bad("has bad permissions (want rwx, r-x…)"))?;
    let numeric = |s: &str| s.parse::<u32>().ok();
    let who = match (named, id.and_then(numeric), numeric(who)) {
        (false, ..) => Qualifier::None,
        (true, Some(id), _) | (true, None, Some(id)) => Qualifier::Id(id),
        (true, None, None) => Qualifier::Name(who.as_bytes().to_vec()),
    };
    Ok(Entry { tag, perm, who })
}

fn perms(text: &str) -> Option<u16> {
    let mut perm = 0;
    for c in text.chars() {
        perm |= match c {
            'r' => 4,
            'w' => 2,
            'x' => 1,
            '-' => 0,
            _ => return None,
        };
    }
    Some(perm)
}

#[cfg(test)]
mod tests;
