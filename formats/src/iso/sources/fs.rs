//! `SourceFs`: a read-only hadris filesystem whose root lists file `i` as the decimal name
//! `i` (node id `i + 2`; the root is 1). Only what `read_tree` and lazy reads call does work.
use std::io;

use hadris_fs::sync::FileSystem;
use hadris_fs::{Capabilities, CaseRule, Charset, DirCursor, DirEntry, ErrorKind, FileType};
use hadris_fs::{FsResult, FsStats, Metadata, Name, NodeId, OpenMode, Permissions};

use super::read::{Failure, Lazy, Open};

/// Our sources as the files of one flat directory.
pub(super) struct SourceFs {
    pub(super) files: Vec<Lazy>,
    pub(super) open: Option<Open>,
    pub(super) failure: Failure,
}

const ROOT: u64 = 1;

fn id(raw: u64) -> NodeId {
    NodeId::new(raw).expect("node ids start at 1")
}

impl SourceFs {
    /// The file behind `node`; the root and unknown ids are not files.
    fn index(&self, node: NodeId) -> FsResult<usize, io::Error> {
        let index = usize::try_from(node.get().wrapping_sub(ROOT + 1)).unwrap_or(usize::MAX);
        match (node.get(), index < self.files.len()) {
            (ROOT, _) => Err(ErrorKind::IsADirectory.into()),
            (_, true) => Ok(index),
            _ => Err(ErrorKind::NotFound.into()),
        }
    }

    fn meta(&self, node: NodeId) -> FsResult<Metadata, io::Error> {
        if node.get() == ROOT {
            return Ok(Metadata::new(FileType::Dir, Permissions::new(0o755)));
        }
        let size = self.files[self.index(node)?].size;
        Ok(Metadata::new(FileType::File, Permissions::new(0o444)).with_len(size))
    }
}

impl FileSystem for SourceFs {
    type DeviceError = io::Error;

    fn capabilities(&self) -> Capabilities {
        Capabilities::new(CaseRule::Sensitive, Charset::Bytes, 20)
    }
    fn root(&self) -> NodeId {
        id(ROOT)
    }
    fn statfs(&mut self) -> FsResult<FsStats, io::Error> {
        Ok(FsStats::new(0, 0, 2048))
    }
    fn label<'b>(&mut self, _: &'b mut [u8]) -> FsResult<Option<&'b str>, io::Error> {
        Ok(None)
    }
    fn lookup(&mut self, dir: NodeId, name: &Name) -> FsResult<NodeId, io::Error> {
        let index = name.to_str().ok().and_then(|s| s.parse::<u64>().ok());
        match (dir.get(), index) {
            (ROOT, Some(i)) if i < self.files.len() as u64 => Ok(id(i + ROOT + 1)),
            _ => Err(ErrorKind::NotFound.into()),
        }
    }
    fn forget(&mut self, _: NodeId, _: u64) {}
    fn parent(&mut self, _: NodeId) -> FsResult<NodeId, io::Error> {
        Ok(id(ROOT))
    }
    fn stat(&mut self, node: NodeId) -> FsResult<Metadata, io::Error> {
        self.meta(node)
    }
    fn readdir(&mut self, dir: NodeId, from: DirCursor) -> FsResult<Option<DirEntry>, io::Error> {
        let i = from.into_raw();
        if dir.get() != ROOT || i >= self.files.len() as u64 {
            return Ok(None);
        }
        let (node, next) = (id(i + ROOT + 1), DirCursor::from_raw(i + 1));
        let entry = DirEntry::new(Name::new(&i.to_string()), node, self.meta(node)?, next);
        Ok(Some(entry.map_err(|_| ErrorKind::InvalidInput)?))
    }
    fn readlink<'b>(&mut self, _: NodeId, _: &'b mut [u8]) -> FsResult<&'b [u8], io::Error> {
        Err(ErrorKind::InvalidInput.into())
    }
    fn open(&mut self, node: NodeId, mode: OpenMode) -> FsResult<(), io::Error> {
        match mode {
            OpenMode::Read => self.index(node).map(drop),
            _ => Err(ErrorKind::ReadOnly.into()),
        }
    }
    fn close(&mut self, _: NodeId) -> FsResult<(), io::Error> {
        Ok(())
    }
    fn read(&mut self, node: NodeId, offset: u64, buf: &mut [u8]) -> FsResult<usize, io::Error> {
        let index = self.index(node)?;
        let read = self.read_file(index, offset, buf);
        read.map_err(|e| hadris_fs::Error::device(e, "reading a tree file failed"))
    }
}
