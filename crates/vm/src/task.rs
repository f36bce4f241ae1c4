//! The task a program runs on behalf of: what the `bpf_get_current_*` helpers report.
//! `BPF_PROG_TEST_RUN` runs the program in the calling thread, and a packet on the loopback
//! is looked up in the softirq of the thread that sent it, so [`Task::current`] (this
//! thread, read from `/proc`) is what the kernel would report to a test run from here. A
//! [`crate::World`] starts with [`Task::default`] (all zero) so that runs repeat.

/// The current task's identity as the helpers read it (kernel/bpf/helpers.c).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Task {
    /// Thread id (`task->pid`) and process id (`task->tgid`), in the initial pid namespace.
    pub pid: u32,
    pub tgid: u32,
    /// Real uid and gid in the initial user namespace.
    pub uid: u32,
    pub gid: u32,
    /// `task->comm`: at most 15 bytes, no NUL.
    pub comm: Vec<u8>,
    /// The active pid namespace as `stat` shows `/proc/self/ns/pid` (device, inode), with the
    /// pid and tgid seen there.
    pub pidns: (u64, u64),
    pub ns_pid: u32,
    pub ns_tgid: u32,
    /// The cgroup v2 ids from the root (level 0) to the task's own cgroup.
    pub cgroups: Vec<u64>,
}

impl Task {
    /// This thread as `/proc` shows it (Linux; a field it cannot read stays 0).
    pub fn current() -> Task {
        let status = read("/proc/thread-self/status");
        let field = |name: &str, n: usize| -> u32 {
            let line = status.lines().find(|l| l.starts_with(name));
            let value = line.and_then(|l| l.split_whitespace().nth(n));
            value.and_then(|v| v.parse().ok()).unwrap_or(0)
        };
        // The first of NSpid/NStgid is the pid in the namespace /proc belongs to, the last
        // the pid in the task's own.
        let last = |name: &str| -> u32 {
            let line = status.lines().find(|l| l.starts_with(name));
            let value = line.and_then(|l| l.split_whitespace().last());
            value.and_then(|v| v.parse().ok()).unwrap_or(0)
        };
        let mut comm = read("/proc/thread-self/comm").into_bytes();
        comm.retain(|&b| b != b'\n');
        comm.truncate(15);
        Task {
            pid: field("Pid:", 1),
            tgid: field("Tgid:", 1),
            uid: field("Uid:", 1),
            gid: field("Gid:", 1),
            comm,
            pidns: stat_ids("/proc/self/ns/pid"),
            ns_pid: last("NSpid:"),
            ns_tgid: last("NStgid:"),
            cgroups: cgroup_ids(),
        }
    }

    /// `bpf_get_current_pid_tgid`.
    pub fn pid_tgid(&self) -> u64 {
        u64::from(self.tgid) << 32 | u64::from(self.pid)
    }

    /// `bpf_get_current_uid_gid`.
    pub fn uid_gid(&self) -> u64 {
        u64::from(self.gid) << 32 | u64::from(self.uid)
    }

    /// `bpf_get_current_ancestor_cgroup_id(level)`: 0 past the task's own cgroup.
    pub fn ancestor_cgroup(&self, level: i32) -> u64 {
        usize::try_from(level)
            .ok()
            .and_then(|l| self.cgroups.get(l))
            .copied()
            .unwrap_or(0)
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[cfg(unix)]
fn stat_ids(path: &str) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).map_or((0, 0), |m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn stat_ids(_: &str) -> (u64, u64) {
    (0, 0)
}

/// The id of the cgroup v2 root: its kernfs node, the first id its root allocates (what
/// `stat` shows as the mount's inode).
const ROOT_CGROUP_ID: u64 = 1;

/// The ids of this process's cgroup v2 and its ancestors, root first: a cgroup's id is its
/// directory's inode on the cgroup2 mount (`/proc/self/cgroup`'s `0::PATH` under the mount
/// `/proc/self/mountinfo` names). Without a mount only the root's is known.
fn cgroup_ids() -> Vec<u64> {
    let cgroups = read("/proc/self/cgroup");
    let Some(path) = cgroups.lines().find_map(|l| l.strip_prefix("0::")) else {
        return vec![ROOT_CGROUP_ID];
    };
    let mount = cgroup2_mount();
    match mount {
        Some(mount) => ids_along(&mount, path),
        None if path.trim_matches('/').is_empty() => vec![ROOT_CGROUP_ID],
        None => Vec::new(),
    }
}

/// Where cgroup2 is mounted, from `/proc/self/mountinfo`.
fn cgroup2_mount() -> Option<String> {
    let mountinfo = read("/proc/self/mountinfo");
    // Fields: id parent major:minor root mount-point options... - fstype source options.
    mountinfo.lines().find_map(|l| {
        let (left, right) = l.split_once(" - ")?;
        let point = left.split_whitespace().nth(4)?;
        (right.split_whitespace().next()? == "cgroup2").then(|| point.to_string())
    })
}

/// The inodes of `mount`'s directories along `path`, the mount's own first.
fn ids_along(mount: &str, path: &str) -> Vec<u64> {
    let mut dir = std::path::PathBuf::from(mount);
    let mut ids = vec![stat_ids(&dir.to_string_lossy()).1];
    for part in path.split('/').filter(|p| !p.is_empty()) {
        dir.push(part);
        ids.push(stat_ids(&dir.to_string_lossy()).1);
    }
    ids
}
