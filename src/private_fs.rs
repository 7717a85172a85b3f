//! Files only the user may read: directories 0700, files 0600, whole-file writes atomic.

use crate::error::{Error, Result};
use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Creates `dir` and any missing parents, 0700. An existing directory is left as it is.
pub fn create_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut b = DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
        .map_err(|e| Error::failure(format!("cannot create directory {}: {e}", dir.display())))
}

/// Options for a 0600 file opened for writing.
pub fn options() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// A 0600 lock file, created if absent, never truncated.
pub fn lock_file(path: &Path) -> Result<File> {
    options()
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| Error::failure(format!("cannot open lock {}: {e}", path.display())))
}

/// Writes `path` 0600 through a temporary file and a rename: a reader (or a crash) sees the old
/// file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("authz");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut f = options().create(true).truncate(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::failure(format!("cannot write {}: {e}", path.display()))
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn directories_are_0700_and_files_0600() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a/b");
        create_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&t.path().join("a")), 0o700);
        let f = dir.join("x.json");
        write_atomic(&f, b"one").unwrap();
        write_atomic(&f, b"two").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"two");
        assert_eq!(mode(&f), 0o600);
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "a temp file was left"
        );
        lock_file(&dir.join("l")).unwrap();
        assert_eq!(mode(&dir.join("l")), 0o600);
    }
}
