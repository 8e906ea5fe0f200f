//! Reading a directory without an allocation per entry: `readdir(3)` gives
//! each name and (on most file systems) its type, borrowed until the next
//! entry. `std::fs::read_dir` allocates a name and a shared path per entry,
//! which is most of a glob's time on a large tree.

use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// What a directory entry is, from the directory itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    /// The file system did not say (a `stat` tells).
    Unknown,
}

/// An open directory; closed on drop.
pub struct DirReader {
    dir: std::ptr::NonNull<libc::DIR>,
}

impl DirReader {
    pub fn open(path: &Path) -> Option<Self> {
        let path = CString::new(path.as_os_str().as_bytes()).ok()?;
        // SAFETY: `path` is a valid NUL-terminated string for the call.
        #[allow(unsafe_code)]
        let dir = unsafe { libc::opendir(path.as_ptr()) };
        std::ptr::NonNull::new(dir).map(|dir| Self { dir })
    }

    /// Calls `each` with every entry's name (without `.` and `..`) and kind.
    pub fn for_each(self, mut each: impl FnMut(&[u8], Kind)) {
        loop {
            // SAFETY: `self.dir` is an open stream owned by `self`; the entry
            // it returns stays valid until the next `readdir` on it, and
            // `d_name` is NUL-terminated.
            #[allow(unsafe_code)]
            let (name, kind) = unsafe {
                let entry = libc::readdir(self.dir.as_ptr());
                if entry.is_null() {
                    return;
                }
                let kind = match (*entry).d_type {
                    libc::DT_REG => Kind::File,
                    libc::DT_DIR => Kind::Dir,
                    libc::DT_LNK => Kind::Symlink,
                    libc::DT_UNKNOWN => Kind::Unknown,
                    _ => Kind::File,
                };
                (CStr::from_ptr((*entry).d_name.as_ptr()).to_bytes(), kind)
            };
            if name != b"." && name != b".." {
                each(name, kind);
            }
        }
    }
}

impl Drop for DirReader {
    fn drop(&mut self) {
        // SAFETY: the stream is open and closed only here.
        #[allow(unsafe_code)]
        unsafe {
            libc::closedir(self.dir.as_ptr());
        }
    }
}
