//! Prints generated C programs: `cargo run -p proggen --example cgen -- SEED INDEX [COUNT]`
//! writes programs INDEX.. of SEED to the current directory as `<name>.c` (COUNT of them,
//! default 1), and the world they run in as `cgen_world.toml`. With the idioms of
//! `Features::idioms`, as `tests/cgen_kernel.rs` writes them by default; `CGEN_IDIOMS=0`
//! gives the streams from before them.
fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("SEED INDEX [COUNT]: numbers"))
        .collect();
    let (seed, index) = (args[0], args[1] as usize);
    let count = args.get(2).copied().unwrap_or(1) as usize;
    let features = match std::env::var("CGEN_IDIOMS").as_deref() {
        Ok("0") => proggen::cgen::Features::ALL,
        _ => proggen::cgen::Features::IDIOMS,
    };
    for i in index..index + count {
        let p = proggen::cgen::program(seed, i, features);
        std::fs::write(format!("{}.c", p.name), &p.source).unwrap();
        println!("{}.c {}", p.name, p.mistake.map_or("-", |m| m.name()));
    }
    std::fs::write("cgen_world.toml", proggen::cgen::world_toml()).unwrap();
}
