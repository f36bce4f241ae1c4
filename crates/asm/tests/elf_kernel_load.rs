//! An object built by hand (a sockmap declared like `.skmap`, its BTF from `btf::lay_out_maps`,
//! a program referencing it, a license) is written with `elf::write` and loaded by bpftool
//! (libbpf 1.x) into the live kernel as an SK_LOOKUP program, inside a private mount namespace
//! with a fresh bpffs; so is an assembled program locking a `.skmap ..., spin_lock=` value.
//! Skips, saying why, without root, bpftool, unshare, or kernel BPF.
#![forbid(unsafe_code)]

use asm::{
    btf, elf, Binding, MapDef, MapType, Object, Reloc, RelocKind, RelocTarget, Section, SectionKind,
};
use asm::{shf, Span, Symbol, SymbolKind};
use isa::{AluOp, CallKind, Insn, JmpCond, LdImmKind, Operand, RawInsn, Reg, Size, Width};
use std::path::Path;
use std::process::Command;

fn maps() -> Vec<MapDef> {
    let m = |name: &str, map_type, key_size, value_size, max_entries| MapDef {
        name: name.into(),
        map_type,
        key_size,
        value_size,
        max_entries,
        flags: 0,
        spin_lock: None,
        span: Span::default(),
    };
    vec![
        m("sock_map", MapType::SockMap, 4, 8, 16),
        m("sock_hash", MapType::SockHash, 12, 8, 64),
    ]
}

/// `sock_map[0]`, if present, becomes the selected socket.
fn program() -> Vec<Insn> {
    let mov = |dst, src| Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst,
        src: Operand::Reg(src),
    };
    let movi = |dst, imm| Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst,
        src: Operand::Imm(imm),
    };
    vec![
        mov(Reg::R6, Reg::R1),
        Insn::Store {
            size: Size::W,
            dst: Reg::FP,
            off: -4,
            src: Operand::Imm(0),
        },
        mov(Reg::R2, Reg::FP),
        Insn::Alu {
            op: AluOp::Add,
            width: Width::W64,
            dst: Reg::R2,
            src: Operand::Imm(-4),
        },
        Insn::LdImm64 {
            dst: Reg::R1,
            kind: LdImmKind::Imm,
            imm: 0,
            imm_hi: 0,
        }, // sock_map
        Insn::Call(CallKind::Helper(1)), // bpf_map_lookup_elem
        Insn::JmpIf {
            cond: JmpCond::Eq,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(0),
            off: 7,
        },
        mov(Reg::R7, Reg::R0),
        mov(Reg::R1, Reg::R6),
        mov(Reg::R2, Reg::R7),
        movi(Reg::R3, 0),
        Insn::Call(CallKind::Helper(124)), // bpf_sk_assign
        mov(Reg::R1, Reg::R7),
        Insn::Call(CallKind::Helper(86)), // bpf_sk_release
        movi(Reg::R0, 1),
        Insn::Exit,
    ]
}

/// The object the assembler makes for a program with two `.skmap`s and `.license "GPL"`.
pub fn build_object() -> Object {
    let mut obj = Object::default();
    obj.sections.push(Section::new(
        ".text",
        SectionKind::Code,
        shf::ALLOC | shf::EXECINSTR,
        4,
    ));
    let mut code = Section::new(
        "sk_lookup",
        SectionKind::Code,
        shf::ALLOC | shf::EXECINSTR,
        8,
    );
    let raw: Vec<RawInsn> = program().iter().flat_map(|i| i.encode()).collect();
    code.data = RawInsn::slice_to_bytes(&raw);
    code.relocs.push(Reloc {
        offset: 4 * 8,
        kind: RelocKind::Bpf64_64,
        target: RelocTarget::Symbol("sock_map".into()),
    });
    let code_len = code.data.len() as u64;
    obj.sections.push(code);
    let mut lic = Section::new("license", SectionKind::Data, shf::ALLOC | shf::WRITE, 1);
    lic.data = b"GPL\0".to_vec();
    obj.sections.push(lic);
    let layout = btf::lay_out_maps(&maps());
    let mut m = Section::new(".maps", SectionKind::Data, shf::ALLOC | shf::WRITE, 8);
    m.data = layout.maps_section.clone();
    obj.sections.push(m);
    let mut b = Section::new(".BTF", SectionKind::Data, 0, 4);
    b.data = layout.btf.clone();
    obj.sections.push(b);
    let sym = |name: &str, section, value, size, kind| Symbol {
        name: name.into(),
        section: Some(section),
        value,
        size,
        kind,
        binding: Binding::Global,
        visibility: Default::default(),
    };
    obj.symbols
        .push(sym("prog", 1, 0, code_len, SymbolKind::Func));
    for (name, off, size) in &layout.symbols {
        obj.symbols
            .push(sym(name, 3, *off, *size, SymbolKind::Object));
    }
    obj.symbols
        .push(sym("_license", 2, 0, 4, SymbolKind::Object));
    obj.maps = maps();
    obj
}

#[test]
fn maps_round_trip_through_elf() {
    let obj = build_object();
    let bytes = elf::write(&obj).unwrap();
    let back = elf::read(&bytes).unwrap();
    assert_eq!(back.maps, maps(), "map definitions are recovered from .BTF");
    assert!(btf::maps_reproducible(&back, &back.maps));
    assert_eq!(back, obj);
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn find(tool: &str, dirs: &[&str]) -> Option<String> {
    dirs.iter()
        .map(|d| format!("{d}/{tool}"))
        .find(|p| Path::new(p).exists())
}

#[test]
fn bpftool_loads_the_object_as_sk_lookup() {
    let skip = |why: &str| {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED bpftool_loads_the_object_as_sk_lookup: {why}"
        );
    };
    if !is_root() {
        return skip("not root");
    }
    let dirs = [
        "/usr/sbin",
        "/usr/bin",
        "/sbin",
        "/bin",
        "/usr/local/sbin",
        "/usr/local/bin",
    ];
    let Some(bpftool) = find("bpftool", &dirs) else {
        return skip("bpftool not installed");
    };
    let Some(unshare) = find("unshare", &dirs) else {
        return skip("unshare not installed");
    };

    let dir = std::env::temp_dir().join(format!("elf-kernel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("obj.o");
    std::fs::write(&path, elf::write(&build_object()).unwrap()).unwrap();

    // The BTF as bpftool sees it.
    let dump = Command::new(&bpftool)
        .args(["btf", "dump", "file"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&dump.stdout);
    assert!(
        dump.status.success(),
        "bpftool btf dump failed: {}",
        String::from_utf8_lossy(&dump.stderr)
    );
    for want in [
        "DATASEC '.maps' size=80 vlen=2",
        "VAR 'sock_map' type_id=",
        "VAR 'sock_hash' type_id=",
        "'key_size' type_id=",
        "ARRAY '(anon)' type_id=1 index_type_id=2 nr_elems=15",
        "ARRAY '(anon)' type_id=1 index_type_id=2 nr_elems=18",
    ] {
        assert!(
            text.contains(want),
            "bpftool btf dump lacks `{want}`:\n{text}"
        );
    }

    // Load and pin (the program and all maps) in a private mount namespace, then show them.
    let script = format!(
        "mount -t bpf bpf /sys/fs/bpf || exit 90; {b} prog load {o} /sys/fs/bpf/sk type sk_lookup pinmaps /sys/fs/bpf/maps || exit 91; \
         {b} prog show pinned /sys/fs/bpf/sk; {b} map show pinned /sys/fs/bpf/maps/sock_map; \
         {b} map show pinned /sys/fs/bpf/maps/sock_hash",
        b = bpftool,
        o = path.display()
    );
    let out = Command::new(&unshare)
        .args(["-m", "sh", "-c", &script])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {}
        Some(90) => return skip(&format!("cannot mount a bpffs: {}", stderr.trim())),
        _ if stderr.contains("Operation not permitted") || stderr.contains("unshare failed") => {
            return skip(&format!("the kernel refuses BPF here: {}", stderr.trim()))
        }
        _ => panic!("bpftool could not load the object:\nstdout:\n{stdout}\nstderr:\n{stderr}"),
    }
    assert!(
        stdout.contains("sk_lookup") && stdout.contains("name prog"),
        "unexpected prog show:\n{stdout}"
    );
    assert!(
        stdout.contains("sockmap") && stdout.contains("name sock_map"),
        "sockmap missing:\n{stdout}"
    );
    assert!(
        stdout.contains("sockhash") && stdout.contains("name sock_hash"),
        "sockhash missing:\n{stdout}"
    );
    println!("{stdout}");
}

/// A program that locks the value of a map declared with `.skmap ..., spin_lock=8`.
/// The other two maps, unused by the program, are created too, with their BTF if it is valid
/// (libbpf retries a map the kernel refuses with BTF without it, and says so).
const LOCKING: &str = "\t.skmap\tlocked, type=hash, key=4, value=16, max_entries=4LOCK
\t.skmap\twide_key, type=hash, key=12, value=24, max_entries=4, spin_lock=20
\t.skmap\tat_start, type=array, key=4, value=8, max_entries=1, spin_lock=0
\t.license \"GPL\"
\t.program prog
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 8
    call 93
    r1 = r6
    r1 += 8
    call 94
out:
    r0 = 1
    exit
";

/// bpftool (libbpf) creates a `spin_lock=` map with the BTF placing the lock, so the kernel's
/// verifier lets the program lock it; the same map without the attribute has no BTF and the
/// kernel refuses the lock.
#[test]
fn bpftool_loads_a_program_locking_a_skmap_value() {
    let name = "bpftool_loads_a_program_locking_a_skmap_value";
    let skip = |why: &str| {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "SKIPPED {name}: {why}");
    };
    let Some((bpftool, unshare)) = tools() else {
        return skip("not root, or bpftool or unshare not installed");
    };
    let dir = std::env::temp_dir().join(format!("elf-kernel-lock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut outcomes = Vec::new();
    for (attr, file) in [(", spin_lock=8", "locked.o"), ("", "plain.o")] {
        let object = asm::assemble(&LOCKING.replace("LOCK", attr)).unwrap();
        let path = dir.join(file);
        std::fs::write(&path, elf::write(&object).unwrap()).unwrap();
        let script = format!(
            "mount -t bpf bpf /sys/fs/bpf || exit 90; {bpftool} prog load {o} /sys/fs/bpf/sk \
             type sk_lookup pinmaps /sys/fs/bpf/maps || exit 91; \
             for m in locked wide_key at_start; do {bpftool} map show pinned /sys/fs/bpf/maps/$m; done",
            o = path.display()
        );
        let out = Command::new(&unshare)
            .args(["-m", "sh", "-c", &script])
            .output()
            .unwrap();
        outcomes.push(out);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let text = |o: &std::process::Output| {
        String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr)
    };
    if outcomes[0].status.code() == Some(90) {
        return skip(&format!("cannot mount a bpffs: {}", text(&outcomes[0])));
    }
    let (locked, plain) = (text(&outcomes[0]), text(&outcomes[1]));
    assert!(outcomes[0].status.success(), "{locked}");
    assert_eq!(locked.matches("btf_id").count(), 3, "{locked}");
    assert!(!locked.contains("Retrying without BTF"), "{locked}");
    assert_eq!(outcomes[1].status.code(), Some(91), "{plain}");
    assert!(
        plain.contains("map 'locked' has to have BTF in order to use bpf_spin_lock"),
        "{plain}"
    );
}

/// bpftool and unshare, when this runs as root and both are installed.
fn tools() -> Option<(String, String)> {
    let dirs = [
        "/usr/sbin",
        "/usr/bin",
        "/sbin",
        "/bin",
        "/usr/local/sbin",
        "/usr/local/bin",
    ];
    is_root().then_some(())?;
    Some((find("bpftool", &dirs)?, find("unshare", &dirs)?))
}

/// Which `.skmap` types the kernel creates with a lock in their value: libbpf's map creation
/// with the BTF succeeds for ARRAY and HASH; the kernel refuses the others (`EOPNOTSUPP`),
/// and libbpf retries without the BTF, saying so.
#[test]
fn the_kernel_takes_a_lock_in_array_and_hash_values_only() {
    let Some((bpftool, unshare)) = tools() else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED the_kernel_takes_a_lock_in_array_and_hash_values_only: not root, or \
             bpftool or unshare not installed"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("elf-kernel-lock-types-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let types = [
        ("array", 4, 0, true),
        ("hash", 4, 0, true),
        ("percpu_array", 4, 0, false),
        ("percpu_hash", 4, 0, false),
        ("lru_hash", 4, 0, false),
        ("lru_percpu_hash", 4, 0, false),
        ("lpm_trie", 8, 1, false),
    ];
    for (ty, key, flags, locks) in types {
        let source = format!(
            "\t.skmap\tm, type={ty}, key={key}, value=8, max_entries=4, flags={flags}, \
             spin_lock=0\n\t.license \"GPL\"\n\t.program prog\n\tr0 = 1\n\texit\n"
        );
        let path = dir.join(format!("{ty}.o"));
        let object = asm::assemble(&source).unwrap();
        std::fs::write(&path, elf::write(&object).unwrap()).unwrap();
        let script = format!(
            "mount -t bpf bpf /sys/fs/bpf || exit 90; {bpftool} -d prog load {o} /sys/fs/bpf/p \
             type sk_lookup pinmaps /sys/fs/bpf/maps 2>&1 || exit 91; \
             {bpftool} map show pinned /sys/fs/bpf/maps/m",
            o = path.display()
        );
        let out = Command::new(&unshare)
            .args(["-m", "sh", "-c", &script])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{ty}: {text}");
        assert_eq!(text.contains("btf_id"), locks, "{ty}: {text}");
        assert_eq!(
            text.contains("Retrying without BTF"),
            !locks,
            "{ty}: {text}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
