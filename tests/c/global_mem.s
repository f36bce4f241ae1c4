	.text
	.file	"global_mem.c"
	.file	0 "." "tests/c/global_mem.c" md5 0x3a30c2bda64be0f0ff3a852369547328
	.file	1 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.globl	note_port                       # -- Begin function note_port
	.p2align	3
	.type	note_port,@function
note_port:                              # @note_port
.Lfunc_begin0:
	.loc	0 15 0                          # tests/c/global_mem.c:15:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: note_port:p <- $r1
	#DEBUG_VALUE: note_port:port <- $r2
	.loc	0 16 6 prologue_end             # tests/c/global_mem.c:16:6
.Ltmp0:
	if r1 == 0 goto LBB0_4
.Ltmp1:
.Ltmp2:
# %bb.1:
	#DEBUG_VALUE: note_port:port <- $r2
	#DEBUG_VALUE: note_port:p <- $r1
	.loc	0 18 20                         # tests/c/global_mem.c:18:20
.Ltmp3:
	r2 <<= 32
.Ltmp4:
.Ltmp5:
	r2 >>= 32
	.loc	0 18 15 is_stmt 0               # tests/c/global_mem.c:18:15
.Ltmp6:
	r4 = *(u32 *)(r1 + 0)
	r3 = 1
	.loc	0 18 20                         # tests/c/global_mem.c:18:20
.Ltmp7:
	if r4 == r2 goto LBB0_3
.Ltmp8:
.Ltmp9:
# %bb.2:
	#DEBUG_VALUE: note_port:p <- $r1
	.loc	0 0 20                          # tests/c/global_mem.c:0:20
	r3 = 0
.Ltmp10:
.Ltmp11:
LBB0_3:
	#DEBUG_VALUE: note_port:p <- $r1
	.loc	0 18 10                         # tests/c/global_mem.c:18:10
.Ltmp12:
	*(u32 *)(r1 + 4) = r3
.Ltmp13:
.Ltmp14:
LBB0_4:
	#DEBUG_VALUE: note_port:p <- $r1
	.loc	0 20 1 is_stmt 1                # tests/c/global_mem.c:20:1
.Ltmp15:
	r0 = 0
	exit
.Ltmp16:
.Ltmp17:
.Lfunc_end0:
	.size	note_port, .Lfunc_end0-note_port
	.cfi_endproc
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	3
	.type	bump,@function
bump:                                   # @bump
.Lfunc_begin1:
	.loc	0 23 0                          # tests/c/global_mem.c:23:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: bump:counter <- $r1
	.loc	0 24 11 prologue_end            # tests/c/global_mem.c:24:11
.Ltmp18:
	r2 = *(u32 *)(r1 + 0)
	r2 += 1
	*(u32 *)(r1 + 0) = r2
	.loc	0 25 2                          # tests/c/global_mem.c:25:2
.Ltmp19:
	r0 = 0
	exit
.Ltmp20:
.Ltmp21:
.Lfunc_end1:
	.size	bump, .Lfunc_end1-bump
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	global_mem                      # -- Begin function global_mem
	.p2align	3
	.type	global_mem,@function
global_mem:                             # @global_mem
.Lfunc_begin2:
	.loc	0 30 0                          # tests/c/global_mem.c:30:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: global_mem:ctx <- $r1
	r2 = 80
.Ltmp22:
	.loc	0 31 14 prologue_end            # tests/c/global_mem.c:31:14
.Ltmp23:
.Ltmp24:
	*(u64 *)(r10 - 8) = r2
	r2 = 0
.Ltmp25:
.Ltmp26:
	#DEBUG_VALUE: global_mem:n <- 0
	.loc	0 32 8                          # tests/c/global_mem.c:32:8
.Ltmp27:
	*(u32 *)(r10 - 12) = r2
	.loc	0 34 2                          # tests/c/global_mem.c:34:2
.Ltmp28:
	r2 = *(u32 *)(r1 + 60)
	r1 = r10
.Ltmp29:
.Ltmp30:
	.loc	0 0 0 is_stmt 0                 # tests/c/global_mem.c:0:0
.Ltmp31:
	r1 += -8
	.loc	0 34 2                          # tests/c/global_mem.c:34:2
.Ltmp32:
	call note_port
.Ltmp33:
.Ltmp34:
	#DEBUG_VALUE: global_mem:n <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 2                           # tests/c/global_mem.c:0:2
	r1 = r10
.Ltmp35:
	r1 += -12
	.loc	0 35 2 is_stmt 1                # tests/c/global_mem.c:35:2
.Ltmp36:
	call bump
.Ltmp37:
	.loc	0 0 2 is_stmt 0                 # tests/c/global_mem.c:0:2
	r0 = 1
	.loc	0 36 16 is_stmt 1               # tests/c/global_mem.c:36:16
.Ltmp38:
	r2 = *(u32 *)(r10 - 12)
.Ltmp39:
.Ltmp40:
	#DEBUG_VALUE: global_mem:n <- $r2
	.loc	0 0 16 is_stmt 0                # tests/c/global_mem.c:0:16
	r1 = 1
	.loc	0 36 16                         # tests/c/global_mem.c:36:16
	if r2 == 1 goto LBB2_2
.Ltmp41:
.Ltmp42:
# %bb.1:
	#DEBUG_VALUE: global_mem:n <- $r2
	.loc	0 0 16                          # tests/c/global_mem.c:0:16
	r1 = 0
.Ltmp43:
.Ltmp44:
LBB2_2:
	#DEBUG_VALUE: global_mem:n <- $r2
	.loc	0 36 11                         # tests/c/global_mem.c:36:11
.Ltmp45:
	r2 = *(u32 *)(r10 - 4)
.Ltmp46:
.Ltmp47:
	.loc	0 36 9                          # tests/c/global_mem.c:36:9
.Ltmp48:
	if r2 != 0 goto LBB2_4
# %bb.3:
	.loc	0 0 9                           # tests/c/global_mem.c:0:9
	r0 = 0
LBB2_4:
	.loc	0 36 16                         # tests/c/global_mem.c:36:16
.Ltmp49:
	r0 &= r1
	.loc	0 36 2                          # tests/c/global_mem.c:36:2
.Ltmp50:
	exit
.Ltmp51:
.Ltmp52:
.Lfunc_end2:
	.size	global_mem, .Lfunc_end2-global_mem
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.file	2 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	3 "/usr/include/linux" "types.h" md5 0xa82ae197a4533c0fa7d08f3ccc99ef94
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	3                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	3                               # DW_LLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Ltmp4-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	3                               # DW_LLE_startx_length
	.byte	3                               #   start index
	.uleb128 .Ltmp29-.Lfunc_begin2          #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp25-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp33-.Lfunc_begin2          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp33-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp39-.Lfunc_begin2          #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp39-.Lfunc_begin2          #   starting offset
	.uleb128 .Ltmp46-.Lfunc_begin2          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	1                               # DW_CHILDREN_yes
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.ascii	"\200\300\001"                  # DW_TAG_LLVM_annotation
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	37                              # DW_FORM_strx1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	23                              # DW_TAG_union_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.ascii	"\210\001"                      # DW_AT_alignment
	.byte	15                              # DW_FORM_udata
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	25                              # Abbreviation Code
	.byte	23                              # DW_TAG_union_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.ascii	"\210\001"                      # DW_AT_alignment
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	26                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x266 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x4e:0x11 DW_TAG_enumeration_type
	.long	95                              # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x58:0x3 DW_TAG_enumerator
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x5b:0x3 DW_TAG_enumerator
	.byte	8                               # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x5f:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x63:0x23 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	221                             # DW_AT_type
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x72:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	225                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x7c:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x86:0x1e DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	221                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x95:0xe DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.long	262                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x9f:0x3 DW_TAG_LLVM_annotation
	.byte	20                              # DW_AT_name
	.byte	21                              # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa4:0x39 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	221                             # DW_AT_type
                                        # DW_AT_external
	.byte	11                              # Abbrev [11] 0xb3:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.long	267                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xbc:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	8
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	230                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xc7:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	54                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.long	254                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xd0:0x6 DW_TAG_call_site
	.long	99                              # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	16                              # Abbrev [16] 0xd6:0x6 DW_TAG_call_site
	.long	134                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xdd:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	17                              # Abbrev [17] 0xe1:0x5 DW_TAG_pointer_type
	.long	230                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xe6:0x18 DW_TAG_structure_type
	.byte	18                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0xeb:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xf4:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0xfe:0x8 DW_TAG_typedef
	.long	95                              # DW_AT_type
	.byte	16                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0x106:0x5 DW_TAG_pointer_type
	.long	254                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x10b:0x5 DW_TAG_pointer_type
	.long	272                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x110:0x95 DW_TAG_structure_type
	.byte	53                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x116:0x9 DW_TAG_member
	.long	287                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x11f:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x124:0xa DW_TAG_member
	.long	302                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x12e:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	26                              # Abbrev [26] 0x134:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	421                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x13f:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	613                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x14a:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x154:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x15e:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x168:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	573                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x172:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	585                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x17c:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x186:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	573                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x190:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x19a:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x1a5:0x5 DW_TAG_pointer_type
	.long	426                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x1aa:0x93 DW_TAG_structure_type
	.byte	42                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x1b0:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1ba:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1c4:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1ce:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1d8:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1e2:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1ec:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1f6:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	573                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x200:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x20a:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	585                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x214:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x21e:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	573                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x228:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x232:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	605                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x23d:0xc DW_TAG_array_type
	.long	254                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x242:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x249:0x8 DW_TAG_typedef
	.long	593                             # DW_AT_type
	.byte	36                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x251:0x8 DW_TAG_typedef
	.long	601                             # DW_AT_type
	.byte	35                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x259:0x4 DW_TAG_base_type
	.byte	34                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x25d:0x8 DW_TAG_typedef
	.long	221                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x265:0x8 DW_TAG_typedef
	.long	621                             # DW_AT_type
	.byte	45                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x26d:0x4 DW_TAG_base_type
	.byte	44                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	3                               # DW_RLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	3                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin2      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	224                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/global_mem.c"          # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=49
.Linfo_string3:
	.asciz	"_license"                      # string offset=51
.Linfo_string4:
	.asciz	"char"                          # string offset=60
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=65
.Linfo_string6:
	.asciz	"unsigned int"                  # string offset=85
.Linfo_string7:
	.asciz	"SK_DROP"                       # string offset=98
.Linfo_string8:
	.asciz	"SK_PASS"                       # string offset=106
.Linfo_string9:
	.asciz	"sk_action"                     # string offset=114
.Linfo_string10:
	.asciz	"note_port"                     # string offset=124
.Linfo_string11:
	.asciz	"int"                           # string offset=134
.Linfo_string12:
	.asciz	"bump"                          # string offset=138
.Linfo_string13:
	.asciz	"global_mem"                    # string offset=143
.Linfo_string14:
	.asciz	"p"                             # string offset=154
.Linfo_string15:
	.asciz	"port"                          # string offset=156
.Linfo_string16:
	.asciz	"__u32"                         # string offset=161
.Linfo_string17:
	.asciz	"seen"                          # string offset=167
.Linfo_string18:
	.asciz	"pair"                          # string offset=172
.Linfo_string19:
	.asciz	"counter"                       # string offset=177
.Linfo_string20:
	.asciz	"btf_decl_tag"                  # string offset=185
.Linfo_string21:
	.asciz	"arg:nonnull"                   # string offset=198
.Linfo_string22:
	.asciz	"ctx"                           # string offset=210
.Linfo_string23:
	.asciz	"sk"                            # string offset=214
.Linfo_string24:
	.asciz	"bound_dev_if"                  # string offset=217
.Linfo_string25:
	.asciz	"family"                        # string offset=230
.Linfo_string26:
	.asciz	"type"                          # string offset=237
.Linfo_string27:
	.asciz	"protocol"                      # string offset=242
.Linfo_string28:
	.asciz	"mark"                          # string offset=251
.Linfo_string29:
	.asciz	"priority"                      # string offset=256
.Linfo_string30:
	.asciz	"src_ip4"                       # string offset=265
.Linfo_string31:
	.asciz	"src_ip6"                       # string offset=273
.Linfo_string32:
	.asciz	"src_port"                      # string offset=281
.Linfo_string33:
	.asciz	"dst_port"                      # string offset=290
.Linfo_string34:
	.asciz	"unsigned short"                # string offset=299
.Linfo_string35:
	.asciz	"__u16"                         # string offset=314
.Linfo_string36:
	.asciz	"__be16"                        # string offset=320
.Linfo_string37:
	.asciz	"dst_ip4"                       # string offset=327
.Linfo_string38:
	.asciz	"dst_ip6"                       # string offset=335
.Linfo_string39:
	.asciz	"state"                         # string offset=343
.Linfo_string40:
	.asciz	"rx_queue_mapping"              # string offset=349
.Linfo_string41:
	.asciz	"__s32"                         # string offset=366
.Linfo_string42:
	.asciz	"bpf_sock"                      # string offset=372
.Linfo_string43:
	.asciz	"cookie"                        # string offset=381
.Linfo_string44:
	.asciz	"unsigned long long"            # string offset=388
.Linfo_string45:
	.asciz	"__u64"                         # string offset=407
.Linfo_string46:
	.asciz	"remote_ip4"                    # string offset=413
.Linfo_string47:
	.asciz	"remote_ip6"                    # string offset=424
.Linfo_string48:
	.asciz	"remote_port"                   # string offset=435
.Linfo_string49:
	.asciz	"local_ip4"                     # string offset=447
.Linfo_string50:
	.asciz	"local_ip6"                     # string offset=457
.Linfo_string51:
	.asciz	"local_port"                    # string offset=467
.Linfo_string52:
	.asciz	"ingress_ifindex"               # string offset=478
.Linfo_string53:
	.asciz	"bpf_sk_lookup"                 # string offset=494
.Linfo_string54:
	.asciz	"n"                             # string offset=508
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.long	.Linfo_string33
	.long	.Linfo_string34
	.long	.Linfo_string35
	.long	.Linfo_string36
	.long	.Linfo_string37
	.long	.Linfo_string38
	.long	.Linfo_string39
	.long	.Linfo_string40
	.long	.Linfo_string41
	.long	.Linfo_string42
	.long	.Linfo_string43
	.long	.Linfo_string44
	.long	.Linfo_string45
	.long	.Linfo_string46
	.long	.Linfo_string47
	.long	.Linfo_string48
	.long	.Linfo_string49
	.long	.Linfo_string50
	.long	.Linfo_string51
	.long	.Linfo_string52
	.long	.Linfo_string53
	.long	.Linfo_string54
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Ltmp33
	.quad	.Ltmp37
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	640
	.long	640
	.long	611
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108866                        # 0x4000002
	.long	8
	.long	6
	.long	3
	.long	0                               # 0x0
	.long	11
	.long	3
	.long	32                              # 0x20
	.long	16                              # BTF_KIND_TYPEDEF(id = 3)
	.long	134217728                       # 0x8000000
	.long	4
	.long	22                              # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 5)
	.long	218103810                       # 0xd000002
	.long	6
	.long	35
	.long	1
	.long	6
	.long	3
	.long	37                              # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	41                              # BTF_KIND_FUNC(id = 7)
	.long	201326593                       # 0xc000001
	.long	5
	.long	0                               # BTF_KIND_PTR(id = 8)
	.long	33554432                        # 0x2000000
	.long	3
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 9)
	.long	218103809                       # 0xd000001
	.long	6
	.long	119
	.long	8
	.long	127                             # BTF_KIND_FUNC(id = 10)
	.long	201326593                       # 0xc000001
	.long	9
	.long	132                             # BTF_KIND_DECL_TAG(id = 11)
	.long	285212672                       # 0x11000000
	.long	10
	.long	0
	.long	0                               # BTF_KIND_PTR(id = 12)
	.long	33554432                        # 0x2000000
	.long	13
	.long	171                             # BTF_KIND_STRUCT(id = 13)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	14
	.long	0                               # 0x0
	.long	185
	.long	3
	.long	64                              # 0x40
	.long	192
	.long	3
	.long	96                              # 0x60
	.long	201
	.long	3
	.long	128                             # 0x80
	.long	212
	.long	19
	.long	160                             # 0xa0
	.long	223
	.long	21
	.long	288                             # 0x120
	.long	235
	.long	3
	.long	320                             # 0x140
	.long	245
	.long	19
	.long	352                             # 0x160
	.long	255
	.long	3
	.long	480                             # 0x1e0
	.long	266
	.long	3
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 14)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	15
	.long	0                               # 0x0
	.long	282
	.long	17
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 15)
	.long	83886081                        # 0x5000001
	.long	8
	.long	289
	.long	16
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 16)
	.long	33554432                        # 0x2000000
	.long	30
	.long	292                             # BTF_KIND_TYPEDEF(id = 17)
	.long	134217728                       # 0x8000000
	.long	18
	.long	298                             # BTF_KIND_INT(id = 18)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 19)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	20
	.long	4
	.long	317                             # BTF_KIND_INT(id = 20)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	337                             # BTF_KIND_TYPEDEF(id = 21)
	.long	134217728                       # 0x8000000
	.long	22
	.long	344                             # BTF_KIND_TYPEDEF(id = 22)
	.long	134217728                       # 0x8000000
	.long	23
	.long	350                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 24)
	.long	218103809                       # 0xd000001
	.long	6
	.long	365
	.long	12
	.long	369                             # BTF_KIND_FUNC(id = 25)
	.long	201326593                       # 0xc000001
	.long	24
	.long	580                             # BTF_KIND_INT(id = 26)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 27)
	.long	50331648                        # 0x3000000
	.long	0
	.long	26
	.long	20
	.long	4
	.long	585                             # BTF_KIND_VAR(id = 28)
	.long	234881024                       # 0xe000000
	.long	27
	.long	1
	.long	594                             # BTF_KIND_DATASEC(id = 29)
	.long	251658241                       # 0xf000001
	.long	0
	.long	28
	.long	_license
	.long	4
	.long	602                             # BTF_KIND_FWD(id = 30)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"pair"                          # string offset=1
	.byte	0
	.ascii	"port"                          # string offset=6
	.byte	0
	.ascii	"seen"                          # string offset=11
	.byte	0
	.ascii	"__u32"                         # string offset=16
	.byte	0
	.ascii	"unsigned int"                  # string offset=22
	.byte	0
	.byte	112                             # string offset=35
	.byte	0
	.ascii	"int"                           # string offset=37
	.byte	0
	.ascii	"note_port"                     # string offset=41
	.byte	0
	.ascii	".text"                         # string offset=51
	.byte	0
	.ascii	"./tests/c/global_mem.c"        # string offset=57
	.byte	0
	.ascii	"\tif (!p)"                     # string offset=80
	.byte	0
	.ascii	"\tp->seen = p->port == port;"  # string offset=89
	.byte	0
	.byte	125                             # string offset=117
	.byte	0
	.ascii	"counter"                       # string offset=119
	.byte	0
	.ascii	"bump"                          # string offset=127
	.byte	0
	.ascii	"arg:nonnull"                   # string offset=132
	.byte	0
	.ascii	"\t*counter += 1;"              # string offset=144
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=160
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=171
	.byte	0
	.ascii	"family"                        # string offset=185
	.byte	0
	.ascii	"protocol"                      # string offset=192
	.byte	0
	.ascii	"remote_ip4"                    # string offset=201
	.byte	0
	.ascii	"remote_ip6"                    # string offset=212
	.byte	0
	.ascii	"remote_port"                   # string offset=223
	.byte	0
	.ascii	"local_ip4"                     # string offset=235
	.byte	0
	.ascii	"local_ip6"                     # string offset=245
	.byte	0
	.ascii	"local_port"                    # string offset=255
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=266
	.byte	0
	.ascii	"cookie"                        # string offset=282
	.byte	0
	.ascii	"sk"                            # string offset=289
	.byte	0
	.ascii	"__u64"                         # string offset=292
	.byte	0
	.ascii	"unsigned long long"            # string offset=298
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=317
	.byte	0
	.ascii	"__be16"                        # string offset=337
	.byte	0
	.ascii	"__u16"                         # string offset=344
	.byte	0
	.ascii	"unsigned short"                # string offset=350
	.byte	0
	.ascii	"ctx"                           # string offset=365
	.byte	0
	.ascii	"global_mem"                    # string offset=369
	.byte	0
	.ascii	"sk_lookup"                     # string offset=380
	.byte	0
	.ascii	"int global_mem(struct bpf_sk_lookup *ctx)" # string offset=390
	.byte	0
	.ascii	"\tstruct pair p = { .port = 80, .seen = 0 };" # string offset=432
	.byte	0
	.ascii	"\t__u32 n = 0;"                # string offset=476
	.byte	0
	.ascii	"\tnote_port(&p, ctx->local_port);" # string offset=490
	.byte	0
	.ascii	"\tbump(&n);"                   # string offset=523
	.byte	0
	.ascii	"\treturn p.seen && n == 1 ? SK_PASS : SK_DROP;" # string offset=534
	.byte	0
	.ascii	"char"                          # string offset=580
	.byte	0
	.ascii	"_license"                      # string offset=585
	.byte	0
	.ascii	"license"                       # string offset=594
	.byte	0
	.ascii	"bpf_sock"                      # string offset=602
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	44
	.long	44
	.long	356
	.long	400
	.long	0
	.long	8                               # FuncInfo
	.long	51                              # FuncInfo section string offset=51
	.long	2
	.long	.Lfunc_begin0
	.long	7
	.long	.Lfunc_begin1
	.long	10
	.long	380                             # FuncInfo section string offset=380
	.long	1
	.long	.Lfunc_begin2
	.long	25
	.long	16                              # LineInfo
	.long	51                              # LineInfo section string offset=51
	.long	8
	.long	.Ltmp0
	.long	57
	.long	80
	.long	16390                           # Line 16 Col 6
	.long	.Ltmp3
	.long	57
	.long	89
	.long	18452                           # Line 18 Col 20
	.long	.Ltmp6
	.long	57
	.long	89
	.long	18447                           # Line 18 Col 15
	.long	.Ltmp7
	.long	57
	.long	89
	.long	18452                           # Line 18 Col 20
	.long	.Ltmp12
	.long	57
	.long	89
	.long	18442                           # Line 18 Col 10
	.long	.Ltmp15
	.long	57
	.long	117
	.long	20481                           # Line 20 Col 1
	.long	.Ltmp18
	.long	57
	.long	144
	.long	24587                           # Line 24 Col 11
	.long	.Ltmp19
	.long	57
	.long	160
	.long	25602                           # Line 25 Col 2
	.long	380                             # LineInfo section string offset=380
	.long	13
	.long	.Lfunc_begin2
	.long	57
	.long	390
	.long	29696                           # Line 29 Col 0
	.long	.Ltmp24
	.long	57
	.long	432
	.long	31758                           # Line 31 Col 14
	.long	.Ltmp27
	.long	57
	.long	476
	.long	32776                           # Line 32 Col 8
	.long	.Ltmp28
	.long	57
	.long	490
	.long	34818                           # Line 34 Col 2
	.long	.Ltmp31
	.long	57
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp32
	.long	57
	.long	490
	.long	34818                           # Line 34 Col 2
	.long	.Ltmp35
	.long	57
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp36
	.long	57
	.long	523
	.long	35842                           # Line 35 Col 2
	.long	.Ltmp38
	.long	57
	.long	534
	.long	36880                           # Line 36 Col 16
	.long	.Ltmp45
	.long	57
	.long	534
	.long	36875                           # Line 36 Col 11
	.long	.Ltmp48
	.long	57
	.long	534
	.long	36873                           # Line 36 Col 9
	.long	.Ltmp49
	.long	57
	.long	534
	.long	36880                           # Line 36 Col 16
	.long	.Ltmp50
	.long	57
	.long	534
	.long	36866                           # Line 36 Col 2
	.addrsig
	.addrsig_sym global_mem
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
