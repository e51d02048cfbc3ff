//! A member from its own header and the extensions before it: pax records win over GNU long
//! names, which win over the header's fields.
use super::ext::{Ext, padding};
use super::meta::meta;
use super::pax_keys::Pax;
use super::reader::Reader;
use super::{Member, What};
use crate::archive::fault::{Fault, FaultAt};
use crate::archive::header::Block;
use crate::archive::stream::Stream;
use crate::meta::Meta;

impl<S: Stream> Reader<S> {
    /// Builds the member whose header `block` is at `at`; its data is passed over.
    pub(super) fn member(&mut self, block: &Block, at: u64, ext: Ext) -> Result<Member, Fault> {
        let mut pax = Pax::default();
        for (key, value) in self.global.iter().chain(&ext.records) {
            pax.apply(key, value).at(at)?;
        }
        let name = (pax.sparse.name.take().or(pax.path.take()))
            .or(ext.long_name)
            .unwrap_or_else(|| block.name());
        let link = (pax.linkpath.take().or(ext.long_link)).unwrap_or_else(|| block.linkname());
        let mut member = self.named(block, at, pax, &name, link);
        member = member.map_err(|f| f.entry(&name));
        member.map(|m| Member { name, ..m })
    }

    fn named(
        &mut self,
        block: &Block,
        at: u64,
        pax: Pax,
        name: &[u8],
        link: Vec<u8>,
    ) -> Result<Member, Fault> {
        let meta = meta(block, &pax).at(at)?;
        let size = match pax.size {
            Some(size) => size,
            None => block.size().at(at)?,
        };
        let dev = |i: usize, field: usize| -> Result<u32, Fault> {
            let n = match pax.dev[i] {
                Some(n) => i128::from(n),
                None => block.num(field, 8, "devmajor/devminor").at(at)?,
            };
            u32::try_from(n).map_err(|_| Fault::at(at, format!("device number {n} out of range")))
        };
        let what = match block.typeflag() {
            b'0' | 0 if name.ends_with(b"/") => What::Dir, // v7 wrote directories this way
            t @ (b'0' | 0 | b'7' | b'S') => return self.file(block, at, t, size, pax, meta),
            b'1' => What::HardLink(link),
            b'2' => What::Symlink(link),
            b'3' => What::CharDev(dev(0, 329)?, dev(1, 337)?),
            b'4' => What::BlockDev(dev(0, 329)?, dev(1, 337)?),
            b'5' | b'D' => What::Dir,
            b'6' => What::Fifo,
            t => What::Other(t),
        };
        self.skip_exact(size + padding(size), at)?;
        Ok(member(at, what, meta, pax))
    }
}

pub(super) fn member(offset: u64, what: What, meta: Meta, pax: Pax) -> Member {
    let (xattrs, acls, name) = (pax.xattrs, pax.acls, Vec::new());
    Member {
        offset,
        name,
        what,
        meta,
        xattrs,
        acls,
    }
}
