//! Header blocks in stream order: extension headers are gathered until the object's own
//! header, then [`Member`] is built; two zero blocks end the archive.
use super::Member;
use super::ext::Ext;
use crate::archive::fault::{Fault, FaultAt};
use crate::archive::header::{BLOCK, Block, records};
use crate::archive::stream::Stream;

/// Reads members off a tar stream.
pub(in crate::archive) struct Reader<S> {
    pub stream: S,
    /// Records of `g` headers, in force for every later member.
    pub(super) global: Vec<(Vec<u8>, Vec<u8>)>,
}

impl<S: Stream> Reader<S> {
    pub fn new(stream: S) -> Reader<S> {
        let global = Vec::new();
        Reader { stream, global }
    }

    /// The next member, or `None` at the end of the archive.
    pub fn next(&mut self, warnings: &mut Vec<String>) -> Result<Option<Member>, Fault> {
        let mut ext = Ext::default();
        loop {
            let at = self.stream.pos();
            let mut buf = [0u8; BLOCK];
            let got = self
                .stream
                .read_full(&mut buf)
                .map_err(|e| Fault::io(at, &e))?;
            let pending = !ext.records.is_empty() || ext.long_name.is_some();
            if got == 0 && !pending {
                warnings.push(format!(
                    "the archive ends at byte {at} without end-of-archive blocks"
                ));
                return Ok(None);
            }
            if got < BLOCK {
                return Err(Fault::at(at, "the archive is truncated inside a header"));
            }
            let block = Block(&buf);
            if block.is_zero() {
                return self.end(at, pending, warnings).map(|()| None);
            }
            if !block.checksum_ok() {
                let msg = "header checksum mismatch: a corrupt header, or not a tar archive";
                return Err(Fault::at(at, msg).entry(&block.name()));
            }
            match block.typeflag() {
                b'x' | b'X' => ext
                    .records
                    .extend(records(&self.ext_data(&block, at)?).at(at)?),
                b'g' => {
                    let recs = records(&self.ext_data(&block, at)?).at(at)?;
                    self.set_global(recs);
                }
                b'L' => ext.long_name = Some(self.long_name(&block, at)?),
                b'K' => ext.long_link = Some(self.long_name(&block, at)?),
                _ => return self.member(&block, at, ext).map(Some),
            }
        }
    }

    /// A zero block at `at`: a second one (or the end of the stream) ends the archive.
    fn end(&mut self, at: u64, pending: bool, warnings: &mut Vec<String>) -> Result<(), Fault> {
        if pending {
            return Err(Fault::at(at, "extension headers are followed by no member"));
        }
        let mut buf = [0u8; BLOCK];
        let got = self
            .stream
            .read_full(&mut buf)
            .map_err(|e| Fault::io(at, &e))?;
        if got > 0 && !Block(&buf).is_zero() {
            warnings.push(format!(
                "a lone zero block at byte {at} ends the archive; what follows is ignored"
            ));
        }
        self.stream
            .finish()
            .map_err(|e| Fault::io(self.stream.pos(), &e))
    }
}
