	.text
	.file	"bpf_loop.c"
	.file	0 "." "tests/c/bpf_loop.c" md5 0xf86ceda3a2fcdc14fc8a58bc4bd81f21
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	loop_callback                   # -- Begin function loop_callback
	.p2align	3
	.type	loop_callback,@function
loop_callback:                          # @loop_callback
.Lfunc_begin0:
	.loc	0 17 0                          # tests/c/bpf_loop.c:17:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: loop_callback:ctx <- undef
	r1 = 0
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: loop_callback:sum <- 0
	.loc	0 18 8 prologue_end             # tests/c/bpf_loop.c:18:8
.Ltmp2:
	*(u32 *)(r10 - 4) = r1
.Ltmp3:
.Ltmp4:
	#DEBUG_VALUE: loop_callback:sum <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 8 is_stmt 0                 # tests/c/bpf_loop.c:0:8
	r3 = r10
.Ltmp5:
	r3 += -4
	.loc	0 20 2 is_stmt 1                # tests/c/bpf_loop.c:20:2
.Ltmp6:
	r1 = 4
	r2 = count ll
	r4 = 0
	call 181
.Ltmp7:
	.loc	0 0 2 is_stmt 0                 # tests/c/bpf_loop.c:0:2
	r0 = 1
	.loc	0 21 9 is_stmt 1                # tests/c/bpf_loop.c:21:9
.Ltmp8:
	r1 = *(u32 *)(r10 - 4)
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: loop_callback:sum <- $r1
	.loc	0 21 13 is_stmt 0               # tests/c/bpf_loop.c:21:13
.Ltmp11:
	if r1 == 6 goto LBB0_2
.Ltmp12:
.Ltmp13:
# %bb.1:
	#DEBUG_VALUE: loop_callback:sum <- $r1
	.loc	0 0 13                          # tests/c/bpf_loop.c:0:13
	r0 = 0
.Ltmp14:
.Ltmp15:
LBB0_2:
	#DEBUG_VALUE: loop_callback:sum <- $r1
	.loc	0 21 2                          # tests/c/bpf_loop.c:21:2
.Ltmp16:
	exit
.Ltmp17:
.Ltmp18:
.Lfunc_end0:
	.size	loop_callback, .Lfunc_end0-loop_callback
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function count
	.type	count,@function
count:                                  # @count
.Lfunc_begin1:
	.loc	0 10 0 is_stmt 1                # tests/c/bpf_loop.c:10:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: count:index <- $r1
	#DEBUG_VALUE: count:ctx <- $r2
	.loc	0 11 16 prologue_end            # tests/c/bpf_loop.c:11:16
.Ltmp19:
	r3 = *(u32 *)(r2 + 0)
	r3 += r1
	*(u32 *)(r2 + 0) = r3
	.loc	0 12 2                          # tests/c/bpf_loop.c:12:2
.Ltmp20:
	r0 = 0
	exit
.Ltmp21:
.Ltmp22:
.Lfunc_end1:
	.size	count, .Lfunc_end1-count
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.file	3 "/usr/include/linux" "types.h" md5 0xa82ae197a4533c0fa7d08f3ccc99ef94
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	1                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp3-.Lfunc_begin0           #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin0           #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
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
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x240 DW_TAG_compile_unit
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
	.byte	24                              # DW_AT_decl_line
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
	.byte	7                               # Abbrev [7] 0x4e:0x8 DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	86                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x56:0x5 DW_TAG_pointer_type
	.long	91                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5b:0x1a DW_TAG_subroutine_type
	.long	117                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0x60:0x5 DW_TAG_formal_parameter
	.long	121                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x65:0x5 DW_TAG_formal_parameter
	.long	133                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6a:0x5 DW_TAG_formal_parameter
	.long	133                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6f:0x5 DW_TAG_formal_parameter
	.long	134                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x75:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x79:0x8 DW_TAG_typedef
	.long	129                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x81:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x85:0x1 DW_TAG_pointer_type
	.byte	11                              # Abbrev [11] 0x86:0x8 DW_TAG_typedef
	.long	142                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x8e:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x92:0x11 DW_TAG_enumeration_type
	.long	129                             # DW_AT_type
	.byte	14                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	14                              # Abbrev [14] 0x9c:0x3 DW_TAG_enumerator
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	14                              # Abbrev [14] 0x9f:0x3 DW_TAG_enumerator
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xa3:0x5 DW_TAG_pointer_type
	.long	121                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xa8:0x21 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	237                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0xb7:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	241                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xbf:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xc9:0x24 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	237                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0xd8:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	49                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0xe2:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	82
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	133                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xed:0x4 DW_TAG_base_type
	.byte	16                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0xf1:0x5 DW_TAG_pointer_type
	.long	246                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0xf6:0x95 DW_TAG_structure_type
	.byte	48                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0xfc:0x9 DW_TAG_member
	.long	261                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x105:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	23                              # Abbrev [23] 0x10a:0xa DW_TAG_member
	.long	276                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x114:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	25                              # Abbrev [25] 0x11a:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	395                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	25                              # Abbrev [25] 0x125:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	134                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	25                              # Abbrev [25] 0x130:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x13a:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x144:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x14e:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	547                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x158:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	559                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x162:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x16c:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	547                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x176:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x180:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x18b:0x5 DW_TAG_pointer_type
	.long	400                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x190:0x93 DW_TAG_structure_type
	.byte	39                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x196:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1a0:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1aa:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1b4:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1be:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1c8:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1d2:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1dc:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	547                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1e6:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1f0:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	559                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x1fa:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x204:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	547                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x20e:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	121                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x218:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	579                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x223:0xc DW_TAG_array_type
	.long	121                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x228:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x22f:0x8 DW_TAG_typedef
	.long	567                             # DW_AT_type
	.byte	33                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x237:0x8 DW_TAG_typedef
	.long	575                             # DW_AT_type
	.byte	32                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x23f:0x4 DW_TAG_base_type
	.byte	31                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x243:0x8 DW_TAG_typedef
	.long	237                             # DW_AT_type
	.byte	38                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
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
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	204                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/bpf_loop.c"            # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=47
.Linfo_string3:
	.asciz	"_license"                      # string offset=49
.Linfo_string4:
	.asciz	"char"                          # string offset=58
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=63
.Linfo_string6:
	.asciz	"bpf_loop"                      # string offset=83
.Linfo_string7:
	.asciz	"long"                          # string offset=92
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=97
.Linfo_string9:
	.asciz	"__u32"                         # string offset=110
.Linfo_string10:
	.asciz	"unsigned long long"            # string offset=116
.Linfo_string11:
	.asciz	"__u64"                         # string offset=135
.Linfo_string12:
	.asciz	"SK_DROP"                       # string offset=141
.Linfo_string13:
	.asciz	"SK_PASS"                       # string offset=149
.Linfo_string14:
	.asciz	"sk_action"                     # string offset=157
.Linfo_string15:
	.asciz	"loop_callback"                 # string offset=167
.Linfo_string16:
	.asciz	"int"                           # string offset=181
.Linfo_string17:
	.asciz	"count"                         # string offset=185
.Linfo_string18:
	.asciz	"sum"                           # string offset=191
.Linfo_string19:
	.asciz	"ctx"                           # string offset=195
.Linfo_string20:
	.asciz	"sk"                            # string offset=199
.Linfo_string21:
	.asciz	"bound_dev_if"                  # string offset=202
.Linfo_string22:
	.asciz	"family"                        # string offset=215
.Linfo_string23:
	.asciz	"type"                          # string offset=222
.Linfo_string24:
	.asciz	"protocol"                      # string offset=227
.Linfo_string25:
	.asciz	"mark"                          # string offset=236
.Linfo_string26:
	.asciz	"priority"                      # string offset=241
.Linfo_string27:
	.asciz	"src_ip4"                       # string offset=250
.Linfo_string28:
	.asciz	"src_ip6"                       # string offset=258
.Linfo_string29:
	.asciz	"src_port"                      # string offset=266
.Linfo_string30:
	.asciz	"dst_port"                      # string offset=275
.Linfo_string31:
	.asciz	"unsigned short"                # string offset=284
.Linfo_string32:
	.asciz	"__u16"                         # string offset=299
.Linfo_string33:
	.asciz	"__be16"                        # string offset=305
.Linfo_string34:
	.asciz	"dst_ip4"                       # string offset=312
.Linfo_string35:
	.asciz	"dst_ip6"                       # string offset=320
.Linfo_string36:
	.asciz	"state"                         # string offset=328
.Linfo_string37:
	.asciz	"rx_queue_mapping"              # string offset=334
.Linfo_string38:
	.asciz	"__s32"                         # string offset=351
.Linfo_string39:
	.asciz	"bpf_sock"                      # string offset=357
.Linfo_string40:
	.asciz	"cookie"                        # string offset=366
.Linfo_string41:
	.asciz	"remote_ip4"                    # string offset=373
.Linfo_string42:
	.asciz	"remote_ip6"                    # string offset=384
.Linfo_string43:
	.asciz	"remote_port"                   # string offset=395
.Linfo_string44:
	.asciz	"local_ip4"                     # string offset=407
.Linfo_string45:
	.asciz	"local_ip6"                     # string offset=417
.Linfo_string46:
	.asciz	"local_port"                    # string offset=427
.Linfo_string47:
	.asciz	"ingress_ifindex"               # string offset=438
.Linfo_string48:
	.asciz	"bpf_sk_lookup"                 # string offset=454
.Linfo_string49:
	.asciz	"index"                         # string offset=468
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
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	544
	.long	544
	.long	481
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	3
	.long	0                               # 0x0
	.long	15
	.long	8
	.long	64                              # 0x40
	.long	22
	.long	8
	.long	96                              # 0x60
	.long	31
	.long	8
	.long	128                             # 0x80
	.long	42
	.long	10
	.long	160                             # 0xa0
	.long	53
	.long	12
	.long	288                             # 0x120
	.long	65
	.long	8
	.long	320                             # 0x140
	.long	75
	.long	10
	.long	352                             # 0x160
	.long	85
	.long	8
	.long	480                             # 0x1e0
	.long	96
	.long	8
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 3)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	4
	.long	0                               # 0x0
	.long	112
	.long	6
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 4)
	.long	83886081                        # 0x5000001
	.long	8
	.long	119
	.long	5
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 5)
	.long	33554432                        # 0x2000000
	.long	25
	.long	122                             # BTF_KIND_TYPEDEF(id = 6)
	.long	134217728                       # 0x8000000
	.long	7
	.long	128                             # BTF_KIND_INT(id = 7)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	147                             # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	153                             # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 10)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	11
	.long	4
	.long	166                             # BTF_KIND_INT(id = 11)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	186                             # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	13
	.long	193                             # BTF_KIND_TYPEDEF(id = 13)
	.long	134217728                       # 0x8000000
	.long	14
	.long	199                             # BTF_KIND_INT(id = 14)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 15)
	.long	218103809                       # 0xd000001
	.long	16
	.long	214
	.long	1
	.long	218                             # BTF_KIND_INT(id = 16)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	222                             # BTF_KIND_FUNC(id = 17)
	.long	201326593                       # 0xc000001
	.long	15
	.long	0                               # BTF_KIND_PTR(id = 18)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103810                       # 0xd000002
	.long	16
	.long	396
	.long	8
	.long	214
	.long	18
	.long	402                             # BTF_KIND_FUNC(id = 20)
	.long	201326592                       # 0xc000000
	.long	19
	.long	450                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	11
	.long	4
	.long	455                             # BTF_KIND_VAR(id = 23)
	.long	234881024                       # 0xe000000
	.long	22
	.long	1
	.long	464                             # BTF_KIND_DATASEC(id = 24)
	.long	251658241                       # 0xf000001
	.long	0
	.long	23
	.long	_license
	.long	4
	.long	472                             # BTF_KIND_FWD(id = 25)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"bpf_sk_lookup"                 # string offset=1
	.byte	0
	.ascii	"family"                        # string offset=15
	.byte	0
	.ascii	"protocol"                      # string offset=22
	.byte	0
	.ascii	"remote_ip4"                    # string offset=31
	.byte	0
	.ascii	"remote_ip6"                    # string offset=42
	.byte	0
	.ascii	"remote_port"                   # string offset=53
	.byte	0
	.ascii	"local_ip4"                     # string offset=65
	.byte	0
	.ascii	"local_ip6"                     # string offset=75
	.byte	0
	.ascii	"local_port"                    # string offset=85
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=96
	.byte	0
	.ascii	"cookie"                        # string offset=112
	.byte	0
	.ascii	"sk"                            # string offset=119
	.byte	0
	.ascii	"__u64"                         # string offset=122
	.byte	0
	.ascii	"unsigned long long"            # string offset=128
	.byte	0
	.ascii	"__u32"                         # string offset=147
	.byte	0
	.ascii	"unsigned int"                  # string offset=153
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=166
	.byte	0
	.ascii	"__be16"                        # string offset=186
	.byte	0
	.ascii	"__u16"                         # string offset=193
	.byte	0
	.ascii	"unsigned short"                # string offset=199
	.byte	0
	.ascii	"ctx"                           # string offset=214
	.byte	0
	.ascii	"int"                           # string offset=218
	.byte	0
	.ascii	"loop_callback"                 # string offset=222
	.byte	0
	.ascii	"sk_lookup"                     # string offset=236
	.byte	0
	.ascii	"./tests/c/bpf_loop.c"          # string offset=246
	.byte	0
	.ascii	"int loop_callback(struct bpf_sk_lookup *ctx)" # string offset=267
	.byte	0
	.ascii	"\t__u32 sum = 0;"              # string offset=312
	.byte	0
	.ascii	"\tbpf_loop(4, count, &sum, 0);" # string offset=328
	.byte	0
	.ascii	"\treturn sum == 6 ? SK_PASS : SK_DROP;" # string offset=358
	.byte	0
	.ascii	"index"                         # string offset=396
	.byte	0
	.ascii	"count"                         # string offset=402
	.byte	0
	.ascii	".text"                         # string offset=408
	.byte	0
	.ascii	"\t*(__u32 *)ctx += index;"     # string offset=414
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=439
	.byte	0
	.ascii	"char"                          # string offset=450
	.byte	0
	.ascii	"_license"                      # string offset=455
	.byte	0
	.ascii	"license"                       # string offset=464
	.byte	0
	.ascii	"bpf_sock"                      # string offset=472
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	164
	.long	200
	.long	0
	.long	8                               # FuncInfo
	.long	236                             # FuncInfo section string offset=236
	.long	1
	.long	.Lfunc_begin0
	.long	17
	.long	408                             # FuncInfo section string offset=408
	.long	1
	.long	.Lfunc_begin1
	.long	20
	.long	16                              # LineInfo
	.long	236                             # LineInfo section string offset=236
	.long	7
	.long	.Lfunc_begin0
	.long	246
	.long	267
	.long	16384                           # Line 16 Col 0
	.long	.Ltmp2
	.long	246
	.long	312
	.long	18440                           # Line 18 Col 8
	.long	.Ltmp5
	.long	246
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp6
	.long	246
	.long	328
	.long	20482                           # Line 20 Col 2
	.long	.Ltmp8
	.long	246
	.long	358
	.long	21513                           # Line 21 Col 9
	.long	.Ltmp11
	.long	246
	.long	358
	.long	21517                           # Line 21 Col 13
	.long	.Ltmp16
	.long	246
	.long	358
	.long	21506                           # Line 21 Col 2
	.long	408                             # LineInfo section string offset=408
	.long	2
	.long	.Ltmp19
	.long	246
	.long	414
	.long	11280                           # Line 11 Col 16
	.long	.Ltmp20
	.long	246
	.long	439
	.long	12290                           # Line 12 Col 2
	.addrsig
	.addrsig_sym loop_callback
	.addrsig_sym count
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
