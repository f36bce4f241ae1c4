//! The map types a program can use, and their lookup, update and delete as the kernel's map
//! implementations answer them from a program (errno and order of checks per type).
//!
//! Values live in the world's value cells ([`crate::world::World`]): a lookup hands out the
//! address of a cell, an update of a hash-like map puts the new value in a fresh cell (as the
//! kernel replaces the element, so an old pointer keeps seeing the old value) and a delete
//! only unlinks it. Mirrors kernel/bpf/arraymap.c, hashtab.c, lpm_trie.c and
//! net/core/sock_map.c.
//!
//! A lookup is what a program's run pays for most: arrays and SOCKMAPs are indexed
//! directly, hash-like maps hash their key with [`KeyHasher`] (no ordering is needed: no
//! map is ever listed in key order).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use skctx::{Errno, MapType};

pub use skctx::{BPF_EXIST, BPF_F_LOCK, BPF_NOEXIST};

/// A map's shape, as `BPF_MAP_CREATE` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapDef {
    pub map_type: MapType,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
}

/// Where a map keeps its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Store {
    /// ARRAY, PERCPU_ARRAY (one CPU): a value cell per index, created with the map.
    Array(Vec<usize>),
    /// HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH: key → cell, and the keys from least to
    /// most recently used (LRU types evict the first when full).
    Hash {
        entries: KeyMap<usize>,
        recency: Vec<Vec<u8>>,
    },
    /// LPM_TRIE: canonical key (prefix length, data with the bits past it cleared) → cell.
    Lpm(BTreeMap<Vec<u8>, usize>),
    /// SOCKMAP: the socket id at each index (grown as entries are set, never past
    /// `max_entries`).
    SockArray(Vec<Option<usize>>),
    /// SOCKHASH: key → socket id.
    SockHash(KeyMap<usize>),
    /// PROG_ARRAY: index → the world's tail-call program.
    Programs(BTreeMap<u32, usize>),
    /// PERF_EVENT_ARRAY: the indices holding a `BPF_OUTPUT` perf event, each opened on
    /// the CPU of its index (as user space fills these maps); output is captured.
    Output(BTreeSet<u32>),
    /// RINGBUF: output is captured; only the producer position is kept (nothing consumes
    /// during a run, as in `BPF_PROG_TEST_RUN`: the consumer position stays 0).
    Ring { producer_pos: u64 },
    /// QUEUE, STACK: the values from the oldest to the newest.
    Queue(VecDeque<Vec<u8>>),
}

/// A map of the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Map {
    /// The symbol programs reference it by.
    pub name: String,
    pub def: MapDef,
    pub(crate) store: Store,
    /// The offset of a `struct bpf_spin_lock` in the value (the map's BTF says where).
    pub(crate) spin_lock: Option<u32>,
}

/// A map keyed by byte strings, hashed with [`KeyHasher`].
pub(crate) type KeyMap<V> = HashMap<Vec<u8>, V, BuildHasherDefault<KeyHasher>>;

/// FxHash (rustc's hasher): one multiply per word, enough for keys a program builds (no
/// adversary chooses them to collide in a run of the VM).
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut add = |w: u64| self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            add(u64::from_le_bytes(b));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&n.to_le_bytes());
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The keys of a map's walk ([`Map::walk`]), in order.
pub(crate) enum Walk {
    /// An array's indexes `0..n`.
    Indexes(u32),
    Keys(Vec<Vec<u8>>),
}

impl Walk {
    pub(crate) fn len(&self) -> usize {
        match self {
            Walk::Indexes(n) => *n as usize,
            Walk::Keys(keys) => keys.len(),
        }
    }

    /// The `i`-th key.
    pub(crate) fn key(&self, i: usize) -> Vec<u8> {
        match self {
            Walk::Indexes(_) => (i as u32).to_le_bytes().to_vec(),
            Walk::Keys(keys) => keys.get(i).cloned().unwrap_or_default(),
        }
    }
}

/// What a lookup found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Cell(usize),
    Socket(usize),
    Program(usize),
}

/// What an update stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewValue<'a> {
    Bytes(&'a [u8]),
    Socket(usize),
}

/// Why a map cannot be modelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapError(pub String);

/// Most bytes of preallocated array values the world holds in one map.
const MAX_ARRAY_BYTES: u64 = 64 << 20;

impl Map {
    /// An empty map; arrays get their zeroed cells from `alloc`.
    pub(crate) fn new(
        name: &str,
        def: MapDef,
        alloc: &mut dyn FnMut(usize) -> Result<usize, MapError>,
    ) -> Result<Map, MapError> {
        use MapType::*;
        let store = match def.map_type {
            Array | PercpuArray => {
                if def.key_size != 4 {
                    return Err(MapError(format!("map `{name}`: an array's key is 4 bytes")));
                }
                if def.max_entries as u64 * def.value_size as u64 > MAX_ARRAY_BYTES {
                    return Err(MapError(format!(
                        "map `{name}`: {} entries of {} bytes is more than the VM preallocates ({MAX_ARRAY_BYTES} bytes)",
                        def.max_entries, def.value_size
                    )));
                }
                let cells = (0..def.max_entries)
                    .map(|_| alloc(def.value_size as usize))
                    .collect::<Result<_, _>>()?;
                Store::Array(cells)
            }
            Hash | PercpuHash | LruHash | LruPercpuHash => Store::Hash {
                entries: KeyMap::default(),
                recency: Vec::new(),
            },
            LpmTrie => {
                if def.key_size < 5 {
                    return Err(MapError(format!(
                        "map `{name}`: an LPM trie key is a 4-byte prefix length and data"
                    )));
                }
                Store::Lpm(BTreeMap::new())
            }
            SockMap => Store::SockArray(Vec::new()),
            SockHash => Store::SockHash(KeyMap::default()),
            ProgArray => Store::Programs(BTreeMap::new()),
            PerfEventArray => Store::Output(BTreeSet::new()),
            RingBuf => Store::Ring { producer_pos: 0 },
            Queue | Stack if def.key_size == 0 => Store::Queue(VecDeque::new()),
            Queue | Stack => {
                return Err(MapError(format!(
                    "map `{name}`: a queue or stack has no key (key size 0)"
                )))
            }
            other => {
                return Err(MapError(format!(
                    "map `{name}`: the VM does not model {} maps",
                    other.kernel_name()
                )))
            }
        };
        Ok(Map {
            name: name.to_string(),
            def,
            store,
            spin_lock: None,
        })
    }

    /// kernel/bpf/ringbuf.c `__bpf_ringbuf_reserve` for a ring nothing consumes: a record
    /// of `size` bytes takes its length with the 8-byte header rounded up to 8, and fits
    /// while the producer position stays within `max_entries - 1` bytes of the consumer's
    /// (0); `false` (the helper's NULL or `-EAGAIN`) for a record over
    /// `RINGBUF_MAX_RECORD_SZ` (`UINT_MAX / 4`), one that does not fit, or a map that is not
    /// a ring. A discarded record keeps its place, as in the kernel.
    pub(crate) fn ring_reserve(&mut self, size: u64) -> bool {
        let ring = u64::from(self.def.max_entries);
        let Store::Ring { producer_pos } = &mut self.store else {
            return false;
        };
        if size > u64::from(u32::MAX / 4) {
            return false;
        }
        let len = (size + 8).div_ceil(8) * 8;
        let new_pos = *producer_pos + len;
        if len > ring || new_pos > ring - 1 {
            return false;
        }
        *producer_pos = new_pos;
        true
    }

    /// `bpf_ringbuf_query`: `BPF_RB_AVAIL_DATA` (0) and `BPF_RB_PROD_POS` (3) the producer
    /// position (nothing consumed), `BPF_RB_RING_SIZE` (1) the ring's bytes, anything else
    /// (`BPF_RB_CONS_POS`, unknown flags) 0.
    pub(crate) fn ring_query(&self, flags: u64) -> u64 {
        let Store::Ring { producer_pos } = self.store else {
            return 0;
        };
        match flags {
            0 | 3 => producer_pos,
            1 => u64::from(self.def.max_entries),
            _ => 0,
        }
    }

    /// `flags` without `BPF_F_LOCK` for an ARRAY or HASH map whose value holds a spin lock
    /// (one CPU: the copy under the lock is the plain copy), else unchanged; `EINVAL` for
    /// the flag on a map without a lock, after what kernel/bpf/arraymap.c
    /// `array_map_update_elem` checks first (the index, `BPF_NOEXIST`). Other map types
    /// refuse the flag as an unknown one.
    fn lock_flag(&self, key: &[u8], flags: u64) -> Result<u64, Errno> {
        let locking = matches!(self.def.map_type, MapType::Array | MapType::Hash);
        if flags & BPF_F_LOCK == 0 || !locking || flags & !BPF_F_LOCK > BPF_EXIST {
            return Ok(flags);
        }
        if self.spin_lock.is_some() {
            return Ok(flags & !BPF_F_LOCK);
        }
        if self.def.map_type == MapType::Array {
            match index(key) {
                Some(i) if i < self.def.max_entries => {}
                _ => return Err(Errno::E2BIG),
            }
            if flags & BPF_NOEXIST != 0 {
                return Err(Errno::EEXIST);
            }
        }
        Err(Errno::EINVAL)
    }

    /// Whether a PERF_EVENT_ARRAY holds a perf event at `index`.
    pub(crate) fn has_perf_event(&self, index: u32) -> bool {
        matches!(&self.store, Store::Output(events) if events.contains(&index))
    }

    fn is_lru(&self) -> bool {
        matches!(self.def.map_type, MapType::LruHash | MapType::LruPercpuHash)
    }

    /// The prefix length an LPM key asks for, and the most the trie takes.
    fn lpm_prefix(&self, key: &[u8]) -> (u32, u32) {
        let plen = u32::from_le_bytes([key[0], key[1], key[2], key[3]]);
        (plen, (self.def.key_size - 4) * 8)
    }

    /// `bpf_map_lookup_elem`. `key` is `key_size` bytes (any other length finds nothing).
    /// A SOCKMAP's (the steering programs' map) is answered inline, without the general
    /// lookup's frame and dispatch.
    #[inline]
    pub fn lookup(&mut self, key: &[u8]) -> Option<Found> {
        if key.len() != self.def.key_size as usize {
            return None;
        }
        match &self.store {
            Store::SockArray(slots) => sock_slot(slots, self.def.max_entries, key),
            _ => self.lookup_other(key),
        }
    }

    /// [`Map::lookup`] of a map other than a SOCKMAP.
    fn lookup_other(&mut self, key: &[u8]) -> Option<Found> {
        let max = self.def.max_entries;
        let lru = self.is_lru();
        let lpm = matches!(self.store, Store::Lpm(_)).then(|| self.lpm_prefix(key));
        match &mut self.store {
            Store::Array(cells) => cells.get(index(key)? as usize).map(|c| Found::Cell(*c)),
            Store::Hash { entries, recency } => {
                let cell = *entries.get(key)?;
                if lru {
                    touch(recency, key);
                }
                Some(Found::Cell(cell))
            }
            Store::Lpm(entries) => {
                let (plen, max_plen) = lpm?;
                if plen > max_plen {
                    return None;
                }
                (0..=plen)
                    .rev()
                    .find_map(|len| entries.get(&lpm_key(len, &key[4..])))
                    .map(|c| Found::Cell(*c))
            }
            Store::SockArray(slots) => sock_slot(slots, max, key),
            Store::SockHash(entries) => entries.get(key).map(|s| Found::Socket(*s)),
            Store::Programs(entries) => entries.get(&index(key)?).map(|p| Found::Program(*p)),
            Store::Output(_) | Store::Ring { .. } | Store::Queue(_) => None,
        }
    }

    /// The keys `bpf_for_each_map_elem` walks, or `None` for a type whose kernel map has no
    /// `map_for_each_callback` (only arraymap.c's and hashtab.c's have one: the VM's
    /// [`Store::Array`] and [`Store::Hash`] types). Arrays: every index from 0, as the kernel
    /// walks them. Hash types: the VM's own order (least recently used or updated first);
    /// the kernel walks its buckets in the order of a hash seeded at random per map, which
    /// no program can predict.
    pub(crate) fn walk(&self) -> Option<Walk> {
        match &self.store {
            Store::Array(cells) => Some(Walk::Indexes(cells.len() as u32)),
            Store::Hash { recency, .. } => Some(Walk::Keys(recency.clone())),
            _ => None,
        }
    }

    /// The value cell of the element at `key` of an array or hash-like map, without
    /// counting as a use (an LRU map's order stays).
    pub(crate) fn peek(&self, key: &[u8]) -> Option<usize> {
        match &self.store {
            Store::Array(cells) => cells.get(index(key)? as usize).copied(),
            Store::Hash { entries, .. } => entries.get(key).copied(),
            _ => None,
        }
    }

    /// `bpf_map_update_elem`: new cells come from `alloc` (given the value's bytes).
    pub(crate) fn update(
        &mut self,
        key: &[u8],
        value: NewValue<'_>,
        flags: u64,
        alloc: &mut dyn FnMut(&[u8]) -> Result<usize, Errno>,
        cells: &mut dyn FnMut(usize, &[u8]),
    ) -> Result<(), Errno> {
        if key.len() != self.def.key_size as usize {
            return Err(Errno::EINVAL);
        }
        let flags = self.lock_flag(key, flags)?;
        let def = self.def;
        let lru = self.is_lru();
        let lpm = matches!(self.store, Store::Lpm(_)).then(|| self.lpm_prefix(key));
        match (&mut self.store, value) {
            (Store::Array(slots), NewValue::Bytes(v)) => {
                if flags > BPF_EXIST {
                    return Err(Errno::EINVAL);
                }
                let i = index(key).ok_or(Errno::EINVAL)?;
                let Some(cell) = slots.get(i as usize) else {
                    return Err(Errno::E2BIG);
                };
                if flags == BPF_NOEXIST {
                    return Err(Errno::EEXIST);
                }
                cells(*cell, v);
                Ok(())
            }
            (Store::Hash { entries, recency }, NewValue::Bytes(v)) => {
                if flags > BPF_EXIST {
                    return Err(Errno::EINVAL);
                }
                let old = entries.contains_key(key);
                check_exist(old, flags)?;
                if !old && entries.len() >= def.max_entries as usize {
                    if !lru || recency.is_empty() {
                        return Err(Errno::E2BIG);
                    }
                    let victim = recency.remove(0);
                    entries.remove(&victim);
                }
                entries.insert(key.to_vec(), alloc(v)?);
                touch(recency, key);
                Ok(())
            }
            (Store::Lpm(entries), NewValue::Bytes(v)) => {
                let (plen, max_plen) = lpm.ok_or(Errno::EINVAL)?;
                if flags > BPF_EXIST || plen > max_plen {
                    return Err(Errno::EINVAL);
                }
                let k = lpm_key(plen, &key[4..]);
                let old = entries.contains_key(&k);
                check_exist(old, flags)?;
                if !old && entries.len() >= def.max_entries as usize {
                    return Err(Errno::ENOSPC);
                }
                entries.insert(k, alloc(v)?);
                Ok(())
            }
            (Store::SockArray(slots), NewValue::Socket(s)) => {
                if flags > BPF_EXIST {
                    return Err(Errno::EINVAL);
                }
                let i = match index(key) {
                    Some(i) if i < def.max_entries => i as usize,
                    _ => return Err(Errno::E2BIG),
                };
                check_exist(slots.get(i).copied().flatten().is_some(), flags)?;
                if slots.len() <= i {
                    slots.resize(i + 1, None);
                }
                slots[i] = Some(s);
                Ok(())
            }
            // A world entry: a perf event opened on the CPU of the index (its fd's value is
            // not kept; `max_entries` 0 is sized by the loader to the possible CPUs).
            (Store::Output(events), NewValue::Bytes(_)) => {
                let i = index(key).ok_or(Errno::EINVAL)?;
                if def.max_entries != 0 && i >= def.max_entries {
                    return Err(Errno::E2BIG);
                }
                events.insert(i);
                Ok(())
            }
            (Store::SockHash(entries), NewValue::Socket(s)) => {
                if flags > BPF_EXIST {
                    return Err(Errno::EINVAL);
                }
                let old = entries.contains_key(key);
                check_exist(old, flags)?;
                if !old && entries.len() >= def.max_entries as usize {
                    return Err(Errno::E2BIG);
                }
                entries.insert(key.to_vec(), s);
                Ok(())
            }
            _ => Err(Errno::EINVAL),
        }
    }

    /// `bpf_map_delete_elem` (a key of another length than `key_size` is `EINVAL`).
    pub fn delete(&mut self, key: &[u8]) -> Result<(), Errno> {
        if key.len() != self.def.key_size as usize {
            return Err(Errno::EINVAL);
        }
        let lpm = matches!(self.store, Store::Lpm(_)).then(|| self.lpm_prefix(key));
        match &mut self.store {
            Store::Array(_)
            | Store::Output(_)
            | Store::Ring { .. }
            | Store::Programs(_)
            | Store::Queue(_) => Err(Errno::EINVAL),
            Store::Hash { entries, recency } => {
                entries.remove(key).ok_or(Errno::ENOENT)?;
                recency.retain(|k| k != key);
                Ok(())
            }
            Store::Lpm(entries) => {
                let (plen, max_plen) = lpm.ok_or(Errno::EINVAL)?;
                if plen > max_plen {
                    return Err(Errno::EINVAL);
                }
                entries
                    .remove(&lpm_key(plen, &key[4..]))
                    .map(|_| ())
                    .ok_or(Errno::ENOENT)
            }
            // sock_map_delete_elem: an empty or out-of-range slot is -EINVAL.
            Store::SockArray(slots) => index(key)
                .and_then(|i| slots.get_mut(i as usize))
                .and_then(Option::take)
                .map(|_| ())
                .ok_or(Errno::EINVAL),
            Store::SockHash(entries) => entries.remove(key).map(|_| ()).ok_or(Errno::ENOENT),
        }
    }

    /// `bpf_map_push_elem` (kernel/bpf/queue_stack_maps.c): flags 0 or `BPF_EXIST` (else
    /// `EINVAL`); a full map refuses with `E2BIG`, or with `BPF_EXIST` drops its oldest
    /// value to make room.
    pub fn push(&mut self, value: &[u8], flags: u64) -> Result<(), Errno> {
        let max = self.def.max_entries as usize;
        let Store::Queue(values) = &mut self.store else {
            return Err(Errno::EINVAL);
        };
        if flags != 0 && flags != BPF_EXIST {
            return Err(Errno::EINVAL);
        }
        if values.len() >= max {
            if flags != BPF_EXIST {
                return Err(Errno::E2BIG);
            }
            values.pop_front();
        }
        values.push_back(value.to_vec());
        Ok(())
    }

    /// `bpf_map_pop_elem` (`remove`) and `bpf_map_peek_elem`: a queue's oldest value, a
    /// stack's newest; `ENOENT` when empty.
    pub fn pop(&mut self, remove: bool) -> Result<Vec<u8>, Errno> {
        let stack = self.def.map_type == MapType::Stack;
        let Store::Queue(values) = &mut self.store else {
            return Err(Errno::EINVAL);
        };
        let value = match (stack, remove) {
            (false, true) => values.pop_front(),
            (true, true) => values.pop_back(),
            (false, false) => values.front().cloned(),
            (true, false) => values.back().cloned(),
        };
        value.ok_or(Errno::ENOENT)
    }

    /// Puts program `prog` at `index` of a PROG_ARRAY (what userspace does).
    pub fn set_program(&mut self, index: u32, prog: usize) -> Result<(), MapError> {
        match &mut self.store {
            Store::Programs(p) if index < self.def.max_entries => {
                p.insert(index, prog);
                Ok(())
            }
            _ => Err(MapError(format!(
                "map `{}`: not a PROG_ARRAY with index {index}",
                self.name
            ))),
        }
    }
}

/// The u32 index of an array key.
/// The socket in slot `key` of a SOCKMAP of `max` entries, if any.
#[inline]
fn sock_slot(slots: &[Option<usize>], max: u32, key: &[u8]) -> Option<Found> {
    let i = index(key)?;
    if i >= max {
        return None;
    }
    slots.get(i as usize).copied().flatten().map(Found::Socket)
}

fn index(key: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(key.get(..4)?.try_into().ok()?))
}

fn check_exist(old: bool, flags: u64) -> Result<(), Errno> {
    match (old, flags) {
        (true, BPF_NOEXIST) => Err(Errno::EEXIST),
        (false, BPF_EXIST) => Err(Errno::ENOENT),
        _ => Ok(()),
    }
}

fn touch(recency: &mut Vec<Vec<u8>>, key: &[u8]) {
    recency.retain(|k| k != key);
    recency.push(key.to_vec());
}

/// An LPM key with the data bits past `plen` cleared: equal prefixes compare equal.
fn lpm_key(plen: u32, data: &[u8]) -> Vec<u8> {
    let mut k = plen.to_le_bytes().to_vec();
    for (i, b) in data.iter().enumerate() {
        let bits = (plen as usize).saturating_sub(i * 8).min(8);
        let mask = if bits == 0 { 0 } else { 0xffu8 << (8 - bits) };
        k.push(b & mask);
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sock_map(map_type: MapType, max_entries: u32) -> Map {
        let def = MapDef {
            map_type,
            key_size: 4,
            value_size: 8,
            max_entries,
            flags: 0,
        };
        Map::new("m", def, &mut |_| Err(MapError("no cells".into()))).expect("map")
    }

    fn set(m: &mut Map, key: u32, s: usize, flags: u64) -> Result<(), Errno> {
        let k = key.to_le_bytes();
        m.update(
            &k,
            NewValue::Socket(s),
            flags,
            &mut |_| Err(Errno::ENOMEM),
            &mut |_, _| {},
        )
    }

    /// net/core/sock_map.c: a SOCKMAP is an array (an index past it is E2BIG on update and
    /// found nowhere; deleting an empty slot is EINVAL), a SOCKHASH a hash (full: E2BIG;
    /// deleting a missing key: ENOENT); both check BPF_NOEXIST/BPF_EXIST.
    #[test]
    fn socket_maps_answer_as_sock_map_c() {
        let mut m = sock_map(MapType::SockMap, 4);
        assert_eq!(set(&mut m, 4, 1, 0), Err(Errno::E2BIG));
        assert_eq!(set(&mut m, 3, 1, BPF_EXIST), Err(Errno::ENOENT));
        assert_eq!(set(&mut m, 3, 1, BPF_NOEXIST), Ok(()));
        assert_eq!(set(&mut m, 3, 2, BPF_NOEXIST), Err(Errno::EEXIST));
        assert_eq!(m.lookup(&3u32.to_le_bytes()), Some(Found::Socket(1)));
        assert_eq!(m.lookup(&2u32.to_le_bytes()), None);
        assert_eq!(m.lookup(&4u32.to_le_bytes()), None);
        assert_eq!(m.delete(&2u32.to_le_bytes()), Err(Errno::EINVAL));
        assert_eq!(m.delete(&9u32.to_le_bytes()), Err(Errno::EINVAL));
        assert_eq!(m.delete(&3u32.to_le_bytes()), Ok(()));
        assert_eq!(m.lookup(&3u32.to_le_bytes()), None);

        let mut h = sock_map(MapType::SockHash, 2);
        assert_eq!(set(&mut h, 80, 1, 0), Ok(()));
        assert_eq!(set(&mut h, 53, 2, 0), Ok(()));
        assert_eq!(set(&mut h, 443, 3, 0), Err(Errno::E2BIG));
        assert_eq!(set(&mut h, 80, 3, 0), Ok(()));
        assert_eq!(h.lookup(&80u32.to_le_bytes()), Some(Found::Socket(3)));
        assert_eq!(h.lookup(&443u32.to_le_bytes()), None);
        assert_eq!(h.delete(&443u32.to_le_bytes()), Err(Errno::ENOENT));
        assert_eq!(h.delete(&53u32.to_le_bytes()), Ok(()));
        assert_eq!(h.lookup(&53u32.to_le_bytes()), None);
    }
}
