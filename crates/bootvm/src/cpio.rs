//! A writer for the `newc` cpio format (the one the kernel unpacks as an initramfs): headers
//! of thirteen 8-digit hex fields after the magic `070701`, names and data padded to 4 bytes,
//! ended by `TRAILER!!!`. Only what an initramfs needs: directories, regular files, and character
//! devices.

use std::io::{self, Write};

const S_IFDIR: u32 = 0o040000;
const S_IFREG: u32 = 0o100000;
const S_IFCHR: u32 = 0o020000;

/// Writes entries to `out` in order; [`Writer::finish`] appends the trailer.
pub struct Writer<W: Write> {
    out: W,
    ino: u32,
    written: u64,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer {
            out,
            ino: 1,
            written: 0,
        }
    }

    pub fn dir(&mut self, name: &str, perm: u32) -> io::Result<()> {
        self.entry(name, S_IFDIR | (perm & 0o7777), 0, &[])
    }

    pub fn file(&mut self, name: &str, perm: u32, data: &[u8]) -> io::Result<()> {
        self.entry(name, S_IFREG | (perm & 0o7777), 0, data)
    }

    pub fn char_device(&mut self, name: &str, perm: u32, major: u32, minor: u32) -> io::Result<()> {
        self.entry(name, S_IFCHR | (perm & 0o7777), (major << 8) | minor, &[])
    }

    /// Appends the trailer and returns the underlying writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.entry("TRAILER!!!", 0, 0, &[])?;
        self.out.flush()?;
        Ok(self.out)
    }

    /// `rdev` packs major and minor as `(major << 8) | minor`.
    fn entry(&mut self, name: &str, mode: u32, rdev: u32, data: &[u8]) -> io::Result<()> {
        let name = name.trim_start_matches('/');
        let name = if name.is_empty() { "." } else { name };
        let size = u32::try_from(data.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "file over 4 GiB"))?;
        let namesize = name.len() as u32 + 1;
        let fields = [
            self.ino,
            mode,
            0, // uid
            0, // gid
            if mode & 0o170000 == S_IFDIR { 2 } else { 1 },
            0, // mtime
            size,
            0, // devmajor
            0, // devminor
            rdev >> 8,
            rdev & 0xff,
            namesize,
            0, // check
        ];
        self.ino += 1;
        let mut header = String::from("070701");
        for f in fields {
            header.push_str(&format!("{f:08x}"));
        }
        self.put(header.as_bytes())?;
        self.put(name.as_bytes())?;
        self.put(&[0])?;
        self.pad()?;
        self.put(data)?;
        self.pad()
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    fn pad(&mut self) -> io::Result<()> {
        let n = (4 - (self.written % 4) as usize) % 4;
        self.put(&[0; 3][..n])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_entry_is_laid_out_as_newc() {
        let mut w = Writer::new(Vec::new());
        w.file("/init", 0o755, b"hi").unwrap();
        let bytes = w.finish().unwrap();
        let header = std::str::from_utf8(&bytes[..110]).unwrap();
        assert!(header.starts_with("070701"));
        assert_eq!(&header[14..22], "000081ed"); // mode: regular file, 0755
        assert_eq!(&header[54..62], "00000002"); // filesize
        assert_eq!(&header[94..102], "00000005"); // namesize: "init" + NUL
        assert_eq!(&bytes[110..115], b"init\0");
        // 110 + 5 = 115, padded to 116; data at 116.
        assert_eq!(&bytes[116..118], b"hi");
        assert_eq!(bytes.len() % 4, 0);
        assert!(bytes.windows(10).any(|w| w == b"TRAILER!!!"));
    }

    /// Differential: busybox's cpio extracts what we wrote, names, modes, contents and
    /// device numbers intact.
    #[test]
    fn busybox_cpio_extracts_the_archive() {
        let busybox = std::path::Path::new(crate::BUSYBOX_PATH);
        if !busybox.is_file() {
            eprintln!(
                "SKIPPED busybox_cpio_extracts_the_archive: no {}",
                busybox.display()
            );
            return;
        }
        let mut w = Writer::new(Vec::new());
        w.dir("/a", 0o755).unwrap();
        w.dir("/a/b", 0o700).unwrap();
        w.file("/a/b/odd", 0o640, b"12345").unwrap();
        w.file("/a/empty", 0o600, b"").unwrap();
        w.char_device("/a/null", 0o666, 1, 3).unwrap();
        let archive = w.finish().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new(busybox)
            .args(["cpio", "-i", "-d"])
            .current_dir(dir.path())
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), &archive).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
        let root = dir.path();
        assert_eq!(std::fs::read(root.join("a/b/odd")).unwrap(), b"12345");
        assert_eq!(std::fs::read(root.join("a/empty")).unwrap(), b"");
        let mode = |p: &str| {
            std::fs::metadata(root.join(p))
                .unwrap()
                .permissions()
                .mode()
                & 0o7777
        };
        assert_eq!(mode("a/b"), 0o700);
        assert_eq!(mode("a/b/odd"), 0o640);
        let null = std::fs::metadata(root.join("a/null")).unwrap();
        if null.file_type().is_char_device() {
            assert_eq!(null.rdev(), libc_makedev(1, 3));
        } else {
            eprintln!("note: busybox_cpio_extracts_the_archive: no mknod here, device not checked");
        }
    }

    /// `makedev` for small numbers (major < 4096, minor < 256).
    fn libc_makedev(major: u64, minor: u64) -> u64 {
        (major << 8) | minor
    }
}
