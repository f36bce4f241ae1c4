# Structural refusals made before any instruction is walked (kernel/bpf/verifier.c
# `add_subprog_and_kfunc`, `check_btf_info` without BTF, `resolve_pseudo_ldimm64`): opcodes
# the kernel does not know, calls outside the program, too many subprograms, a tail call in a
# subprogram without BTF, reserved fields, malformed `ld_imm64`, a map index without
# fd_array. None of these messages names an instruction, so the markers stand on their own
# line. Raw encodings are `.8byte` slots or `ld_pseudo`.
#
# Spec-case format (crates/speccase), for the codes the spec corpus (tests/spec/verifier) has
# no case of yet; tests/lint_codes.rs renders them and checks each against the live kernel.
# They also agreed with the Debian 6.1 and 6.12 images when run as part of the corpus. They
# are kept out of tests/spec because the verifier's corpus tests count structural codes by a
# list of their own (crates/verifier/tests/cfg_corpus.rs).

# test: structural_unknown_opcode
# note: 0xff (ALU64, operation nibble 0xf0, source X) is no instruction.
    r0 = 1
    .8byte 0x00000000000000ff
    exit
# error[unknown-opcode]: unknown opcode ff

# test: structural_call_out_of_range
# note: a BPF-to-BPF call whose target lies past the last instruction.
    call pc+5
    r0 = 1
    exit
# error[call-out-of-range]: call to invalid destination

# test: structural_tail_call_in_subprog
# note: a subprogram that makes a tail call (helper 12) needs BTF function info; the program
# note: is loaded without, so it is refused before the walk.
    call pc+2
    r0 = 1
    exit
    call 12
    r0 = 0
    exit
# error[subprog-needs-btf]: tail_call is not allowed in subprogs without BTF

# test: structural_ldx_reserved_imm
# note: a 4-byte load (0x61) with a non-zero immediate uses a reserved field.
    .8byte 0x0000000100001061
    r0 = 1
    exit
# error[reserved-fields]: BPF_LDX uses reserved fields

# test: structural_ld_imm64_bad_second_slot
# note: the second slot of an ld_imm64 must be all zero but its immediate; here it is an exit.
    .8byte 0x0000000000000018
    .8byte 0x0000000000000095
    r0 = 1
    exit
# error[bad-ld-imm64]: invalid bpf_ld_imm64 insn

# test: structural_ld_imm64_unknown_pseudo
# note: ld_imm64 with source 7, which is no BPF_PSEUDO_* kind (the assembler refuses it,
# note: hence raw slots).
    .8byte 0x0000000000007118
    .8byte 0x0000000000000000
    r0 = 1
    exit
# error[bad-ld-imm64]: unrecognized bpf_ld_imm64 insn

# test: structural_map_idx_without_fd_array
# note: BPF_PSEUDO_MAP_IDX (5) names a map by index into fd_array, which the load does not
# note: pass.
    ld_pseudo r1, 5, 0, 0
    r0 = 1
    exit
# error[fd-array-missing]: fd_idx without fd_array is invalid

# test: structural_too_many_subprograms
# note: each `call pc+0` makes the next instruction a subprogram: 256 of them and the main
# note: program pass BPF_MAX_SUBPROGS (256).
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    call pc+0
    r0 = 1
    exit
# error[too-many-subprogs, E2BIG]: too many subprograms
