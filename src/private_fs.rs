//! Files only the user may read: directories 0700, files 0600, whole-file writes atomic, and
//! nothing trusted that someone else could have planted: temporary files are created new,
//! never through a symlink, under an unguessable name; an existing directory is checked before
//! it is used; doctor notes and refresh locks must be the user's own.

use crate::error::{Error, Result};
use std::fs::{DirBuilder, File, Metadata, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Creates `dir` and any missing parents, 0700. An existing `dir` must be safe to write into:
/// owned by the user (or root) and not writable by others unless sticky (like `/tmp`); a store
/// folder someone else pre-created 0777 is refused, not used.
pub fn create_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    if dir.is_dir() {
        return check_dir_for_writing(dir);
    }
    let mut b = DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
        .map_err(|e| Error::failure(format!("cannot create directory {}: {e}", dir.display())))
}

/// Creates `dir` like `create_dir`, then requires it to be the user's own and writable by
/// nobody else (doctor notes, refresh locks: what is in it decides what authz does).
pub fn private_dir(dir: &Path) -> Result<()> {
    create_dir(dir)?;
    check_private_dir(dir)
}

/// Refuses `dir` unless it is a directory of the user's that no one else can write.
pub fn check_private_dir(dir: &Path) -> Result<()> {
    let meta = std::fs::symlink_metadata(dir)
        .map_err(|e| Error::failure(format!("cannot read {}: {e}", dir.display())))?;
    if !meta.is_dir() {
        return Err(refused(dir, "is not a directory (a symlink?)"));
    }
    check_owned(dir, &meta)
}

/// Options for a 0600 file opened for writing, never through a symlink.
pub fn options() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
        o.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    o
}

/// Opens `path` for reading, never through a symlink, and only when it is the user's own and
/// writable by nobody else (a doctor note).
pub fn open_private(path: &Path) -> Result<File> {
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut o,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
    let file = o
        .open(path)
        .map_err(|e| Error::failure(format!("cannot open {}: {e}", path.display())))?;
    check_owned(path, &file.metadata()?)?;
    Ok(file)
}

/// A 0600 lock file, created if absent, never truncated, and refused unless it is the user's
/// own and writable by nobody else.
pub fn lock_file(path: &Path) -> Result<File> {
    let file = options()
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| Error::failure(format!("cannot open lock {}: {e}", path.display())))?;
    check_owned(path, &file.metadata()?)?;
    Ok(file)
}

/// Writes `path` 0600 through a temporary file and a rename: a reader (or a crash) sees the old
/// file or the new one, never half of one. The temporary file is created new (`O_EXCL`), not
/// through a symlink, under a random name, in the target's directory, which must not be one
/// others can write into unless it is sticky.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    check_dir_for_writing(dir)?;
    // A rename over a device or a FIFO would replace it (as root, the system's /dev/null).
    if let Ok(m) = std::fs::symlink_metadata(path)
        && !(m.is_file() || m.file_type().is_symlink())
    {
        return Err(Error::failure(format!(
            "refusing to replace {}: it is not a regular file",
            crate::error::escape(&path.display().to_string())
        )));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("authz");
    let tmp = dir.join(format!(".{name}.{}.tmp", crate::random::base32_id()));
    let mut created = false;
    let mut write = || -> std::io::Result<()> {
        let mut f = options().create_new(true).open(&tmp)?;
        created = true;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        if created {
            let _ = std::fs::remove_file(&tmp);
        }
        Error::failure(format!("cannot write {}: {e}", path.display()))
    })
}

/// What a cache file holds, when it can be trusted.
#[derive(Debug)]
pub enum CacheRead {
    /// No file (or no directory) yet.
    Missing,
    /// The user's own file, in the user's own private directory.
    Own(Vec<u8>),
    /// A file is there but someone else could have written it (why, for a warning): it is
    /// ignored, as if missing, and not overwritten.
    Untrusted(String),
}

/// Reads a cache file only when nobody but the user could have written it: the file is not a
/// symlink, is a regular file of at most `limit` bytes, belongs to the user and is writable by
/// nobody else, and so is its directory. A cache decides where tokens go and which keys verify
/// a token, so a file planted in a shared folder must not be believed.
pub fn read_cache(path: &Path, limit: u64) -> CacheRead {
    use std::io::Read;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return CacheRead::Missing,
        Err(e) => return CacheRead::Untrusted(format!("cannot read {}: {e}", dir.display())),
        Ok(_) => {}
    }
    if let Err(e) = check_private_dir(dir) {
        return CacheRead::Untrusted(e.message);
    }
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut o,
        (rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK).bits() as i32,
    );
    let file = match o.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return CacheRead::Missing,
        Err(e) => {
            return CacheRead::Untrusted(format!(
                "cannot open {} (a symlink?): {e}",
                path.display()
            ));
        }
    };
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return CacheRead::Untrusted(format!("cannot read {}: {e}", path.display())),
    };
    if !meta.is_file() {
        return CacheRead::Untrusted(format!("{} is not a regular file", path.display()));
    }
    if let Err(e) = check_owned(path, &meta) {
        return CacheRead::Untrusted(e.message);
    }
    let mut bytes = Vec::new();
    match file.take(limit + 1).read_to_end(&mut bytes) {
        Ok(n) if n as u64 > limit => {
            CacheRead::Untrusted(format!("{} is larger than {limit} bytes", path.display()))
        }
        Ok(_) => CacheRead::Own(bytes),
        Err(e) => CacheRead::Untrusted(format!("cannot read {}: {e}", path.display())),
    }
}

/// Writes a cache file (0600, atomically) in a directory that must be the user's own and
/// private (created 0700 if missing).
pub fn write_cache(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        private_dir(dir)?;
    }
    write_atomic(path, bytes)
}

/// Reads a file the user named (a JWKS file, a CA file) with a size limit: a regular file or
/// a FIFO, at most `limit` bytes, so `/dev/zero` or a huge file cannot exhaust memory.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::other("it is a directory"));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other(format!(
            "it is larger than {limit} bytes"
        )));
    }
    Ok(bytes)
}

/// Writes what the user asked to have written to `path` (`export --output`): a regular file,
/// or a path that does not exist yet, is replaced atomically (`write_atomic`; a symlink there is
/// replaced, never followed); a character device or a FIFO (`/dev/null`, a pipe someone reads)
/// is written through, never replaced; `-`, `/dev/stdout` and `/dev/stderr` are those streams.
/// A directory, a block device or a socket is refused.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    let stream = |w: &mut dyn Write| -> Result<()> {
        w.write_all(bytes)?;
        w.flush()?;
        Ok(())
    };
    match path.to_str() {
        Some("-" | "/dev/stdout") => return stream(&mut std::io::stdout().lock()),
        Some("/dev/stderr") => return stream(&mut std::io::stderr().lock()),
        _ => {}
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return write_atomic(path, bytes),
        Err(e) => {
            return Err(Error::failure(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let kind = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_fifo() {
            let mut o = OpenOptions::new();
            o.write(true);
            std::os::unix::fs::OpenOptionsExt::custom_flags(
                &mut o,
                rustix::fs::OFlags::NOFOLLOW.bits() as i32,
            );
            let mut f = o
                .open(path)
                .map_err(|e| Error::failure(format!("cannot write {}: {e}", path.display())))?;
            return stream(&mut f);
        }
    }
    if kind.is_file() || kind.is_symlink() {
        return write_atomic(path, bytes);
    }
    Err(Error::usage(format!(
        "cannot write to {}: it is not a file, a character device or a pipe",
        crate::error::escape(&path.display().to_string())
    ))
    .hint("name a file (it is replaced atomically), a pipe or a terminal"))
}

fn refused(path: &Path, why: &str) -> Error {
    Error::failure(format!(
        "refusing {}: it {why}",
        crate::error::escape(&path.display().to_string())
    ))
    .hint("make it yours and private (chown, chmod go-w), or remove it and let authz create it")
}

#[cfg(unix)]
fn check_owned(path: &Path, meta: &Metadata) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    if meta.uid() != rustix::process::geteuid().as_raw() {
        return Err(refused(path, "belongs to another user"));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(refused(path, "is writable by group or others"));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_owned(_: &Path, _: &Metadata) -> Result<()> {
    Ok(())
}

/// A directory files may be created in: the user's or root's, and not writable by others
/// unless sticky (so no one else can swap what we create there).
#[cfg(unix)]
fn check_dir_for_writing(dir: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(dir)
        .map_err(|e| Error::failure(format!("cannot read {}: {e}", dir.display())))?;
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me && meta.uid() != 0 {
        return Err(refused(dir, "belongs to another user"));
    }
    if meta.mode() & 0o022 != 0 && meta.mode() & 0o1000 == 0 {
        return Err(refused(
            dir,
            "is writable by group or others and not sticky",
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_dir_for_writing(_: &Path) -> Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn chmod(p: &Path, m: u32) {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
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

    #[test]
    fn an_existing_directory_writable_by_others_is_refused_unless_sticky() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("store");
        std::fs::create_dir(&dir).unwrap();
        chmod(&dir, 0o777);
        assert!(create_dir(&dir).is_err());
        assert!(write_atomic(&dir.join("x"), b"x").is_err());
        assert!(!dir.join("x").exists());
        chmod(&dir, 0o1777);
        create_dir(&dir).unwrap();
        write_atomic(&dir.join("x"), b"x").unwrap();
        assert!(private_dir(&dir).is_err(), "sticky is not private");
    }

    #[test]
    fn a_lock_or_note_others_can_write_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("l");
        lock_file(&f).unwrap();
        chmod(&f, 0o666);
        assert!(lock_file(&f).is_err());
        assert!(open_private(&f).is_err());
        chmod(&f, 0o600);
        open_private(&f).unwrap();
        let link = t.path().join("link");
        std::os::unix::fs::symlink(&f, &link).unwrap();
        assert!(open_private(&link).is_err(), "a symlink is not followed");
        assert!(lock_file(&link).is_err(), "a symlink is not followed");
    }
}
