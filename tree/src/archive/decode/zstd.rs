//! zstd through ruzstd's streaming decoder, which reads one frame: a new one is started
//! while input remains (`zstd` writes several frames for concatenated or large inputs), and
//! each frame's content checksum, when it has one, is checked.
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use ruzstd::decoding::{FrameDecoder, StreamingDecoder};

type Decoder = StreamingDecoder<BufReader<File>, FrameDecoder>;

/// The frames of a zstd stream, decoded back to back.
pub(super) struct Frames {
    input: Option<BufReader<File>>,
    frame: Option<Decoder>,
    spare: Option<FrameDecoder>,
}

impl Frames {
    pub fn new(input: BufReader<File>) -> Frames {
        let spare = Some(FrameDecoder::new());
        Frames {
            input: Some(input),
            frame: None,
            spare,
        }
    }

    /// Starts the next frame; `false` at the end of the input.
    fn next_frame(&mut self) -> io::Result<bool> {
        let Some(mut input) = self.input.take() else {
            return Ok(false);
        };
        if input.fill_buf()?.is_empty() {
            return Ok(false);
        }
        let decoder = self.spare.take().unwrap_or_default();
        let frame = StreamingDecoder::new_with_decoder(input, decoder).map_err(io::Error::other)?;
        self.frame = Some(frame);
        Ok(true)
    }

    /// The current frame ended: check its checksum and give its input back.
    fn end_frame(&mut self) -> io::Result<()> {
        let frame = self.frame.take().expect("a frame was being read");
        let (input, decoder) = frame.into_parts();
        let (stored, computed) = (
            decoder.get_checksum_from_data(),
            decoder.get_calculated_checksum(),
        );
        if let (Some(stored), Some(computed)) = (stored, computed)
            && stored != computed
        {
            return Err(io::Error::other("zstd frame checksum mismatch"));
        }
        (self.input, self.spare) = (Some(input), Some(decoder));
        Ok(())
    }
}

impl Read for Frames {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if buf.is_empty() {
                return Ok(0);
            }
            if let Some(frame) = &mut self.frame {
                let got = frame.read(buf)?;
                if got > 0 {
                    return Ok(got);
                }
                self.end_frame()?;
            }
            if !self.next_frame()? {
                return Ok(0);
            }
        }
    }
}
