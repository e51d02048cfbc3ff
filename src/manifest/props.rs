//! A dataset property from the manifest → the value its props ZAP stores (strings as text,
//! index properties as their number). OpenZFS module/zcommon/zfs_prop.c (`zfs_prop_init`
//! index tables, `zfs_prop_user`), zprop_common.c (`zprop_valid_char`), module/zfs/
//! zfs_ioctl.c (`zfs_check_userprops`), include/sys/zio_compress.h (`enum zio_compress`).
use toml::Value;
use zfs_writer::compress::{Compression, NAMES};
use zfs_writer::pool::PropValue;

/// `boolean_table`: atime, relatime, readonly, exec, setuid, devices.
const ON_OFF: &[(&str, u64)] = &[("off", 0), ("on", 1)];
/// `canmount_table` (`ZFS_CANMOUNT_OFF`, `_ON`, `_NOAUTO`).
const CANMOUNT: &[(&str, u64)] = &[("off", 0), ("on", 1), ("noauto", 2)];
/// `xattr_table` (`ZFS_XATTR_OFF`, `_DIR`, `_SA`): `on` is stored as `sa` (OpenZFS 2.3).
const XATTR: &[(&str, u64)] = &[("off", 0), ("on", 2), ("sa", 2), ("dir", 1)];
/// `acltype_table` (`ZFS_ACLTYPE_OFF`, `_POSIX`, `_NFSV4`, include/sys/zfs_ioctl.h):
/// `posixacl` is stored as `posix` (the name 2.1 prints; the number is 1 in every release).
const ACLTYPE: &[(&str, u64)] = &[("off", 0), ("posix", 1), ("posixacl", 1), ("nfsv4", 2)];
/// `ZAP_MAXNAMELEN` and `ZAP_MAXVALUELEN`: a user property's name and value stay below them.
const MAX_NAME: usize = 256;
const MAX_VALUE: usize = 8192;
/// Every property we take, for error messages.
const SUPPORTED: &str = "mountpoint, canmount, atime, relatime, readonly, exec, setuid, \
                         devices, compression, xattr, acltype, and user properties (names with ':')";

/// `name = value` as the props ZAP stores it, or why it cannot be.
pub fn encode(name: &str, value: &Value) -> Result<PropValue, String> {
    let table = match name {
        "mountpoint" => return mountpoint(value),
        "canmount" => CANMOUNT,
        "atime" | "relatime" | "readonly" | "exec" | "setuid" | "devices" => ON_OFF,
        "compression" => return compression(value),
        "xattr" => XATTR,
        "acltype" => ACLTYPE,
        "recordsize" => return Err("not supported: the writer writes 128 KiB records".into()),
        _ if name.contains(':') => return user(name, value),
        _ => return Err(format!("not supported; supported are {SUPPORTED}")),
    };
    index(table, value)
}

/// An index property: one of `table`'s names (a TOML boolean stands for on/off).
fn index(table: &[(&str, u64)], value: &Value) -> Result<PropValue, String> {
    let name = match value {
        Value::String(s) => s.as_str(),
        Value::Boolean(b) => ["off", "on"][usize::from(*b)],
        _ => "",
    };
    let found = table.iter().find(|(n, _)| *n == name);
    found.map(|(_, v)| PropValue::Number(*v)).ok_or_else(|| {
        let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
        format!("{value} is not one of {}", names.join(", "))
    })
}

/// `compression`: a name of `compress_table` the writer writes (`zfs_writer`'s `Compression`),
/// stored as its number; a TOML boolean stands for on/off.
fn compression(value: &Value) -> Result<PropValue, String> {
    let name = match value {
        Value::Boolean(b) => ["off", "on"][usize::from(*b)],
        Value::String(s) => s,
        _ => return Err(format!("{value} is not one of {NAMES}")),
    };
    let c: Compression = name.parse()?;
    Ok(PropValue::Number(c.prop_value()))
}

/// `mountpoint`: `none`, `legacy` or an absolute path.
fn mountpoint(value: &Value) -> Result<PropValue, String> {
    match value.as_str() {
        Some(p) if p == "none" || p == "legacy" || valid_path(p) => Ok(PropValue::Text(p.into())),
        _ => Err(format!(
            "{value} is not \"none\", \"legacy\" or an absolute path"
        )),
    }
}

fn valid_path(p: &str) -> bool {
    p.starts_with('/') && !p.contains('\0') && p.len() < MAX_VALUE
}

/// A user property (`zfs_prop_user`): a name of a-z 0-9 - _ . : with a ':', a string value.
fn user(name: &str, value: &Value) -> Result<PropValue, String> {
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.:".contains(c);
    if !name.chars().all(ok) || name.len() >= MAX_NAME {
        return Err("a user property's name is at most 255 of a-z 0-9 - _ . :".into());
    }
    match value.as_str() {
        Some(s) if s.len() < MAX_VALUE && !s.contains('\0') => Ok(PropValue::Text(s.into())),
        _ => Err(format!("{value} is not a string of at most 8191 bytes")),
    }
}
