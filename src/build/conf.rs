//! `/etc/anvil.conf` of the initramfs: where its /init finds the medium, the image and the pool.
use zfs_writer::pool::VdevType;

use super::config::Config;

/// The initramfs /init's settings, sourced as shell.
pub fn conf(config: &Config) -> String {
    let (pool, iso) = (config.pool.options(0), &config.iso);
    let vdev = match pool.vdev_type {
        VdevType::Disk => "disk",
        VdevType::File => "file",
    };
    format!(
        "ANVIL_LABEL='{}'\nANVIL_IMAGE='{}'\nANVIL_POOL='{}'\nANVIL_DATASET='{}'\n\
         ANVIL_VDEV={vdev}\nANVIL_WAIT={}\n",
        iso.volume_id, iso.image, pool.name, config.root.dataset, iso.wait
    )
}
