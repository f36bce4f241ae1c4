//! BPF maps: creation from a [`MapSpec`], element update/lookup/delete from userspace, and
//! putting sockets into SOCKMAP/SOCKHASH.

use crate::avail;
use crate::error::{Errno, Error};
use crate::socket::Socket;
use crate::sys::{self, cmd, MapCreateAttr, MapElemAttr};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

/// A map type as `BPF_MAP_CREATE` takes it: an `enum bpf_map_type` value, one of
/// [`skctx::MapType`] (the one table of map types) or any other number (a newer kernel's).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapType(u32);

impl MapType {
    /// Any `enum bpf_map_type` value.
    pub const fn from_id(id: u32) -> MapType {
        MapType(id)
    }

    /// The `enum bpf_map_type` value.
    pub fn id(self) -> u32 {
        self.0
    }

    /// The type in skctx's table, if it knows the value.
    pub fn known(self) -> Option<skctx::MapType> {
        skctx::MapType::from_id(self.0)
    }

    /// SOCKMAP or SOCKHASH: values are sockets (given as fds from userspace).
    pub fn holds_sockets(self) -> bool {
        self.known().is_some_and(skctx::MapType::holds_sockets)
    }

    /// Per-CPU values: a lookup copies one value per possible CPU.
    pub fn per_cpu(self) -> bool {
        self.known().is_some_and(skctx::MapType::per_cpu)
    }
}

impl From<skctx::MapType> for MapType {
    fn from(t: skctx::MapType) -> MapType {
        MapType(t.id())
    }
}

impl std::fmt::Debug for MapType {
    /// `SockMap`, or the number for a type skctx does not know.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.known() {
            Some(t) => write!(f, "{t:?}"),
            None => write!(f, "MapType({})", self.0),
        }
    }
}

/// `BPF_F_NO_PREALLOC` (required by LPM_TRIE).
pub const F_NO_PREALLOC: u32 = 1;
/// Update flags of `BPF_MAP_UPDATE_ELEM`, from skctx.
pub use skctx::{BPF_ANY, BPF_EXIST, BPF_NOEXIST};

/// What to create.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MapSpec {
    pub map_type: MapType,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
    /// Object name (at most 15 characters of `[A-Za-z0-9_.]`; may be empty).
    pub name: String,
    /// The offset of a `struct bpf_spin_lock` in the value: the map is created with BTF
    /// saying so ([`crate::btf::spin_lock_value_btf`]), as `bpf_spin_lock` needs.
    pub spin_lock: Option<u32>,
    /// Created with BTF describing the value even without a lock (as libbpf creates a map
    /// clang's BTF defines): `bpf_spin_lock` on it then finds no lock rather than no BTF.
    pub value_btf: bool,
}

impl MapSpec {
    pub fn new(
        map_type: impl Into<MapType>,
        key_size: u32,
        value_size: u32,
        max_entries: u32,
    ) -> MapSpec {
        MapSpec {
            map_type: map_type.into(),
            key_size,
            value_size,
            max_entries,
            flags: 0,
            name: String::new(),
            spin_lock: None,
            value_btf: false,
        }
    }
    /// SOCKMAP with u32 keys and u32 (fd) values.
    pub fn sockmap(max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::SockMap, 4, 4, max_entries)
    }
    /// SOCKHASH with `key_size`-byte keys and u32 (fd) values.
    pub fn sockhash(key_size: u32, max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::SockHash, key_size, 4, max_entries)
    }
    pub fn array(value_size: u32, max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::Array, 4, value_size, max_entries)
    }
    pub fn hash(key_size: u32, value_size: u32, max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::Hash, key_size, value_size, max_entries)
    }
    /// LPM trie; `key_size` includes the 4-byte prefix length. Sets `BPF_F_NO_PREALLOC`.
    pub fn lpm_trie(key_size: u32, value_size: u32, max_entries: u32) -> MapSpec {
        MapSpec {
            flags: F_NO_PREALLOC,
            ..MapSpec::new(skctx::MapType::LpmTrie, key_size, value_size, max_entries)
        }
    }
    pub fn prog_array(max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::ProgArray, 4, 4, max_entries)
    }
    /// PERF_EVENT_ARRAY; `max_entries` 0 is the number of possible CPUs, as libbpf makes it.
    pub fn perf_event_array(max_entries: u32) -> MapSpec {
        MapSpec::new(skctx::MapType::PerfEventArray, 4, 4, max_entries)
    }
    pub fn named(mut self, name: &str) -> MapSpec {
        self.name = name.to_string();
        self
    }
    pub fn with_flags(mut self, flags: u32) -> MapSpec {
        self.flags = flags;
        self
    }
    /// The value holds a `struct bpf_spin_lock` at byte `offset`.
    pub fn with_spin_lock(mut self, offset: u32) -> MapSpec {
        self.spin_lock = Some(offset);
        self
    }
}

/// A created map; the fd closes on drop (the kernel keeps the map alive while a loaded
/// program uses it).
#[derive(Debug)]
pub struct Map {
    fd: OwnedFd,
    spec: MapSpec,
}

impl AsFd for Map {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// Creates a map.
pub fn create_map(spec: &MapSpec) -> Result<Map, Error> {
    Map::create(spec)
}

impl Map {
    pub fn create(spec: &MapSpec) -> Result<Map, Error> {
        avail::check()?;
        if spec.name.len() > 15
            || !spec
                .name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        {
            return Err(Error::InvalidInput(format!(
                "map name `{}`: at most 15 characters of [A-Za-z0-9_.]",
                spec.name
            )));
        }
        let mut attr = MapCreateAttr {
            map_type: spec.map_type.id(),
            key_size: spec.key_size,
            value_size: spec.value_size,
            max_entries: max_entries(spec),
            map_flags: spec.flags,
            map_name: sys::object_name(&spec.name),
            ..Default::default()
        };
        // The map keeps its own reference to the BTF; this fd may close after the call.
        let btf = match spec.spin_lock.is_some() || spec.value_btf {
            true => {
                let btf = crate::btf::Btf::load(&crate::btf::spin_lock_value_btf(
                    spec.key_size,
                    spec.value_size,
                    spec.spin_lock,
                ))?;
                attr.btf_fd = btf.raw_fd();
                (attr.btf_key_type_id, attr.btf_value_type_id) = crate::btf::SPIN_LOCK_TYPE_IDS;
                Some(btf)
            }
            false => None,
        };
        // SAFETY: the attr holds no pointers.
        let fd =
            unsafe { sys::bpf(cmd::MAP_CREATE, &mut attr) }.map_err(|errno| Error::Syscall {
                op: "BPF_MAP_CREATE",
                errno,
            })?;
        // SAFETY: a successful BPF_MAP_CREATE returns a new fd we own.
        let fd = unsafe { sys::owned_fd(fd) };
        drop(btf);
        Ok(Map {
            fd,
            spec: spec.clone(),
        })
    }

    pub fn spec(&self) -> &MapSpec {
        &self.spec
    }

    fn check_len(&self, what: &str, got: usize, want: u32) -> Result<(), Error> {
        if got != want as usize {
            return Err(Error::InvalidInput(format!(
                "{what} of {got} bytes for map `{}` with {what} size {want}",
                self.spec.name
            )));
        }
        Ok(())
    }

    /// `BPF_MAP_UPDATE_ELEM` with flags [`BPF_ANY`], [`BPF_NOEXIST`] or [`BPF_EXIST`]. On a
    /// per-CPU map, `value` is stored for every possible CPU (the kernel reads one value per
    /// possible CPU, each rounded up to 8 bytes).
    pub fn update(&self, key: &[u8], value: &[u8], flags: u64) -> Result<(), Error> {
        self.check_len("key", key.len(), self.spec.key_size)?;
        self.check_len("value", value.len(), self.spec.value_size)?;
        let (stride, cpus) = self.value_layout();
        // A per-CPU value is padded to 8 bytes even for one CPU: the kernel reads the stride.
        let image: std::borrow::Cow<[u8]> = if cpus == 1 && stride == value.len() {
            std::borrow::Cow::Borrowed(value)
        } else {
            let mut all = vec![0u8; stride * cpus];
            for cpu in all.chunks_exact_mut(stride) {
                cpu[..value.len()].copy_from_slice(value);
            }
            std::borrow::Cow::Owned(all)
        };
        let mut attr = MapElemAttr {
            map_fd: self.fd.as_raw_fd() as u32,
            key: sys::ptr(key.as_ptr()),
            value: sys::ptr(image.as_ptr()),
            flags,
            ..Default::default()
        };
        // SAFETY: key is readable for key_size bytes (checked); the value image for what the
        // kernel reads (value_size, or value_size rounded to 8 times the possible CPUs).
        unsafe { sys::bpf(cmd::MAP_UPDATE_ELEM, &mut attr) }
            .map(|_| ())
            .map_err(|errno| Error::Syscall {
                op: "BPF_MAP_UPDATE_ELEM",
                errno,
            })
    }

    /// `BPF_MAP_LOOKUP_ELEM`: `None` when the key has no element (ENOENT). For SOCKMAP and
    /// SOCKHASH the value read back is the socket cookie and needs an 8-byte value size
    /// (4-byte maps answer ENOSPC).
    pub fn lookup(&self, key: &[u8]) -> Result<Option<Vec<u8>>, Error> {
        self.check_len("key", key.len(), self.spec.key_size)?;
        let (stride, cpus) = self.value_layout();
        let mut value = vec![0u8; stride * cpus];
        let mut attr = MapElemAttr {
            map_fd: self.fd.as_raw_fd() as u32,
            key: sys::ptr(key.as_ptr()),
            value: sys::ptr(value.as_mut_ptr()),
            ..Default::default()
        };
        // SAFETY: key is readable for key_size bytes; value is writable for what the kernel
        // copies (value_size, or value_size rounded to 8 times the possible CPUs).
        match unsafe { sys::bpf(cmd::MAP_LOOKUP_ELEM, &mut attr) } {
            Ok(_) => Ok(Some(value)),
            Err(e) if e == Errno::ENOENT => Ok(None),
            Err(errno) => Err(Error::Syscall {
                op: "BPF_MAP_LOOKUP_ELEM",
                errno,
            }),
        }
    }

    /// How the kernel lays out a value in user memory: `(bytes per value, values)`. Per-CPU
    /// maps take and give one value per possible CPU, each rounded up to 8 bytes.
    fn value_layout(&self) -> (usize, usize) {
        if self.spec.map_type.per_cpu() {
            (
                (self.spec.value_size as usize).div_ceil(8) * 8,
                possible_cpus(),
            )
        } else {
            (self.spec.value_size as usize, 1)
        }
    }

    /// `BPF_MAP_DELETE_ELEM`: `false` when there was no such element.
    pub fn delete(&self, key: &[u8]) -> Result<bool, Error> {
        self.check_len("key", key.len(), self.spec.key_size)?;
        let mut attr = MapElemAttr {
            map_fd: self.fd.as_raw_fd() as u32,
            key: sys::ptr(key.as_ptr()),
            ..Default::default()
        };
        // SAFETY: key is readable for key_size bytes.
        match unsafe { sys::bpf(cmd::MAP_DELETE_ELEM, &mut attr) } {
            Ok(_) => Ok(true),
            Err(e) if e == Errno::ENOENT => Ok(false),
            Err(errno) => Err(Error::Syscall {
                op: "BPF_MAP_DELETE_ELEM",
                errno,
            }),
        }
    }

    /// A one-element map holding `value` (padded with zeros to the value size) and frozen:
    /// what libbpf makes of `.rodata` (`bpf_object__populate_internal_map`).
    pub fn create_frozen(spec: &MapSpec, value: &[u8]) -> Result<Map, Error> {
        let map = Map::create(spec)?;
        let mut v = value.to_vec();
        v.resize(spec.value_size as usize, 0);
        map.update(&0u32.to_le_bytes(), &v, BPF_ANY)?;
        map.freeze()?;
        Ok(map)
    }

    /// `BPF_MAP_FREEZE`: no more writes from user space, as libbpf freezes `.rodata` after
    /// writing it; a frozen `BPF_F_RDONLY_PROG` map's values are constants to the verifier.
    pub fn freeze(&self) -> Result<(), Error> {
        let mut attr = MapElemAttr {
            map_fd: self.fd.as_raw_fd() as u32,
            ..Default::default()
        };
        // SAFETY: the attr names only our map's fd.
        unsafe { sys::bpf(cmd::MAP_FREEZE, &mut attr) }
            .map(|_| ())
            .map_err(|errno| Error::Syscall {
                op: "BPF_MAP_FREEZE",
                errno,
            })
    }

    /// Puts `socket` into a SOCKMAP/SOCKHASH under `key` (value = the socket fd, as a u32 or
    /// u64 depending on the map's value size).
    pub fn set_socket(&self, key: &[u8], socket: &Socket) -> Result<(), Error> {
        if !self.spec.map_type.holds_sockets() {
            return Err(Error::InvalidInput(format!(
                "map `{}` is a {:?}, not a SOCKMAP or SOCKHASH",
                self.spec.name, self.spec.map_type
            )));
        }
        let fd = socket.as_fd().as_raw_fd();
        match self.spec.value_size {
            4 => self.update(key, &(fd as u32).to_ne_bytes(), BPF_ANY),
            8 => self.update(key, &(fd as u64).to_ne_bytes(), BPF_ANY),
            n => Err(Error::InvalidInput(format!(
                "socket map `{}` has value size {n}; expected 4 or 8",
                self.spec.name
            ))),
        }
    }

    /// [`Map::set_socket`] with a u32 key (SOCKMAP index).
    pub fn set_socket_at(&self, index: u32, socket: &Socket) -> Result<(), Error> {
        self.set_socket(&index.to_ne_bytes(), socket)
    }
}

/// The `max_entries` the map is created with: libbpf's (`map_set_def_max_entries`) for a
/// PERF_EVENT_ARRAY that names none, the possible CPUs (the kernel refuses 0).
fn max_entries(spec: &MapSpec) -> u32 {
    match (spec.map_type.known(), spec.max_entries) {
        (Some(skctx::MapType::PerfEventArray), 0) => possible_cpus() as u32,
        (_, n) => n,
    }
}

/// Number of possible CPUs (`/sys/devices/system/cpu/possible`, e.g. `0-3`), for per-CPU
/// map values; falls back to the available parallelism.
fn possible_cpus() -> usize {
    let parse = |s: &str| -> Option<usize> {
        let mut n = 0;
        for part in s.trim().split(',') {
            match part.split_once('-') {
                Some((a, b)) => {
                    n += b
                        .parse::<usize>()
                        .ok()?
                        .checked_sub(a.parse::<usize>().ok()?)?
                        + 1
                }
                None => {
                    part.parse::<usize>().ok()?;
                    n += 1
                }
            }
        }
        Some(n)
    };
    std::fs::read_to_string("/sys/devices/system/cpu/possible")
        .ok()
        .and_then(|s| parse(&s))
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1)
}
