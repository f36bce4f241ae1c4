//! One `skvm run` of an object on one engine, reduced to what the engines must agree on:
//! the campaign and the generated C programs compare interp, jit and the kernel with it.

use std::path::Path;

use serde_json::Value;
use sk_lookup::cli::Failure;
use sk_lookup::skvm::{self, EngineChoice, RunArgs};

/// What every engine must agree on: verdict, return value, selected socket, where the
/// packet lands (the kind of delivery, and the socket for a selection, a connected socket
/// and the ordinary lookup's single socket: in a reuseport group the member is not
/// predictable). `Err`: the run failed, with the error text.
pub type Answer = Result<(Value, Value, Value, Value), String>;

/// `skvm run PATH --tuple TUPLE --world WORLD --engine ENGINE --format json` on the host's
/// profile; a trap is an `Err` with its message.
pub fn run(path: &Path, world: &Path, tuple: &str, engine: EngineChoice) -> Answer {
    run_at(path, world, tuple, engine, None)
}

/// [`run`] with `--ingress-ifindex` (interp and jit only).
pub fn run_at(
    path: &Path,
    world: &Path,
    tuple: &str,
    engine: EngineChoice,
    ingress_ifindex: Option<u32>,
) -> Answer {
    let args = RunArgs {
        programs: vec![path.to_path_buf()],
        program: None,
        tuple: tuple.into(),
        world: Some(world.to_path_buf()),
        trace: false,
        no_verify: false,
        json: true,
        kernel: "host".into(),
        seed: 0,
        clock_ns: 0,
        jiffies: 0,
        ingress_ifindex,
        engine,
        repeat: 0,
    };
    let report = skvm::run(&args).map_err(|f| match f {
        Failure::Rejected(t) | Failure::Usage(t) => t,
    })?;
    let v: Value = serde_json::from_str(&report.text).expect("one JSON object");
    if let Some(message) = v["trap"]["message"].as_str() {
        return Err(format!("trap: {message}"));
    }
    Ok((
        v["verdict"].clone(),
        v["retval"].clone(),
        v["selected"]["socket"].clone(),
        landing(&v["delivered_to"]),
    ))
}

/// The delivery's kind, with its socket where every engine must name the same one.
fn landing(delivered: &Value) -> Value {
    let kind = &delivered["kind"];
    match kind.as_str() {
        Some("selected" | "regular" | "connected") => Value::from(format!(
            "{} {}",
            kind.as_str().unwrap_or(""),
            delivered["socket"]
        )),
        _ => kind.clone(),
    }
}

/// The kernel's test run refuses a final selection in a reuseport group made without
/// `BPF_SK_LOOKUP_F_NO_REUSEPORT` (EOPNOTSUPP, /work/shared/spec/sk_lookup-runtime.md): then
/// the interpreter must have delivered to a reuseport group.
pub fn kernel_cannot_tell(kernel: &Answer, interp: &Answer) -> bool {
    let refused = kernel
        .as_ref()
        .err()
        .is_some_and(|e| e.contains("BPF_PROG_TEST_RUN failed: EOPNOTSUPP"));
    refused && interp.as_ref().is_ok_and(|a| a.3 == "reuseport_group")
}
