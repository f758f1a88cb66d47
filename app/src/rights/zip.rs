//! A zip archive written as it goes (PKZIP APPNOTE 6.3): each file is handed out as soon as
//! it is made, with its sizes known up front, and the directory comes last. No temporary
//! file and no seeking, so the export streams to the browser. UTF-8 names (bit 11), deflate
//! or stored, no zip64 (a person's export is far below 4 GiB).
use std::io::Write;

/// A moment as zip stores it: MS-DOS date and time, local wall clock.
#[derive(Clone, Copy, Debug)]
pub struct DosTime {
    pub date: u16,
    pub time: u16,
}

impl DosTime {
    pub fn new(year: i16, month: i8, day: i8, hour: i8, minute: i8, second: i8) -> DosTime {
        let year = (year.clamp(1980, 2107) - 1980) as u16;
        DosTime {
            date: (year << 9) | ((month as u16) << 5) | day as u16,
            time: ((hour as u16) << 11) | ((minute as u16) << 5) | (second as u16 / 2),
        }
    }
}

struct Entry {
    name: String,
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

pub struct ZipWriter {
    when: DosTime,
    written: u32,
    entries: Vec<Entry>,
}

#[derive(Debug)]
pub struct TooLarge;

const UTF8_NAMES: u16 = 1 << 11;

impl ZipWriter {
    pub fn new(when: DosTime) -> ZipWriter {
        ZipWriter {
            when,
            written: 0,
            entries: Vec::new(),
        }
    }

    /// The bytes of one file in the archive (its local header and its data), compressed
    /// when `compress`.
    pub fn file(&mut self, name: &str, data: &[u8], compress: bool) -> Result<Vec<u8>, TooLarge> {
        let crc = crc32fast::hash(data);
        let (method, body) = if compress {
            let mut encoder =
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(data).map_err(|_| TooLarge)?;
            (8, encoder.finish().map_err(|_| TooLarge)?)
        } else {
            (0, data.to_vec())
        };
        let entry = Entry {
            name: name.to_string(),
            method,
            crc,
            compressed: u32::try_from(body.len()).map_err(|_| TooLarge)?,
            size: u32::try_from(data.len()).map_err(|_| TooLarge)?,
            offset: self.written,
        };
        let mut out = Vec::with_capacity(30 + name.len() + body.len());
        put32(&mut out, 0x0403_4b50);
        put16(&mut out, 20);
        put16(&mut out, UTF8_NAMES);
        put16(&mut out, entry.method);
        put16(&mut out, self.when.time);
        put16(&mut out, self.when.date);
        put32(&mut out, entry.crc);
        put32(&mut out, entry.compressed);
        put32(&mut out, entry.size);
        put16(&mut out, name_len(name)?);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&body);
        self.written = self
            .written
            .checked_add(u32::try_from(out.len()).map_err(|_| TooLarge)?)
            .ok_or(TooLarge)?;
        self.entries.push(entry);
        Ok(out)
    }

    /// The central directory and its end record: the archive's last bytes.
    pub fn finish(self) -> Result<Vec<u8>, TooLarge> {
        let mut out = Vec::new();
        for e in &self.entries {
            put32(&mut out, 0x0201_4b50);
            // Made by: UNIX (3), spec 2.0; so the permissions below are read as such.
            put16(&mut out, (3 << 8) | 20);
            put16(&mut out, 20);
            put16(&mut out, UTF8_NAMES);
            put16(&mut out, e.method);
            put16(&mut out, self.when.time);
            put16(&mut out, self.when.date);
            put32(&mut out, e.crc);
            put32(&mut out, e.compressed);
            put32(&mut out, e.size);
            put16(&mut out, name_len(&e.name)?);
            put16(&mut out, 0);
            put16(&mut out, 0);
            put16(&mut out, 0);
            put16(&mut out, 0);
            put32(&mut out, 0o100_644 << 16);
            put32(&mut out, e.offset);
            out.extend_from_slice(e.name.as_bytes());
        }
        let count = u16::try_from(self.entries.len()).map_err(|_| TooLarge)?;
        let size = u32::try_from(out.len()).map_err(|_| TooLarge)?;
        put32(&mut out, 0x0605_4b50);
        put16(&mut out, 0);
        put16(&mut out, 0);
        put16(&mut out, count);
        put16(&mut out, count);
        put32(&mut out, size);
        put32(&mut out, self.written);
        put16(&mut out, 0);
        Ok(out)
    }
}

fn name_len(name: &str) -> Result<u16, TooLarge> {
    u16::try_from(name.len()).map_err(|_| TooLarge)
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn u16_at(b: &[u8], i: usize) -> u16 {
        u16::from_le_bytes([b[i], b[i + 1]])
    }

    fn u32_at(b: &[u8], i: usize) -> u32 {
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
    }

    /// Reads the archive back by its directory, as an unzip program does.
    #[test]
    fn files_are_found_by_the_directory_and_read_back_whole() {
        let mut zip = ZipWriter::new(DosTime::new(2026, 12, 7, 9, 30, 0));
        let json = "{\"namn\": \"Amal Ahmed\", \"språk\": \"العربية\"}".repeat(50);
        let mut archive = zip
            .file("vagval-export.json", json.as_bytes(), true)
            .expect("a file");
        archive.extend(zip.file("LÄS-MIG.txt", b"hej", false).expect("a file"));
        archive.extend(zip.finish().expect("the directory"));

        let end = archive.len() - 22;
        assert_eq!(u32_at(&archive, end), 0x0605_4b50);
        assert_eq!(u16_at(&archive, end + 10), 2);
        let mut at = u32_at(&archive, end + 16) as usize;
        let mut found = Vec::new();
        for _ in 0..2 {
            assert_eq!(u32_at(&archive, at), 0x0201_4b50);
            let method = u16_at(&archive, at + 10);
            let crc = u32_at(&archive, at + 16);
            let compressed = u32_at(&archive, at + 20) as usize;
            let name_len = u16_at(&archive, at + 28) as usize;
            let local = u32_at(&archive, at + 42) as usize;
            let name =
                String::from_utf8(archive[at + 46..at + 46 + name_len].to_vec()).expect("UTF-8");
            assert_eq!(u32_at(&archive, local), 0x0403_4b50);
            let data_at = local + 30 + u16_at(&archive, local + 26) as usize;
            let raw = &archive[data_at..data_at + compressed];
            let data = if method == 8 {
                let mut out = Vec::new();
                flate2::read::DeflateDecoder::new(raw)
                    .read_to_end(&mut out)
                    .expect("deflate");
                out
            } else {
                raw.to_vec()
            };
            assert_eq!(crc32fast::hash(&data), crc);
            found.push((name, data));
            at += 46 + name_len;
        }
        assert_eq!(found[0], ("vagval-export.json".into(), json.into_bytes()));
        assert_eq!(found[1], ("LÄS-MIG.txt".into(), b"hej".to_vec()));
    }

    #[test]
    fn dos_time_packs_date_and_time() {
        let t = DosTime::new(2026, 12, 7, 9, 30, 58);
        assert_eq!(t.date >> 9, 46);
        assert_eq!((t.date >> 5) & 0xf, 12);
        assert_eq!(t.date & 0x1f, 7);
        assert_eq!(t.time >> 11, 9);
        assert_eq!((t.time >> 5) & 0x3f, 30);
        assert_eq!(t.time & 0x1f, 29);
    }
}
