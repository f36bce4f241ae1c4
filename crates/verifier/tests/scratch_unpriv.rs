#![cfg(target_os = "linux")]
mod common;
use kernel::{LoadOptions, Map, MapSpec, MapType};
use skctx::Privilege;
use verifier::{verify, MapInfo};

fn parse(line: &str) -> isa::RawInsn {
    let v: Vec<i64> = line.split(',').map(|x| x.trim().parse().unwrap()).collect();
    isa::RawInsn {
        code: v[0] as u8,
        dst: v[1] as u8,
        src: v[2] as u8,
        off: v[3] as i16,
        imm: v[4] as i32,
    }
}

#[test]
fn scratch() {
    let text = std::fs::read_to_string(std::env::var("SCRATCH").unwrap()).unwrap();
    let mut raw: Vec<isa::RawInsn> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse)
        .collect();
    let profile = common::running_profile();
    let map = Map::create(&MapSpec::new(MapType::from_id(1), 4, 16, 4)).unwrap();
    let slot = raw.iter().position(|r| r.code == 0x18 && r.src == 1);
    let kmaps: Vec<(usize, &Map)> = slot.iter().map(|&s| (s, &map)).collect();
    let opts = LoadOptions {
        stats: true,
        log_level: 2,
        ..LoadOptions::default()
    }
    .with_privilege(Privilege::NoPerfmon);
    let out = kernel::load(&raw, &kmaps, &opts).unwrap();
    eprintln!("{}", out.log);
    let infos: Vec<MapInfo> = slot
        .iter()
        .map(|&s| MapInfo {
            slot: s,
            id: 0,
            map_type: 1,
            key_size: 4,
            value_size: 16,
            max_entries: 4,
            flags: 0,
            frozen: None,
        })
        .collect();
    let ours = verify(&raw, &infos, profile, Privilege::NoPerfmon, true);
    match &ours {
        Ok(v) => eprintln!("ours: processed {}", v.processed()),
        Err(e) => eprintln!("ours: {e}"),
    }
    let _ = &mut raw;
}
