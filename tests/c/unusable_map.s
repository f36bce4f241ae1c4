	.text
	.file	"unusable_map.c"
	.file	0 "." "tests/c/unusable_map.c" md5 0xe3208e72b0e2cec60b560191ddb3003e
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "tests/c" "sk_lookup_helpers.h" md5 0xf1601226d0cb73d90ebbe89884c3fd42
	.file	3 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	pick_from_group                 # -- Begin function pick_from_group
	.p2align	3
	.type	pick_from_group,@function
pick_from_group:                        # @pick_from_group
.Lfunc_begin0:
	.loc	0 14 0                          # tests/c/unusable_map.c:14:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: pick_from_group:ctx <- undef
	r1 = 0
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: pick_from_group:key <- 0
	.loc	0 15 8 prologue_end             # tests/c/unusable_map.c:15:8
.Ltmp2:
	*(u32 *)(r10 - 4) = r1
.Ltmp3:
.Ltmp4:
	#DEBUG_VALUE: pick_from_group:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 8 is_stmt 0                 # tests/c/unusable_map.c:0:8
	r2 = r10
.Ltmp5:
	r2 += -4
	.loc	0 17 9 is_stmt 1                # tests/c/unusable_map.c:17:9
.Ltmp6:
	r1 = reuse_group ll
	call 1
.Ltmp7:
	r1 = r0
	r0 = 1
	if r1 != 0 goto LBB0_2
.Ltmp8:
.Ltmp9:
# %bb.1:
	#DEBUG_VALUE: pick_from_group:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 9 is_stmt 0                 # tests/c/unusable_map.c:0:9
	r0 = 0
.Ltmp10:
.Ltmp11:
LBB0_2:
	#DEBUG_VALUE: pick_from_group:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 17 2                          # tests/c/unusable_map.c:17:2
.Ltmp12:
	exit
.Ltmp13:
.Ltmp14:
.Lfunc_end0:
	.size	pick_from_group, .Lfunc_end0-pick_from_group
	.cfi_endproc
                                        # -- End function
	.type	reuse_group,@object             # @reuse_group
	.section	.maps,"aw",@progbits
	.globl	reuse_group
	.p2align	3
reuse_group:
	.zero	32
	.size	reuse_group, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.file	4 "/usr/include/linux" "types.h" md5 0xa82ae197a4533c0fa7d08f3ccc99ef94
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
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp3-.Lfunc_begin0           #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
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
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
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
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x262 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x37:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3e:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x42:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x46:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x51:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x55:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	122                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x5e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	143                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x67:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x70:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x7a:0x5 DW_TAG_pointer_type
	.long	127                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x7f:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x84:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	20                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x8b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x8f:0x5 DW_TAG_pointer_type
	.long	148                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x94:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x99:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	1                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa0:0x5 DW_TAG_pointer_type
	.long	165                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xa5:0x8 DW_TAG_typedef
	.long	173                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xad:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xb1:0x8 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	185                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xb9:0x5 DW_TAG_pointer_type
	.long	190                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xbe:0x10 DW_TAG_subroutine_type
	.long	206                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xc3:0x5 DW_TAG_formal_parameter
	.long	206                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xc8:0x5 DW_TAG_formal_parameter
	.long	207                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xce:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xcf:0x5 DW_TAG_pointer_type
	.long	212                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xd4:0x1 DW_TAG_const_type
	.byte	16                              # Abbrev [16] 0xd5:0x11 DW_TAG_enumeration_type
	.long	173                             # DW_AT_type
	.byte	17                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xdf:0x3 DW_TAG_enumerator
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	17                              # Abbrev [17] 0xe2:0x3 DW_TAG_enumerator
	.byte	16                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xe6:0x21 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0xf5:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	263                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0xfd:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x107:0x5 DW_TAG_pointer_type
	.long	268                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x10c:0x95 DW_TAG_structure_type
	.byte	49                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x112:0x9 DW_TAG_member
	.long	283                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x11b:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x120:0xa DW_TAG_member
	.long	298                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x12a:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	26                              # Abbrev [26] 0x130:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	417                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x13b:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	609                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x146:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x150:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x15a:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x164:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	569                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x16e:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x178:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x182:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	569                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x18c:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x196:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1a1:0x5 DW_TAG_pointer_type
	.long	422                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x1a6:0x93 DW_TAG_structure_type
	.byte	38                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x1ac:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1b6:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1c0:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1ca:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1d4:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1de:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1e8:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1f2:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	569                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1fc:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x206:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x210:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x21a:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	569                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x224:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x22e:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	601                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x239:0xc DW_TAG_array_type
	.long	165                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x23e:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x245:0x8 DW_TAG_typedef
	.long	589                             # DW_AT_type
	.byte	32                              # DW_AT_name
	.byte	4                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x24d:0x8 DW_TAG_typedef
	.long	597                             # DW_AT_type
	.byte	31                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x255:0x4 DW_TAG_base_type
	.byte	30                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x259:0x8 DW_TAG_typedef
	.long	139                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x261:0x8 DW_TAG_typedef
	.long	617                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x269:0x4 DW_TAG_base_type
	.byte	40                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	204                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/unusable_map.c"        # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=51
.Linfo_string3:
	.asciz	"_license"                      # string offset=53
.Linfo_string4:
	.asciz	"char"                          # string offset=62
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=67
.Linfo_string6:
	.asciz	"reuse_group"                   # string offset=87
.Linfo_string7:
	.asciz	"type"                          # string offset=99
.Linfo_string8:
	.asciz	"int"                           # string offset=104
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=108
.Linfo_string10:
	.asciz	"key"                           # string offset=120
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=124
.Linfo_string12:
	.asciz	"__u32"                         # string offset=137
.Linfo_string13:
	.asciz	"value"                         # string offset=143
.Linfo_string14:
	.asciz	"bpf_map_lookup_elem"           # string offset=149
.Linfo_string15:
	.asciz	"SK_DROP"                       # string offset=169
.Linfo_string16:
	.asciz	"SK_PASS"                       # string offset=177
.Linfo_string17:
	.asciz	"sk_action"                     # string offset=185
.Linfo_string18:
	.asciz	"pick_from_group"               # string offset=195
.Linfo_string19:
	.asciz	"ctx"                           # string offset=211
.Linfo_string20:
	.asciz	"sk"                            # string offset=215
.Linfo_string21:
	.asciz	"bound_dev_if"                  # string offset=218
.Linfo_string22:
	.asciz	"family"                        # string offset=231
.Linfo_string23:
	.asciz	"protocol"                      # string offset=238
.Linfo_string24:
	.asciz	"mark"                          # string offset=247
.Linfo_string25:
	.asciz	"priority"                      # string offset=252
.Linfo_string26:
	.asciz	"src_ip4"                       # string offset=261
.Linfo_string27:
	.asciz	"src_ip6"                       # string offset=269
.Linfo_string28:
	.asciz	"src_port"                      # string offset=277
.Linfo_string29:
	.asciz	"dst_port"                      # string offset=286
.Linfo_string30:
	.asciz	"unsigned short"                # string offset=295
.Linfo_string31:
	.asciz	"__u16"                         # string offset=310
.Linfo_string32:
	.asciz	"__be16"                        # string offset=316
.Linfo_string33:
	.asciz	"dst_ip4"                       # string offset=323
.Linfo_string34:
	.asciz	"dst_ip6"                       # string offset=331
.Linfo_string35:
	.asciz	"state"                         # string offset=339
.Linfo_string36:
	.asciz	"rx_queue_mapping"              # string offset=345
.Linfo_string37:
	.asciz	"__s32"                         # string offset=362
.Linfo_string38:
	.asciz	"bpf_sock"                      # string offset=368
.Linfo_string39:
	.asciz	"cookie"                        # string offset=377
.Linfo_string40:
	.asciz	"unsigned long long"            # string offset=384
.Linfo_string41:
	.asciz	"__u64"                         # string offset=403
.Linfo_string42:
	.asciz	"remote_ip4"                    # string offset=409
.Linfo_string43:
	.asciz	"remote_ip6"                    # string offset=420
.Linfo_string44:
	.asciz	"remote_port"                   # string offset=431
.Linfo_string45:
	.asciz	"local_ip4"                     # string offset=443
.Linfo_string46:
	.asciz	"local_ip6"                     # string offset=453
.Linfo_string47:
	.asciz	"local_port"                    # string offset=463
.Linfo_string48:
	.asciz	"ingress_ifindex"               # string offset=474
.Linfo_string49:
	.asciz	"bpf_sk_lookup"                 # string offset=490
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
	.quad	reuse_group
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	676
	.long	676
	.long	481
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	3
	.long	1                               # BTF_KIND_INT(id = 2)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	0                               # BTF_KIND_ARRAY(id = 3)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	20
	.long	5                               # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 5)
	.long	33554432                        # 0x2000000
	.long	6
	.long	0                               # BTF_KIND_ARRAY(id = 6)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	31                              # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_STRUCT(id = 10)
	.long	67108868                        # 0x4000004
	.long	32
	.long	44
	.long	1
	.long	0                               # 0x0
	.long	49
	.long	5
	.long	64                              # 0x40
	.long	61
	.long	7
	.long	128                             # 0x80
	.long	65
	.long	7
	.long	192                             # 0xc0
	.long	71                              # BTF_KIND_VAR(id = 11)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 12)
	.long	33554432                        # 0x2000000
	.long	13
	.long	83                              # BTF_KIND_STRUCT(id = 13)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	14
	.long	0                               # 0x0
	.long	97
	.long	8
	.long	64                              # 0x40
	.long	104
	.long	8
	.long	96                              # 0x60
	.long	113
	.long	8
	.long	128                             # 0x80
	.long	124
	.long	19
	.long	160                             # 0xa0
	.long	135
	.long	20
	.long	288                             # 0x120
	.long	147
	.long	8
	.long	320                             # 0x140
	.long	157
	.long	19
	.long	352                             # 0x160
	.long	167
	.long	8
	.long	480                             # 0x1e0
	.long	178
	.long	8
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 14)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	15
	.long	0                               # 0x0
	.long	194
	.long	17
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 15)
	.long	83886081                        # 0x5000001
	.long	8
	.long	201
	.long	16
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 16)
	.long	33554432                        # 0x2000000
	.long	30
	.long	204                             # BTF_KIND_TYPEDEF(id = 17)
	.long	134217728                       # 0x8000000
	.long	18
	.long	210                             # BTF_KIND_INT(id = 18)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 19)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	4
	.long	229                             # BTF_KIND_TYPEDEF(id = 20)
	.long	134217728                       # 0x8000000
	.long	21
	.long	236                             # BTF_KIND_TYPEDEF(id = 21)
	.long	134217728                       # 0x8000000
	.long	22
	.long	242                             # BTF_KIND_INT(id = 22)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 23)
	.long	218103809                       # 0xd000001
	.long	2
	.long	257
	.long	12
	.long	261                             # BTF_KIND_FUNC(id = 24)
	.long	201326593                       # 0xc000001
	.long	23
	.long	444                             # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 26)
	.long	50331648                        # 0x3000000
	.long	0
	.long	25
	.long	4
	.long	4
	.long	449                             # BTF_KIND_VAR(id = 27)
	.long	234881024                       # 0xe000000
	.long	26
	.long	1
	.long	458                             # BTF_KIND_DATASEC(id = 28)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	reuse_group
	.long	32
	.long	464                             # BTF_KIND_DATASEC(id = 29)
	.long	251658241                       # 0xf000001
	.long	0
	.long	27
	.long	_license
	.long	4
	.long	472                             # BTF_KIND_FWD(id = 30)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u32"                         # string offset=25
	.byte	0
	.ascii	"unsigned int"                  # string offset=31
	.byte	0
	.ascii	"type"                          # string offset=44
	.byte	0
	.ascii	"max_entries"                   # string offset=49
	.byte	0
	.ascii	"key"                           # string offset=61
	.byte	0
	.ascii	"value"                         # string offset=65
	.byte	0
	.ascii	"reuse_group"                   # string offset=71
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=83
	.byte	0
	.ascii	"family"                        # string offset=97
	.byte	0
	.ascii	"protocol"                      # string offset=104
	.byte	0
	.ascii	"remote_ip4"                    # string offset=113
	.byte	0
	.ascii	"remote_ip6"                    # string offset=124
	.byte	0
	.ascii	"remote_port"                   # string offset=135
	.byte	0
	.ascii	"local_ip4"                     # string offset=147
	.byte	0
	.ascii	"local_ip6"                     # string offset=157
	.byte	0
	.ascii	"local_port"                    # string offset=167
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=178
	.byte	0
	.ascii	"cookie"                        # string offset=194
	.byte	0
	.ascii	"sk"                            # string offset=201
	.byte	0
	.ascii	"__u64"                         # string offset=204
	.byte	0
	.ascii	"unsigned long long"            # string offset=210
	.byte	0
	.ascii	"__be16"                        # string offset=229
	.byte	0
	.ascii	"__u16"                         # string offset=236
	.byte	0
	.ascii	"unsigned short"                # string offset=242
	.byte	0
	.ascii	"ctx"                           # string offset=257
	.byte	0
	.ascii	"pick_from_group"               # string offset=261
	.byte	0
	.ascii	"sk_lookup"                     # string offset=277
	.byte	0
	.ascii	"./tests/c/unusable_map.c"      # string offset=287
	.byte	0
	.ascii	"int pick_from_group(struct bpf_sk_lookup *ctx)" # string offset=312
	.byte	0
	.ascii	"\t__u32 key = 0;"              # string offset=359
	.byte	0
	.ascii	"\treturn bpf_map_lookup_elem(&reuse_group, &key) ? SK_PASS : SK_DROP;" # string offset=375
	.byte	0
	.ascii	"char"                          # string offset=444
	.byte	0
	.ascii	"_license"                      # string offset=449
	.byte	0
	.ascii	".maps"                         # string offset=458
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
	.long	20
	.long	20
	.long	92
	.long	112
	.long	0
	.long	8                               # FuncInfo
	.long	277                             # FuncInfo section string offset=277
	.long	1
	.long	.Lfunc_begin0
	.long	24
	.long	16                              # LineInfo
	.long	277                             # LineInfo section string offset=277
	.long	5
	.long	.Lfunc_begin0
	.long	287
	.long	312
	.long	13312                           # Line 13 Col 0
	.long	.Ltmp2
	.long	287
	.long	359
	.long	15368                           # Line 15 Col 8
	.long	.Ltmp5
	.long	287
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp6
	.long	287
	.long	375
	.long	17417                           # Line 17 Col 9
	.long	.Ltmp12
	.long	287
	.long	375
	.long	17410                           # Line 17 Col 2
	.addrsig
	.addrsig_sym pick_from_group
	.addrsig_sym reuse_group
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
