# bpf_spin_lock/bpf_spin_unlock (helpers 93/94) in the verifier: the lock argument
# (`ARG_PTR_TO_SPIN_LOCK`, `process_spin_lock`: a map value at the constant offset of the
# value's one `struct bpf_spin_lock`, in a map created with BTF), one lock held at a time
# (`active_spin_lock`, 6.2 `active_lock`, 6.13 the lock among the reference states), what
# may run while it is held (no helper but bpf_spin_unlock, no kfunc, from 6.9 static
# subprograms only), the exit holding it, and loads and stores over the lock's bytes.
# `# spin_lock: MAP = OFFSET` creates the map with BTF placing the lock (as libbpf does from
# clang's map definition), for one case; `.skmap ..., spin_lock=OFFSET` (attr_locked) does
# it in every case; a map without either has no BTF.
# Each case looks up key 0 (at r10-4) and keeps the value in r6.
.skmap locked, type=array, key=4, value=16, max_entries=2
.skmap locked_hash, type=hash, key=4, value=16, max_entries=4
.skmap plain, type=array, key=4, value=16, max_entries=2
.skmap progs, type=prog_array, key=4, value=4, max_entries=1
.skmap attr_locked, type=array, key=4, value=16, max_entries=2, spin_lock=12
.license "GPL"

# test: spin_lock_unlock
# note: lock, count under the lock, unlock: accepted.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = *(u32 *)(r6 + 0)
    r1 += 1
    *(u32 *)(r6 + 0) = r1
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_hash_value
# note: a HASH map's value holds the lock as well.
# spin_lock: locked_hash = 8
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked_hash ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r1 += 8
    r6 = r0
    call 93
    r1 = r6
    r1 += 8
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_map_without_btf
# note: a map created without BTF: the kernel cannot know where a lock is.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = plain ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93                     # error[spin-lock-arg]: map 'plain' has to have BTF in order to use bpf_spin_lock
out:
    r0 = 1
    exit

# test: spin_lock_wrong_offset
# kernel: since 6.2
# note: the pointer is at the value's start, the lock at 4.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    call 93                     # error[spin-lock-arg]: off 0 doesn't point to 'struct bpf_spin_lock' that is at 4
out:
    r0 = 1
    exit

# test: spin_lock_wrong_offset_v6_1
# kernel: before 6.2
# note: the pointer is at the value's start, the lock at 4.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    call 93                     # error[spin-lock-arg]: off 0 doesn't point to 'struct bpf_spin_lock'
out:
    r0 = 1
    exit

# test: spin_lock_variable_offset
# note: a pointer whose offset is known only to be 0 or 4.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r2 = *(u32 *)(r6 + 8)
    r2 &= 4
    r1 = r6
    r1 += r2
    call 93                     # error[spin-lock-arg]: R1 doesn't have constant offset. bpf_spin_lock has to be at the constant offset
out:
    r0 = 1
    exit

# test: spin_lock_twice
# note: a second lock while the first is held.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = r6
    r1 += 4
    call 93                     # error[spin-lock-held]: function calls are not allowed while holding a lock
out:
    r0 = 1
    exit

# test: spin_unlock_without_lock
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 94                     # error[spin-lock-state]: bpf_spin_unlock without taking a lock
out:
    r0 = 1
    exit

# test: spin_unlock_of_another_lookup
# note: two lookups of the same key are two locks to the verifier (each its own id).
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = r7
    r1 += 4
    call 94                     # error[spin-lock-state]: bpf_spin_unlock of different lock
out:
    r0 = 1
    exit

# test: spin_unlock_through_copies
# note: a copy in a register and one spilled and filled are the same lock.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r7 = r6
    *(u64 *)(r10 - 16) = r6
    r1 = r6
    r1 += 4
    call 93
    r8 = *(u64 *)(r10 - 16)
    r1 = r8
    r1 += 4
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_helper_call_held
# note: a helper other than bpf_spin_unlock while the lock is held.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    call 7                      # error[spin-lock-held]: function calls are not allowed while holding a lock
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_tail_call_held
# spin_lock: locked = 4
    r9 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = r9
    r2 = progs ll
    r3 = 0
    call 12                     # error[spin-lock-held]: function calls are not allowed while holding a lock
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_exit_held
# kernel: since 6.13
# note: the program ends holding the lock.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
out:
    r0 = 1
    exit                        # error[spin-lock-held]: BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region

# test: spin_lock_exit_held_v6_12
# kernel: before 6.13
# note: the program ends holding the lock.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
out:
    r0 = 1
    exit                        # error[spin-lock-held]: bpf_spin_unlock is missing

# test: spin_lock_exit_held_on_one_branch
# kernel: since 6.13
# note: one branch unlocks, the other reaches the exit holding the lock.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = *(u32 *)(r6 + 8)
    if r1 == 0 goto out
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit                        # error[spin-lock-held]: BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region

# test: spin_lock_exit_held_on_one_branch_v6_12
# kernel: before 6.13
# note: one branch unlocks, the other reaches the exit holding the lock.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = *(u32 *)(r6 + 8)
    if r1 == 0 goto out
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit                        # error[spin-lock-held]: bpf_spin_unlock is missing

# test: spin_lock_both_branches_unlock
# note: both branches unlock; the paths join after.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = *(u32 *)(r6 + 8)
    if r1 == 0 goto other
    r1 = 2
    *(u32 *)(r6 + 12) = r1
    r1 = r6
    r1 += 4
    call 94
    goto out
other:
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_load_of_the_lock
# note: a load of the lock's bytes.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = *(u32 *)(r6 + 4)       # error[spin-lock-access]: bpf_spin_lock cannot be accessed directly by load/store
out:
    r0 = 1
    exit

# test: spin_lock_store_over_the_lock
# note: an 8-byte store at 0 covers the lock at 4.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = 0
    *(u64 *)(r6 + 0) = r1       # error[spin-lock-access]: bpf_spin_lock cannot be accessed directly by load/store
out:
    r0 = 1
    exit

# test: spin_lock_load_beside_the_lock
# note: bytes 0-3 and 8-15 are the program's.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = *(u32 *)(r6 + 0)
    r1 = *(u64 *)(r6 + 8)
out:
    r0 = 1
    exit

# test: spin_lock_helper_reads_the_lock
# note: a helper reading the whole value (the lock too) as memory.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = plain ll
    r2 = r10
    r2 += -4
    r3 = r6
    r4 = 0
    call 2                      # error[spin-lock-access]: bpf_spin_lock cannot be accessed directly by load/store
out:
    r0 = 1
    exit

# test: spin_lock_static_call_held
# kernel: since 6.9
# note: a static subprogram called while the lock is held.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    call sub
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
sub:
    r0 = 0
    exit

# test: spin_lock_static_call_held_v6_1
# kernel: before 6.9
# note: a static subprogram called while the lock is held.
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    call sub                    # error[spin-lock-held]: function calls are not allowed while holding a lock
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
sub:
    r0 = 0
    exit

# test: spin_lock_taken_in_subprogram
# kernel: since 6.9
# note: the subprogram takes the lock and returns holding it; the caller unlocks (before
# note: 6.9 every exit checks the lock).
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    call sub
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
sub:
    r1 += 4
    call 93
    r0 = 0
    exit

# test: spin_lock_taken_in_subprogram_v6_1
# kernel: before 6.9
# note: the subprogram takes the lock and returns holding it; the caller unlocks (before
# note: 6.9 every exit checks the lock).
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    call sub
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
sub:
    r1 += 4
    call 93
    r0 = 0
    exit                        # error[spin-lock-held]: bpf_spin_unlock is missing

# test: spin_lock_global_call_held
# kernel: since 6.9
# func: g global (scalar)
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = 0
    call g                      # error[spin-lock-held]: use static function instead
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
g:
    r0 = 0
    exit

# test: spin_lock_global_call_held_v6_1
# kernel: before 6.9
# func: g global (scalar)
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4
    call 93
    r1 = 0
    call g                      # error[spin-lock-held]: function calls are not allowed while holding a lock
    r1 = r6
    r1 += 4
    call 94
out:
    r0 = 1
    exit
g:
    r0 = 0
    exit

# test: spin_lock_ctx_argument
# kernel: since 6.2
# note: the context is no map value.
    call 93                     # error[helper-arg-type]: R1 type=ctx expected=map_value, ptr_
    r0 = 1
    exit

# test: spin_lock_ctx_argument_v6_1
# kernel: before 6.2
    call 93                     # error[helper-arg-type]: R1 type=ctx expected=map_value
    r0 = 1
    exit

# test: spin_lock_maybe_null
# kernel: since 6.2
# note: the lookup's result before its NULL check (a HASH lookup: 6.14+ know an ARRAY
# note: lookup of a constant key in bounds is not NULL).
# spin_lock: locked_hash = 0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked_hash ll
    call 1
    r1 = r0
    call 93                     # error[helper-arg-type]: R1 type=map_value_or_null expected=map_value, ptr_
    r0 = 1
    exit

# test: spin_lock_maybe_null_v6_1
# kernel: before 6.2
# note: the lookup's result before its NULL check (a HASH lookup: 6.14+ know an ARRAY
# note: lookup of a constant key in bounds is not NULL).
# spin_lock: locked_hash = 0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked_hash ll
    call 1
    r1 = r0
    call 93                     # error[helper-arg-type]: R1 type=map_value_or_null expected=map_value
    r0 = 1
    exit

# test: spin_lock_no_perfmon
# privilege: no_perfmon
# note: CAP_BPF without CAP_PERFMON may lock a lock at the value's start (one elsewhere
# note: needs pointer arithmetic onto it: spin_lock_pointer_arith_onto_lock_no_perfmon).
# spin_lock: locked = 0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    call 93
    r1 = *(u64 *)(r6 + 8)
    r1 = r6
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_pointer_arith_onto_lock_no_perfmon
# privilege: no_perfmon
# note: pointer arithmetic landing on the lock is refused without CAP_PERFMON
# note: (sanitize_check_bounds asks check_map_access about one byte there).
# spin_lock: locked = 4
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 4                     # error[spin-lock-access]: bpf_spin_lock cannot be accessed directly by load/store
out:
    r0 = 1
    exit

# test: spin_lock_skmap_attribute
# note: the lock placed by the map's `.skmap ..., spin_lock=12`, no `# spin_lock:` line.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 12
    call 93
    r1 = *(u32 *)(r6 + 0)
    r1 += 1
    *(u32 *)(r6 + 0) = r1
    r1 = r6
    r1 += 12
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_skmap_attribute_wrong_offset
# kernel: since 6.2
# note: the map's `.skmap` places the lock at 12; the pointer is at 8.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 8
    call 93                     # error[spin-lock-arg]: off 8 doesn't point to 'struct bpf_spin_lock' that is at 12
out:
    r0 = 1
    exit

# test: spin_lock_skmap_attribute_wrong_offset_v6_1
# kernel: before 6.2
# note: the map's `.skmap` places the lock at 12; the pointer is at 8.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 8
    call 93                     # error[spin-lock-arg]: off 8 doesn't point to 'struct bpf_spin_lock'
out:
    r0 = 1
    exit

# test: spin_lock_iter_num_held
# kernel: since 6.14
# note: the number iterator's kfuncs while the lock is held (`kfunc_spin_allowed`).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 12
    call 93
    r1 = r10
    r1 += -16
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -16
    call bpf_iter_num_next
    r1 = r10
    r1 += -16
    call bpf_iter_num_destroy
    r1 = r6
    r1 += 12
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_iter_num_held_v6_13
# kernel: since 6.4
# kernel: before 6.14
# note: the number iterator's kfuncs while the lock is held (`kfunc_spin_allowed`).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 12
    call 93
    r1 = r10
    r1 += -16
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[spin-lock-held]: function calls are not allowed while holding a lock
    r1 = r10
    r1 += -16
    call bpf_iter_num_destroy
    r1 = r6
    r1 += 12
    call 94
out:
    r0 = 1
    exit

# test: spin_lock_rcu_kfunc_held
# kernel: since 6.2
# note: a kfunc other than the number iterator's while the lock is held.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = attr_locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 12
    call 93
    call bpf_rcu_read_lock      # error[spin-lock-held]: function calls are not allowed while holding a lock
    call bpf_rcu_read_unlock
    r1 = r6
    r1 += 12
    call 94
out:
    r0 = 1
    exit
