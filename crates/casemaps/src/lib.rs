//! Test support: a spec case's maps as the loader binds them, in the verifier's terms.
//!
//! The verifier crate cannot depend on `speccase` (the spec-case format is a test input, not
//! part of the verifier), and `speccase` does not depend on the verifier, so the one
//! conversion from a prepared case's maps to [`verifier::MapInfo`] lives here, for the
//! verifier's, the VM's and lint's tests. The kernel side creates the same maps with the
//! same names, flags, frozen values and spin-lock BTF (`tests/support/corpus.rs`,
//! `crates/verifier/tests/common`).
#![forbid(unsafe_code)]

use speccase::corpus::Prepared;

/// The name the kernel gives a case's map (`map->name`): at most 15 characters of
/// `[A-Za-z0-9_.]`, the others dropped.
pub fn kernel_map_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .take(15)
        .collect()
}

/// The map each `ld_imm64` of `p` refers to, as the loader binds it: its index in
/// `p.maps` as the id, the declared type, sizes and flags, the frozen value (padded to the
/// value size) when the case freezes it, the kernel's name and the spin-lock BTF the
/// case's `# spin_lock:` line asks for. A reference to a map the case does not declare is
/// left out (the case is malformed; `speccase`'s checks report it).
pub fn map_infos(p: &Prepared) -> Vec<verifier::MapInfo> {
    (p.map_refs.iter())
        .filter_map(|(slot, name)| {
            let id = p.maps.iter().position(|m| &m.name == name)?;
            Some(map_info(p, *slot, id))
        })
        .collect()
}

/// The reference at `slot` to `p.maps[id]`.
fn map_info(p: &Prepared, slot: usize, id: usize) -> verifier::MapInfo {
    let m = &p.maps[id];
    verifier::MapInfo {
        slot,
        id,
        map_type: m.map_type.id(),
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
        frozen: p.frozen_value(&m.name).map(|v| {
            let mut v = v.to_vec();
            v.resize(m.value_size as usize, 0);
            v.into()
        }),
        name: kernel_map_name(&m.name).into(),
        btf: verifier::ValueBtf::lock_at(p.spin_lock(&m.name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
.skmap a_map_with_a_long_name, type=array, key=4, value=16, max_entries=2, flags=0x80
.skmap locked, type=hash, key=4, value=8, max_entries=1
.section sk_lookup, \"ax\"
    r1 = locked ll
    r1 = a_map_with_a_long_name ll
    r0 = 0
    exit
";

    fn prepared() -> Prepared {
        let mut p = speccase::corpus::prepare(SOURCE, "t.s").expect("assembles");
        p.frozen
            .push(("a_map_with_a_long_name".into(), b"ab".to_vec()));
        p.spin_locks.push(("locked".into(), 4));
        p
    }

    #[test]
    fn each_reference_names_its_declared_map() {
        let infos = map_infos(&prepared());
        let got: Vec<_> = infos.iter().map(|m| (m.slot, m.id, m.map_type)).collect();
        assert_eq!(got, [(0, 1, 1), (2, 0, 2)]);
        assert_eq!(&*infos[1].name, "a_map_with_a_lo");
        assert_eq!((infos[1].key_size, infos[1].value_size), (4, 16));
        assert_eq!((infos[1].max_entries, infos[1].flags), (2, 0x80));
    }

    #[test]
    fn frozen_value_is_padded_and_lock_has_btf() {
        let infos = map_infos(&prepared());
        let mut want = b"ab".to_vec();
        want.resize(16, 0);
        assert_eq!(infos[1].frozen.as_deref(), Some(&want[..]));
        assert_eq!(infos[0].frozen, None);
        assert_eq!(infos[0].btf, verifier::ValueBtf::lock_at(Some(4)));
        assert_eq!(infos[1].btf, verifier::ValueBtf::None);
    }

    #[test]
    fn reference_to_an_undeclared_map_is_left_out() {
        let mut p = prepared();
        p.maps.remove(0);
        let infos = map_infos(&p);
        assert_eq!(infos.len(), 1);
        assert_eq!((infos[0].slot, infos[0].id), (0, 0));
    }
}
