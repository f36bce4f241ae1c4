	.text
	.file	"global_data.c"
	.file	0 "." "tests/c/global_data.c" md5 0x9d38e9a50911e4c28a561bc405b42288
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	count_hits                      # -- Begin function count_hits
	.p2align	3
	.type	count_hits,@function
count_hits:                             # @count_hits
.Lfunc_begin0:
	.loc	0 12 0                          # tests/c/global_data.c:12:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: count_hits:ctx <- undef
	.loc	0 13 13 prologue_end            # tests/c/global_data.c:13:13
.Ltmp0:
	r1 = limit ll
	r2 = *(u32 *)(r1 + 0)
	.loc	0 13 6 is_stmt 0                # tests/c/global_data.c:13:6
.Ltmp1:
	r1 = hits ll
	r3 = *(u32 *)(r1 + 0)
.Ltmp2:
.Ltmp3:
	.loc	0 13 6                          # tests/c/global_data.c:13:6
.Ltmp4:
	if r3 >= r2 goto LBB0_2
.Ltmp5:
.Ltmp6:
# %bb.1:
	.loc	0 0 6                           # tests/c/global_data.c:0:6
	r2 = 1
.Ltmp7:
	.loc	0 14 3 is_stmt 1                # tests/c/global_data.c:14:3
.Ltmp8:
.Ltmp9:
	lock *(u32 *)(r1 + 0) += r2
.Ltmp10:
.Ltmp11:
LBB0_2:
	.loc	0 15 2                          # tests/c/global_data.c:15:2
.Ltmp12:
	r0 = 1
	exit
.Ltmp13:
.Ltmp14:
.Lfunc_end0:
	.size	count_hits, .Lfunc_end0-count_hits
	.cfi_endproc
                                        # -- End function
	.globl	past_the_end                    # -- Begin function past_the_end
	.p2align	3
	.type	past_the_end,@function
past_the_end:                           # @past_the_end
.Lfunc_begin1:
	.loc	0 20 0                          # tests/c/global_data.c:20:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: past_the_end:ctx <- undef
	.loc	0 23 9 prologue_end             # tests/c/global_data.c:23:9
.Ltmp15:
	r1 = limit ll
.Ltmp16:
.Ltmp17:
	#DEBUG_VALUE: past_the_end:p <- $r1
	r0 = *(u32 *)(r1 + 4)
	.loc	0 23 14 is_stmt 0               # tests/c/global_data.c:23:14
.Ltmp18:
	r0 &= 1
	.loc	0 23 2                          # tests/c/global_data.c:23:2
.Ltmp19:
	exit
.Ltmp20:
.Ltmp21:
.Lfunc_end1:
	.size	past_the_end, .Lfunc_end1-past_the_end
	.cfi_endproc
                                        # -- End function
	.globl	reads_rodata                    # -- Begin function reads_rodata
	.p2align	3
	.type	reads_rodata,@function
reads_rodata:                           # @reads_rodata
.Lfunc_begin2:
	.loc	0 28 0 is_stmt 1                # tests/c/global_data.c:28:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: reads_rodata:ctx <- undef
	.loc	0 29 9 prologue_end             # tests/c/global_data.c:29:9
.Ltmp22:
	r1 = verdict ll
	.loc	0 29 2 is_stmt 0                # tests/c/global_data.c:29:2
.Ltmp23:
	r0 = *(u32 *)(r1 + 0)
	exit
.Ltmp24:
.Ltmp25:
.Lfunc_end2:
	.size	reads_rodata, .Lfunc_end2-reads_rodata
	.cfi_endproc
                                        # -- End function
	.type	limit,@object                   # @limit
	.data
	.globl	limit
	.p2align	2
limit:
	.long	100                             # 0x64
	.size	limit, 4

	.type	verdict,@object                 # @verdict
	.section	.rodata,"a",@progbits
	.globl	verdict
	.p2align	2
verdict:
	.long	1                               # 0x1
	.size	verdict, 4

	.type	hits,@object                    # @hits
	.section	.bss,"aw",@nobits
	.globl	hits
	.p2align	2
hits:
	.long	0                               # 0x0
	.size	hits, 4

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
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp16-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin0      #   ending offset
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
	.byte	4                               # Abbreviation Code
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
	.byte	5                               # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x243 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0x8 DW_TAG_typedef
	.long	58                              # DW_AT_type
	.byte	5                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x3e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	73                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	5                               # Abbrev [5] 0x49:0x5 DW_TAG_const_type
	.long	78                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x4e:0x5 DW_TAG_volatile_type
	.long	50                              # DW_AT_type
	.byte	2                               # Abbrev [2] 0x53:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	94                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	7                               # Abbrev [7] 0x5e:0xc DW_TAG_array_type
	.long	106                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x63:0x6 DW_TAG_subrange_type
	.long	110                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0x6a:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x6e:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x72:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	10                              # Abbrev [10] 0x7d:0x11 DW_TAG_enumeration_type
	.long	58                              # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x87:0x3 DW_TAG_enumerator
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	11                              # Abbrev [11] 0x8a:0x3 DW_TAG_enumerator
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x8e:0x18 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	223                             # DW_AT_type
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0x9d:0x8 DW_TAG_formal_parameter
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.long	227                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xa6:0x21 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	223                             # DW_AT_type
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xb5:0x8 DW_TAG_formal_parameter
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.long	227                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xbd:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	50                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	585                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xc7:0x18 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	223                             # DW_AT_type
                                        # DW_AT_external
	.byte	13                              # Abbrev [13] 0xd6:0x8 DW_TAG_formal_parameter
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	227                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	4                               # Abbrev [4] 0xdf:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	15                              # Abbrev [15] 0xe3:0x5 DW_TAG_pointer_type
	.long	232                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xe8:0x95 DW_TAG_structure_type
	.byte	49                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xee:0x9 DW_TAG_member
	.long	247                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0xf7:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0xfc:0xa DW_TAG_member
	.long	262                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x106:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	21                              # Abbrev [21] 0x10c:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	381                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x117:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	573                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x122:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x12c:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x136:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x140:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	533                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x14a:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	545                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x154:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x15e:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	533                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x168:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x172:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x17d:0x5 DW_TAG_pointer_type
	.long	386                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x182:0x93 DW_TAG_structure_type
	.byte	38                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x188:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x192:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x19c:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1a6:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1b0:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ba:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1c4:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ce:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	533                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1d8:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1e2:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	545                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ec:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1f6:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	533                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x200:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	50                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x20a:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	565                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x215:0xc DW_TAG_array_type
	.long	50                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x21a:0x6 DW_TAG_subrange_type
	.long	110                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x221:0x8 DW_TAG_typedef
	.long	553                             # DW_AT_type
	.byte	32                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x229:0x8 DW_TAG_typedef
	.long	561                             # DW_AT_type
	.byte	31                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x231:0x4 DW_TAG_base_type
	.byte	30                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x235:0x8 DW_TAG_typedef
	.long	223                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x23d:0x8 DW_TAG_typedef
	.long	581                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x245:0x4 DW_TAG_base_type
	.byte	40                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	15                              # Abbrev [15] 0x249:0x5 DW_TAG_pointer_type
	.long	78                              # DW_AT_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	208                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/global_data.c"         # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=50
.Linfo_string3:
	.asciz	"limit"                         # string offset=52
.Linfo_string4:
	.asciz	"unsigned int"                  # string offset=58
.Linfo_string5:
	.asciz	"__u32"                         # string offset=71
.Linfo_string6:
	.asciz	"verdict"                       # string offset=77
.Linfo_string7:
	.asciz	"_license"                      # string offset=85
.Linfo_string8:
	.asciz	"char"                          # string offset=94
.Linfo_string9:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=99
.Linfo_string10:
	.asciz	"hits"                          # string offset=119
.Linfo_string11:
	.asciz	"SK_DROP"                       # string offset=124
.Linfo_string12:
	.asciz	"SK_PASS"                       # string offset=132
.Linfo_string13:
	.asciz	"sk_action"                     # string offset=140
.Linfo_string14:
	.asciz	"count_hits"                    # string offset=150
.Linfo_string15:
	.asciz	"int"                           # string offset=161
.Linfo_string16:
	.asciz	"past_the_end"                  # string offset=165
.Linfo_string17:
	.asciz	"reads_rodata"                  # string offset=178
.Linfo_string18:
	.asciz	"ctx"                           # string offset=191
.Linfo_string19:
	.asciz	"sk"                            # string offset=195
.Linfo_string20:
	.asciz	"bound_dev_if"                  # string offset=198
.Linfo_string21:
	.asciz	"family"                        # string offset=211
.Linfo_string22:
	.asciz	"type"                          # string offset=218
.Linfo_string23:
	.asciz	"protocol"                      # string offset=223
.Linfo_string24:
	.asciz	"mark"                          # string offset=232
.Linfo_string25:
	.asciz	"priority"                      # string offset=237
.Linfo_string26:
	.asciz	"src_ip4"                       # string offset=246
.Linfo_string27:
	.asciz	"src_ip6"                       # string offset=254
.Linfo_string28:
	.asciz	"src_port"                      # string offset=262
.Linfo_string29:
	.asciz	"dst_port"                      # string offset=271
.Linfo_string30:
	.asciz	"unsigned short"                # string offset=280
.Linfo_string31:
	.asciz	"__u16"                         # string offset=295
.Linfo_string32:
	.asciz	"__be16"                        # string offset=301
.Linfo_string33:
	.asciz	"dst_ip4"                       # string offset=308
.Linfo_string34:
	.asciz	"dst_ip6"                       # string offset=316
.Linfo_string35:
	.asciz	"state"                         # string offset=324
.Linfo_string36:
	.asciz	"rx_queue_mapping"              # string offset=330
.Linfo_string37:
	.asciz	"__s32"                         # string offset=347
.Linfo_string38:
	.asciz	"bpf_sock"                      # string offset=353
.Linfo_string39:
	.asciz	"cookie"                        # string offset=362
.Linfo_string40:
	.asciz	"unsigned long long"            # string offset=369
.Linfo_string41:
	.asciz	"__u64"                         # string offset=388
.Linfo_string42:
	.asciz	"remote_ip4"                    # string offset=394
.Linfo_string43:
	.asciz	"remote_ip6"                    # string offset=405
.Linfo_string44:
	.asciz	"remote_port"                   # string offset=416
.Linfo_string45:
	.asciz	"local_ip4"                     # string offset=428
.Linfo_string46:
	.asciz	"local_ip6"                     # string offset=438
.Linfo_string47:
	.asciz	"local_port"                    # string offset=448
.Linfo_string48:
	.asciz	"ingress_ifindex"               # string offset=459
.Linfo_string49:
	.asciz	"bpf_sk_lookup"                 # string offset=475
.Linfo_string50:
	.asciz	"p"                             # string offset=489
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	limit
	.quad	verdict
	.quad	_license
	.quad	hits
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	700
	.long	700
	.long	467
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
	.long	34
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
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 18)
	.long	218103809                       # 0xd000001
	.long	16
	.long	214
	.long	1
	.long	337                             # BTF_KIND_FUNC(id = 19)
	.long	201326593                       # 0xc000001
	.long	18
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 20)
	.long	218103809                       # 0xd000001
	.long	16
	.long	214
	.long	1
	.long	368                             # BTF_KIND_FUNC(id = 21)
	.long	201326593                       # 0xc000001
	.long	20
	.long	398                             # BTF_KIND_VAR(id = 22)
	.long	234881024                       # 0xe000000
	.long	8
	.long	1
	.long	0                               # BTF_KIND_CONST(id = 23)
	.long	167772160                       # 0xa000000
	.long	24
	.long	0                               # BTF_KIND_VOLATILE(id = 24)
	.long	150994944                       # 0x9000000
	.long	8
	.long	404                             # BTF_KIND_VAR(id = 25)
	.long	234881024                       # 0xe000000
	.long	23
	.long	1
	.long	412                             # BTF_KIND_VAR(id = 26)
	.long	234881024                       # 0xe000000
	.long	8
	.long	1
	.long	417                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 28)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	11
	.long	4
	.long	422                             # BTF_KIND_VAR(id = 29)
	.long	234881024                       # 0xe000000
	.long	28
	.long	1
	.long	431                             # BTF_KIND_DATASEC(id = 30)
	.long	251658241                       # 0xf000001
	.long	0
	.long	26
	.long	hits
	.long	4
	.long	436                             # BTF_KIND_DATASEC(id = 31)
	.long	251658241                       # 0xf000001
	.long	0
	.long	22
	.long	limit
	.long	4
	.long	442                             # BTF_KIND_DATASEC(id = 32)
	.long	251658241                       # 0xf000001
	.long	0
	.long	25
	.long	verdict
	.long	4
	.long	450                             # BTF_KIND_DATASEC(id = 33)
	.long	251658241                       # 0xf000001
	.long	0
	.long	29
	.long	_license
	.long	4
	.long	458                             # BTF_KIND_FWD(id = 34)
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
	.ascii	"count_hits"                    # string offset=222
	.byte	0
	.ascii	"sk_lookup"                     # string offset=233
	.byte	0
	.ascii	"./tests/c/global_data.c"       # string offset=243
	.byte	0
	.ascii	"\tif (hits < limit)"           # string offset=267
	.byte	0
	.ascii	"\t\t__sync_fetch_and_add(&hits, 1);" # string offset=286
	.byte	0
	.ascii	"\treturn SK_PASS;"             # string offset=320
	.byte	0
	.ascii	"past_the_end"                  # string offset=337
	.byte	0
	.ascii	"\treturn p[1] & 1;"            # string offset=350
	.byte	0
	.ascii	"reads_rodata"                  # string offset=368
	.byte	0
	.ascii	"\treturn verdict;"             # string offset=381
	.byte	0
	.ascii	"limit"                         # string offset=398
	.byte	0
	.ascii	"verdict"                       # string offset=404
	.byte	0
	.ascii	"hits"                          # string offset=412
	.byte	0
	.ascii	"char"                          # string offset=417
	.byte	0
	.ascii	"_license"                      # string offset=422
	.byte	0
	.ascii	".bss"                          # string offset=431
	.byte	0
	.ascii	".data"                         # string offset=436
	.byte	0
	.ascii	".rodata"                       # string offset=442
	.byte	0
	.ascii	"license"                       # string offset=450
	.byte	0
	.ascii	"bpf_sock"                      # string offset=458
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	172
	.long	208
	.long	0
	.long	8                               # FuncInfo
	.long	233                             # FuncInfo section string offset=233
	.long	3
	.long	.Lfunc_begin0
	.long	17
	.long	.Lfunc_begin1
	.long	19
	.long	.Lfunc_begin2
	.long	21
	.long	16                              # LineInfo
	.long	233                             # LineInfo section string offset=233
	.long	10
	.long	.Ltmp0
	.long	243
	.long	267
	.long	13325                           # Line 13 Col 13
	.long	.Ltmp1
	.long	243
	.long	267
	.long	13318                           # Line 13 Col 6
	.long	.Ltmp4
	.long	243
	.long	267
	.long	13318                           # Line 13 Col 6
	.long	.Ltmp9
	.long	243
	.long	286
	.long	14339                           # Line 14 Col 3
	.long	.Ltmp12
	.long	243
	.long	320
	.long	15362                           # Line 15 Col 2
	.long	.Ltmp15
	.long	243
	.long	350
	.long	23561                           # Line 23 Col 9
	.long	.Ltmp18
	.long	243
	.long	350
	.long	23566                           # Line 23 Col 14
	.long	.Ltmp19
	.long	243
	.long	350
	.long	23554                           # Line 23 Col 2
	.long	.Ltmp22
	.long	243
	.long	381
	.long	29705                           # Line 29 Col 9
	.long	.Ltmp23
	.long	243
	.long	381
	.long	29698                           # Line 29 Col 2
	.addrsig
	.addrsig_sym count_hits
	.addrsig_sym past_the_end
	.addrsig_sym reads_rodata
	.addrsig_sym limit
	.addrsig_sym verdict
	.addrsig_sym hits
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
