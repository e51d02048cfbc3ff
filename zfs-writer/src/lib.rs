//! Writes a ZFS pool image file from an input tree, in userspace, with no kernel module.
//!
//! Nothing is written yet: the pool writer is issue 3 and lands module by module under the
//! layout in `../shared/STYLE.md` (phys, bits, nvlist, checksum, compress, vdev, dmu, zap, dsl,
//! zpl, pool). Until then `anvil-assemble` has no `pool` command, rather than a fake one.
#![forbid(unsafe_code)]
