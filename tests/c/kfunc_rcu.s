	.text
	.file	"kfunc_rcu.c"
	.file	0 "." "tests/c/kfunc_rcu.c" md5 0x89ac0a999a10bba446ffe4975d0aed09
	.file	1 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	rcu_section                     # -- Begin function rcu_section
	.p2align	3
	.type	rcu_section,@function
rcu_section:                            # @rcu_section
.Lfunc_begin0:
	.loc	0 16 0                          # tests/c/kfunc_rcu.c:16:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: rcu_section:ctx <- undef
	.loc	0 17 2 prologue_end             # tests/c/kfunc_rcu.c:17:2
.Ltmp0:
	call bpf_rcu_read_lock
.Ltmp1:
	.loc	0 18 2                          # tests/c/kfunc_rcu.c:18:2
.Ltmp2:
	call bpf_rcu_read_unlock
.Ltmp3:
	.loc	0 19 2                          # tests/c/kfunc_rcu.c:19:2
.Ltmp4:
	r0 = 1
	exit
.Ltmp5:
.Ltmp6:
.Lfunc_end0:
	.size	rcu_section, .Lfunc_end0-rcu_section
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
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	60                              # DW_AT_declaration
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	5                               # DW_FORM_data2
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x1ea DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3e:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x42:0x11 DW_TAG_enumeration_type
	.long	83                              # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x4c:0x3 DW_TAG_enumerator
	.byte	7                               # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x4f:0x3 DW_TAG_enumerator
	.byte	8                               # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x53:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x57:0x24 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	131                             # DW_AT_type
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x66:0x8 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	135                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x6e:0x6 DW_TAG_call_site
	.long	123                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	11                              # Abbrev [11] 0x74:0x6 DW_TAG_call_site
	.long	127                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x7b:0x4 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x7f:0x4 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0x83:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x87:0x5 DW_TAG_pointer_type
	.long	140                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x8c:0x95 DW_TAG_structure_type
	.byte	46                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	15                              # Abbrev [15] 0x92:0x9 DW_TAG_member
	.long	155                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	16                              # Abbrev [16] 0x9b:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xa0:0xa DW_TAG_member
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0xaa:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	19                              # Abbrev [19] 0xb0:0xa DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	289                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xbb:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	489                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xc6:0xa DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xd0:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xda:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xe4:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	449                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xee:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	461                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0xf8:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x102:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	449                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x10c:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x116:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x121:0x5 DW_TAG_pointer_type
	.long	294                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x126:0x93 DW_TAG_structure_type
	.byte	35                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0x12c:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x136:0xa DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x140:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x14a:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x154:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x15e:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x168:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x172:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	449                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x17c:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x186:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	461                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x190:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x19a:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	449                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x1a4:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	441                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x1ae:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	481                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1b9:0x8 DW_TAG_typedef
	.long	83                              # DW_AT_type
	.byte	17                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x1c1:0xc DW_TAG_array_type
	.long	441                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x1c6:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1cd:0x8 DW_TAG_typedef
	.long	469                             # DW_AT_type
	.byte	29                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x1d5:0x8 DW_TAG_typedef
	.long	477                             # DW_AT_type
	.byte	28                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x1dd:0x4 DW_TAG_base_type
	.byte	27                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x1e1:0x8 DW_TAG_typedef
	.long	131                             # DW_AT_type
	.byte	34                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x1e9:0x8 DW_TAG_typedef
	.long	497                             # DW_AT_type
	.byte	38                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x1f1:0x4 DW_TAG_base_type
	.byte	37                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	192                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/kfunc_rcu.c"           # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=48
.Linfo_string3:
	.asciz	"_license"                      # string offset=50
.Linfo_string4:
	.asciz	"char"                          # string offset=59
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=64
.Linfo_string6:
	.asciz	"unsigned int"                  # string offset=84
.Linfo_string7:
	.asciz	"SK_DROP"                       # string offset=97
.Linfo_string8:
	.asciz	"SK_PASS"                       # string offset=105
.Linfo_string9:
	.asciz	"sk_action"                     # string offset=113
.Linfo_string10:
	.asciz	"bpf_rcu_read_lock"             # string offset=123
.Linfo_string11:
	.asciz	"bpf_rcu_read_unlock"           # string offset=141
.Linfo_string12:
	.asciz	"rcu_section"                   # string offset=161
.Linfo_string13:
	.asciz	"int"                           # string offset=173
.Linfo_string14:
	.asciz	"ctx"                           # string offset=177
.Linfo_string15:
	.asciz	"sk"                            # string offset=181
.Linfo_string16:
	.asciz	"bound_dev_if"                  # string offset=184
.Linfo_string17:
	.asciz	"__u32"                         # string offset=197
.Linfo_string18:
	.asciz	"family"                        # string offset=203
.Linfo_string19:
	.asciz	"type"                          # string offset=210
.Linfo_string20:
	.asciz	"protocol"                      # string offset=215
.Linfo_string21:
	.asciz	"mark"                          # string offset=224
.Linfo_string22:
	.asciz	"priority"                      # string offset=229
.Linfo_string23:
	.asciz	"src_ip4"                       # string offset=238
.Linfo_string24:
	.asciz	"src_ip6"                       # string offset=246
.Linfo_string25:
	.asciz	"src_port"                      # string offset=254
.Linfo_string26:
	.asciz	"dst_port"                      # string offset=263
.Linfo_string27:
	.asciz	"unsigned short"                # string offset=272
.Linfo_string28:
	.asciz	"__u16"                         # string offset=287
.Linfo_string29:
	.asciz	"__be16"                        # string offset=293
.Linfo_string30:
	.asciz	"dst_ip4"                       # string offset=300
.Linfo_string31:
	.asciz	"dst_ip6"                       # string offset=308
.Linfo_string32:
	.asciz	"state"                         # string offset=316
.Linfo_string33:
	.asciz	"rx_queue_mapping"              # string offset=322
.Linfo_string34:
	.asciz	"__s32"                         # string offset=339
.Linfo_string35:
	.asciz	"bpf_sock"                      # string offset=345
.Linfo_string36:
	.asciz	"cookie"                        # string offset=354
.Linfo_string37:
	.asciz	"unsigned long long"            # string offset=361
.Linfo_string38:
	.asciz	"__u64"                         # string offset=380
.Linfo_string39:
	.asciz	"remote_ip4"                    # string offset=386
.Linfo_string40:
	.asciz	"remote_ip6"                    # string offset=397
.Linfo_string41:
	.asciz	"remote_port"                   # string offset=408
.Linfo_string42:
	.asciz	"local_ip4"                     # string offset=420
.Linfo_string43:
	.asciz	"local_ip6"                     # string offset=430
.Linfo_string44:
	.asciz	"local_port"                    # string offset=440
.Linfo_string45:
	.asciz	"ingress_ifindex"               # string offset=451
.Linfo_string46:
	.asciz	"bpf_sk_lookup"                 # string offset=467
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Ltmp1
	.quad	.Ltmp3
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	576
	.long	576
	.long	405
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
	.long	27
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
	.long	218103808                       # 0xd000000
	.long	0
	.long	329                             # BTF_KIND_FUNC(id = 19)
	.long	201326594                       # 0xc000002
	.long	18
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 20)
	.long	218103808                       # 0xd000000
	.long	0
	.long	347                             # BTF_KIND_FUNC(id = 21)
	.long	201326594                       # 0xc000002
	.long	20
	.long	367                             # BTF_KIND_INT(id = 22)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 23)
	.long	50331648                        # 0x3000000
	.long	0
	.long	22
	.long	11
	.long	4
	.long	372                             # BTF_KIND_VAR(id = 24)
	.long	234881024                       # 0xe000000
	.long	23
	.long	1
	.long	381                             # BTF_KIND_DATASEC(id = 25)
	.long	251658242                       # 0xf000002
	.long	0
	.long	19
	.long	bpf_rcu_read_lock
	.long	0
	.long	21
	.long	bpf_rcu_read_unlock
	.long	0
	.long	388                             # BTF_KIND_DATASEC(id = 26)
	.long	251658241                       # 0xf000001
	.long	0
	.long	24
	.long	_license
	.long	4
	.long	396                             # BTF_KIND_FWD(id = 27)
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
	.ascii	"rcu_section"                   # string offset=222
	.byte	0
	.ascii	"sk_lookup"                     # string offset=234
	.byte	0
	.ascii	"./tests/c/kfunc_rcu.c"         # string offset=244
	.byte	0
	.ascii	"\tbpf_rcu_read_lock();"        # string offset=266
	.byte	0
	.ascii	"\tbpf_rcu_read_unlock();"      # string offset=288
	.byte	0
	.ascii	"\treturn SK_PASS;"             # string offset=312
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=329
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=347
	.byte	0
	.ascii	"char"                          # string offset=367
	.byte	0
	.ascii	"_license"                      # string offset=372
	.byte	0
	.ascii	".ksyms"                        # string offset=381
	.byte	0
	.ascii	"license"                       # string offset=388
	.byte	0
	.ascii	"bpf_sock"                      # string offset=396
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	60
	.long	80
	.long	0
	.long	8                               # FuncInfo
	.long	234                             # FuncInfo section string offset=234
	.long	1
	.long	.Lfunc_begin0
	.long	17
	.long	16                              # LineInfo
	.long	234                             # LineInfo section string offset=234
	.long	3
	.long	.Ltmp0
	.long	244
	.long	266
	.long	17410                           # Line 17 Col 2
	.long	.Ltmp2
	.long	244
	.long	288
	.long	18434                           # Line 18 Col 2
	.long	.Ltmp4
	.long	244
	.long	312
	.long	19458                           # Line 19 Col 2
	.addrsig
	.addrsig_sym rcu_section
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
