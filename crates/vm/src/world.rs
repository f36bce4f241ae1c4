//! The world a program runs in: the sockets of the network namespace, the maps (with their
//! value cells), the clock and the random seed. Built from skctx's parsed world file (the
//! one parser `skasm lint --world` uses) or in code; it persists across runs, so map updates
//! a program makes are seen by the next program and the next lookup.

use skctx::net::{Protocol, SocketDesc, SocketState};
use skctx::world::{EntryValue, World as WorldFile};
use skctx::{Errno, SockView, SocketAttrs};

use crate::maps::{Map, MapDef, MapError, NewValue};
use crate::memory::MAX_REGIONS;
use crate::program::Program;

/// One socket of the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Socket {
    pub name: String,
    pub desc: SocketDesc,
    /// What `bpf_sk_assign` checks (derived from `desc` by skctx).
    pub attrs: SocketAttrs,
    /// What `struct bpf_sock` loads read (derived from `desc` by skctx).
    pub view: SockView,
}

/// Sockets, maps and the inputs of the time and random helpers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct World {
    pub sockets: Vec<Socket>,
    pub maps: Vec<Map>,
    /// Map values, each a region programs can point into.
    pub(crate) cells: Vec<Vec<u8>>,
    /// The cells of `BPF_F_RDONLY_PROG` maps (`.rodata`): programs only read them.
    pub(crate) read_only: Vec<usize>,
    /// What `bpf_ktime_get_ns` and friends return, in nanoseconds.
    pub clock_ns: u64,
    /// What `bpf_jiffies64` returns (its rate is the kernel's `CONFIG_HZ`, so it is set on
    /// its own rather than derived from `clock_ns`).
    pub jiffies: u64,
    /// The state of `bpf_get_prandom_u32`'s generator.
    pub prandom_state: u64,
    /// The task the `bpf_get_current_*` helpers report (all zero unless set, e.g. to
    /// [`crate::task::Task::current`]).
    pub task: crate::task::Task,
    /// Programs a PROG_ARRAY can hold (tail-call targets), by index.
    pub tail_programs: Vec<Program>,
}

impl World {
    /// An empty world.
    pub fn new() -> World {
        World::default()
    }

    /// The world a world file describes: its sockets (in name order), its maps and their
    /// entries.
    pub fn from_file(file: &WorldFile) -> Result<World, MapError> {
        let mut w = World::new();
        for (name, desc) in &file.sockets {
            w.add_socket(name, desc.clone());
        }
        for (name, m) in &file.maps {
            let def = MapDef {
                map_type: m.map_type,
                key_size: m.key_size,
                value_size: m.value_size,
                max_entries: m.max_entries,
                flags: m.flags,
            };
            let id = w.add_map(name, def)?;
            for (key, value) in &m.entries {
                w.put_entry(id, key, value)?;
            }
        }
        Ok(w)
    }

    /// Adds a socket; returns its id.
    pub fn add_socket(&mut self, name: &str, desc: SocketDesc) -> usize {
        self.sockets.push(Socket {
            name: name.to_string(),
            attrs: desc.attrs(),
            view: desc.sock_view(),
            desc,
        });
        self.sockets.len() - 1
    }

    /// Adds an empty map (arrays zeroed); returns its id.
    pub fn add_map(&mut self, name: &str, def: MapDef) -> Result<usize, MapError> {
        if self.map_id(name).is_some() {
            return Err(MapError(format!("map `{name}` is defined twice")));
        }
        let first = self.cells.len();
        let cells = &mut self.cells;
        let map = Map::new(name, def, &mut |size| {
            new_cell(cells, vec![0; size]).map_err(|_| MapError("too many map values".into()))
        })?;
        if def.flags & verifier::MapInfo::RDONLY_PROG != 0 {
            self.read_only.extend(first..self.cells.len());
        }
        self.maps.push(map);
        Ok(self.maps.len() - 1)
    }

    /// Adds a program tail calls can reach; returns its index for
    /// [`World::set_prog_array_entry`].
    pub fn add_tail_program(&mut self, prog: Program) -> usize {
        self.tail_programs.push(prog);
        self.tail_programs.len() - 1
    }

    /// Puts tail-call target `tail` at `index` of PROG_ARRAY `map` (what userspace does
    /// with a program fd).
    pub fn set_prog_array_entry(
        &mut self,
        map: usize,
        index: u32,
        tail: usize,
    ) -> Result<(), MapError> {
        if tail >= self.tail_programs.len() {
            return Err(MapError(format!("no tail-call program #{tail}")));
        }
        self.maps
            .get_mut(map)
            .ok_or_else(|| MapError(format!("no map #{map}")))?
            .set_program(index, tail)
    }

    pub fn map_id(&self, name: &str) -> Option<usize> {
        self.maps.iter().position(|m| m.name == name)
    }

    pub fn socket_id(&self, name: &str) -> Option<usize> {
        self.sockets.iter().position(|s| s.name == name)
    }

    /// Stores an entry the way userspace would (`BPF_ANY`): the key's bytes, a socket by name
    /// or the value's bytes.
    pub fn put_entry(
        &mut self,
        map: usize,
        key: &[u8],
        value: &EntryValue,
    ) -> Result<(), MapError> {
        let m = self
            .maps
            .get(map)
            .ok_or_else(|| MapError(format!("no map #{map}")))?;
        let name = m.name.clone();
        let value = match value {
            EntryValue::Socket(s) => NewValue::Socket(
                self.socket_id(s)
                    .ok_or_else(|| MapError(format!("map `{name}`: no socket `{s}`")))?,
            ),
            EntryValue::Bytes(b) => NewValue::Bytes(b),
        };
        self.update(map, key, value, 0)
            .map_err(|e| MapError(format!("map `{name}`, key {key:02x?}: {e}")))
    }

    /// Map `map`'s values hold a `struct bpf_spin_lock` at byte `offset` (as the map's BTF
    /// says): `bpf_map_update_elem` then takes `BPF_F_LOCK` and, as the kernel's
    /// `copy_map_value`, leaves the lock's 4 bytes out of every copy.
    pub fn set_spin_lock(&mut self, map: usize, offset: u32) -> Result<(), MapError> {
        let m = self
            .maps
            .get_mut(map)
            .ok_or_else(|| MapError(format!("no map {map}")))?;
        let fits = u64::from(offset) + 4 <= u64::from(m.def.value_size) && offset.is_multiple_of(4);
        if !fits || !matches!(m.def.map_type, skctx::MapType::Array | skctx::MapType::Hash) {
            return Err(MapError(format!(
                "map `{}`: a spin lock at byte {offset} (ARRAY and HASH values, 4-byte aligned)",
                m.name
            )));
        }
        m.spin_lock = Some(offset);
        Ok(())
    }

    /// `bpf_map_update_elem` on map `map`.
    pub fn update(
        &mut self,
        map: usize,
        key: &[u8],
        value: NewValue<'_>,
        flags: u64,
    ) -> Result<(), Errno> {
        let (maps, cells) = (&mut self.maps, &mut self.cells);
        let m = maps.get_mut(map).ok_or(Errno::EINVAL)?;
        let size = m.def.value_size as usize;
        let lock = m.spin_lock.map(|off| off as usize..off as usize + 4);
        let fit = |v: &[u8]| {
            let mut b = v.to_vec();
            b.resize(size, 0);
            if let Some(lock) = lock.clone() {
                b[lock].fill(0);
            }
            b
        };
        let mut cells_alloc = Vec::new();
        let mut writes = Vec::new();
        // Cells are created and written after the map decided, so a refused update leaves
        // nothing behind.
        let next = cells.len();
        let r = m.update(
            key,
            value,
            flags,
            &mut |v| {
                cells_alloc.push(fit(v));
                Ok(next + cells_alloc.len() - 1)
            },
            &mut |cell, v| writes.push((cell, fit(v))),
        );
        if r.is_ok() {
            for c in cells_alloc {
                new_cell(cells, c)?;
            }
            for (cell, v) in writes {
                if let Some(c) = cells.get_mut(cell) {
                    *c = v;
                }
            }
        }
        r
    }

    /// The bytes of a value cell.
    pub fn cell(&self, cell: usize) -> Option<&[u8]> {
        self.cells.get(cell).map(Vec::as_slice)
    }

    /// A new value cell (a ring buffer reservation).
    pub(crate) fn alloc_cell(&mut self, bytes: Vec<u8>) -> Result<usize, Errno> {
        new_cell(&mut self.cells, bytes)
    }

    /// Whether programs may write `cell` (not a read-only map's value).
    pub(crate) fn writable(&self, cell: usize) -> bool {
        !self.read_only.contains(&cell)
    }

    pub(crate) fn cell_mut(&mut self, cell: usize) -> Option<&mut Vec<u8>> {
        self.cells.get_mut(cell)
    }

    /// The names of the sockets in socket `id`'s reuseport group as the kernel forms it
    /// (`skctx::net::SocketDesc::shares_reuseport_group`), in world order; empty without
    /// `SO_REUSEPORT`.
    pub fn reuseport_members(&self, id: usize) -> Vec<String> {
        let Some(me) = self.sockets.get(id) else {
            return Vec::new();
        };
        (self.sockets.iter())
            .filter(|s| s.desc.shares_reuseport_group(&me.desc))
            .map(|s| s.name.clone())
            .collect()
    }

    /// Whether a socket takes part in the ordinary lookup for `protocol` (listening TCP,
    /// unconnected UDP).
    pub fn is_lookup_candidate(&self, id: usize, protocol: Protocol) -> bool {
        self.sockets.get(id).is_some_and(|s| {
            s.desc.protocol == protocol
                && matches!(s.desc.state, SocketState::Listen | SocketState::Unconnected)
        })
    }
}

fn new_cell(cells: &mut Vec<Vec<u8>>, bytes: Vec<u8>) -> Result<usize, Errno> {
    if cells.len() >= MAX_REGIONS {
        return Err(Errno::ENOMEM);
    }
    cells.push(bytes);
    Ok(cells.len() - 1)
}
