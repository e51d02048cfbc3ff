//! The MOS objects for `write_mos`: the DSL plan of the datasets, plus the packed config
//! nvlist in the object the plan reserved for it.
//! OpenZFS module/zfs/spa.c (`spa_sync_config_object`: `SPA_CONFIG_BLOCKSIZE` blocks, the packed size in an
//! 8-byte bonus).
use super::config::{ConfigInput, mos_config};
use super::mos::MosObjects;
use super::options::PoolOptions;
use crate::dmu::{Object, ObjectData};
use crate::dsl::{DatasetInput, DslInput, PropValue, VdevZaps, plan};
use crate::phys::{DmuType, SPA_CONFIG_BLOCKSIZE};

/// The MOS objects, dataset GUIDs and MOS salts drawn from `seed`; `config` builds the config
/// for a given metaslab-array object.
pub fn mos_objects(
    opts: &PoolOptions,
    (seed, space_maps): (u64, u64),
    datasets: &[DatasetInput],
    config: &dyn Fn(u64, Option<VdevZaps>) -> ConfigInput,
) -> MosObjects {
    let bootfs = opts.datasets.first().map(|d| d.name.clone());
    let compat = opts.compatibility.clone();
    // `zpool create -o ashift=N` keeps N for vdevs added later; `compatibility` lives in
    // the config, not here (spa.c `spa_sync_props`).
    let ashift = (
        "ashift".to_owned(),
        PropValue::Number(u64::from(opts.ashift)),
    );
    let pool_props = (!compat.is_legacy())
        .then_some(ashift)
        .into_iter()
        .collect();
    let input = DslInput {
        create_txg: super::lay_out::TXG_CREATE,
        creation_time: opts.time,
        seed,
        datasets: datasets.to_vec(),
        bootfs,
        pool_props,
        compat,
        space_maps,
    };
    let plan = plan(&input);
    let mut objects = plan.objects;
    let config = config(plan.metaslab_array, plan.vdev_zaps);
    objects.push((plan.config, config_object(&config)));
    objects.sort_by_key(|o| o.0);
    MosObjects {
        objects,
        metaslab_array: plan.metaslab_array,
        mos_dirs: plan.mos_dirs,
    }
}

fn config_object(c: &ConfigInput) -> Object {
    let packed = mos_config(c).pack_xdr();
    let bonus = (packed.len() as u64).to_le_bytes().to_vec();
    let blocks = packed.chunks(SPA_CONFIG_BLOCKSIZE).map(|b| {
        let mut block = b.to_vec();
        block.resize(SPA_CONFIG_BLOCKSIZE, 0);
        block
    });
    let data = ObjectData::Blocks {
        block_size: SPA_CONFIG_BLOCKSIZE as u32,
        blocks: blocks.collect(),
    };
    Object {
        dmu_type: DmuType::PackedNvlist,
        bonus_type: DmuType::PackedNvlistSize,
        bonus,
        data,
    }
}
