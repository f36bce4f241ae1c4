	.text
	.file	"kfunc_irq.c"
	.file	0 "." "tests/c/kfunc_irq.c" md5 0x761a57de86329794a81c8fa313c1f1dd
	.file	1 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	irq_section                     # -- Begin function irq_section
	.p2align	3
	.type	irq_section,@function
irq_section:                            # @irq_section
.Lfunc_begin0:
	.loc	0 17 0                          # tests/c/kfunc_irq.c:17:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: irq_section:ctx <- undef
	#DEBUG_VALUE: irq_section:flags <- [DW_OP_deref] $r10
	r6 = r10
.Ltmp0:
	.loc	0 0 0 is_stmt 0                 # tests/c/kfunc_irq.c:0:0
.Ltmp1:
.Ltmp2:
	r6 += -8
	.loc	0 20 2 prologue_end is_stmt 1   # tests/c/kfunc_irq.c:20:2
.Ltmp3:
	r1 = r6
	call bpf_local_irq_save
.Ltmp4:
	.loc	0 21 2                          # tests/c/kfunc_irq.c:21:2
.Ltmp5:
	r1 = r6
	call bpf_local_irq_restore
.Ltmp6:
	.loc	0 22 2                          # tests/c/kfunc_irq.c:22:2
.Ltmp7:
	r0 = 1
	exit
.Ltmp8:
.Ltmp9:
.Lfunc_end0:
	.size	irq_section, .Lfunc_end0-irq_section
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
	.byte	12                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
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
	.byte	14                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
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
	.byte	22                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x20a DW_TAG_compile_unit
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
	.byte	13                              # DW_AT_decl_line
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
	.byte	9                               # Abbrev [9] 0x57:0x2f DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	163                             # DW_AT_type
                                        # DW_AT_external
	.byte	10                              # Abbrev [10] 0x66:0x8 DW_TAG_formal_parameter
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	167                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x6e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	149                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x79:0x6 DW_TAG_call_site
	.long	134                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	12                              # Abbrev [12] 0x7f:0x6 DW_TAG_call_site
	.long	153                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x86:0xa DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x8a:0x5 DW_TAG_formal_parameter
	.long	144                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x90:0x5 DW_TAG_pointer_type
	.long	149                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x95:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x99:0xa DW_TAG_subprogram
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	14                              # Abbrev [14] 0x9d:0x5 DW_TAG_formal_parameter
	.long	144                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xa3:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	15                              # Abbrev [15] 0xa7:0x5 DW_TAG_pointer_type
	.long	172                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xac:0x95 DW_TAG_structure_type
	.byte	48                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0xb2:0x9 DW_TAG_member
	.long	187                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0xbb:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0xc0:0xa DW_TAG_member
	.long	202                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0xca:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	21                              # Abbrev [21] 0xd0:0xa DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	321                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0xdb:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	521                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0xe6:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0xf0:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0xfa:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x104:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	481                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x10e:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	493                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x118:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x122:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	481                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x12c:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x136:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x141:0x5 DW_TAG_pointer_type
	.long	326                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x146:0x93 DW_TAG_structure_type
	.byte	37                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x14c:0xa DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x156:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x160:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x16a:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x174:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x17e:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x188:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x192:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	481                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x19c:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1a6:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	493                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1b0:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ba:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	481                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1c4:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	473                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ce:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	513                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x1d9:0x8 DW_TAG_typedef
	.long	83                              # DW_AT_type
	.byte	19                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0x1e1:0xc DW_TAG_array_type
	.long	473                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x1e6:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x1ed:0x8 DW_TAG_typedef
	.long	501                             # DW_AT_type
	.byte	31                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x1f5:0x8 DW_TAG_typedef
	.long	509                             # DW_AT_type
	.byte	30                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x1fd:0x4 DW_TAG_base_type
	.byte	29                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	22                              # Abbrev [22] 0x201:0x8 DW_TAG_typedef
	.long	163                             # DW_AT_type
	.byte	36                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x209:0x8 DW_TAG_typedef
	.long	529                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x211:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	200                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/kfunc_irq.c"           # string offset=28
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
	.asciz	"bpf_local_irq_save"            # string offset=123
.Linfo_string11:
	.asciz	"unsigned long"                 # string offset=142
.Linfo_string12:
	.asciz	"bpf_local_irq_restore"         # string offset=156
.Linfo_string13:
	.asciz	"irq_section"                   # string offset=178
.Linfo_string14:
	.asciz	"int"                           # string offset=190
.Linfo_string15:
	.asciz	"flags"                         # string offset=194
.Linfo_string16:
	.asciz	"ctx"                           # string offset=200
.Linfo_string17:
	.asciz	"sk"                            # string offset=204
.Linfo_string18:
	.asciz	"bound_dev_if"                  # string offset=207
.Linfo_string19:
	.asciz	"__u32"                         # string offset=220
.Linfo_string20:
	.asciz	"family"                        # string offset=226
.Linfo_string21:
	.asciz	"type"                          # string offset=233
.Linfo_string22:
	.asciz	"protocol"                      # string offset=238
.Linfo_string23:
	.asciz	"mark"                          # string offset=247
.Linfo_string24:
	.asciz	"priority"                      # string offset=252
.Linfo_string25:
	.asciz	"src_ip4"                       # string offset=261
.Linfo_string26:
	.asciz	"src_ip6"                       # string offset=269
.Linfo_string27:
	.asciz	"src_port"                      # string offset=277
.Linfo_string28:
	.asciz	"dst_port"                      # string offset=286
.Linfo_string29:
	.asciz	"unsigned short"                # string offset=295
.Linfo_string30:
	.asciz	"__u16"                         # string offset=310
.Linfo_string31:
	.asciz	"__be16"                        # string offset=316
.Linfo_string32:
	.asciz	"dst_ip4"                       # string offset=323
.Linfo_string33:
	.asciz	"dst_ip6"                       # string offset=331
.Linfo_string34:
	.asciz	"state"                         # string offset=339
.Linfo_string35:
	.asciz	"rx_queue_mapping"              # string offset=345
.Linfo_string36:
	.asciz	"__s32"                         # string offset=362
.Linfo_string37:
	.asciz	"bpf_sock"                      # string offset=368
.Linfo_string38:
	.asciz	"cookie"                        # string offset=377
.Linfo_string39:
	.asciz	"unsigned long long"            # string offset=384
.Linfo_string40:
	.asciz	"__u64"                         # string offset=403
.Linfo_string41:
	.asciz	"remote_ip4"                    # string offset=409
.Linfo_string42:
	.asciz	"remote_ip6"                    # string offset=420
.Linfo_string43:
	.asciz	"remote_port"                   # string offset=431
.Linfo_string44:
	.asciz	"local_ip4"                     # string offset=443
.Linfo_string45:
	.asciz	"local_ip6"                     # string offset=453
.Linfo_string46:
	.asciz	"local_port"                    # string offset=463
.Linfo_string47:
	.asciz	"ingress_ifindex"               # string offset=474
.Linfo_string48:
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	.Lfunc_begin0
	.quad	.Ltmp4
	.quad	.Ltmp6
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	620
	.long	620
	.long	480
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
	.long	29
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
	.long	0
	.long	0
	.long	19
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	20
	.long	387                             # BTF_KIND_INT(id = 20)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	401                             # BTF_KIND_FUNC(id = 21)
	.long	201326594                       # 0xc000002
	.long	18
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 22)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	19
	.long	420                             # BTF_KIND_FUNC(id = 23)
	.long	201326594                       # 0xc000002
	.long	22
	.long	442                             # BTF_KIND_INT(id = 24)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 25)
	.long	50331648                        # 0x3000000
	.long	0
	.long	24
	.long	11
	.long	4
	.long	447                             # BTF_KIND_VAR(id = 26)
	.long	234881024                       # 0xe000000
	.long	25
	.long	1
	.long	456                             # BTF_KIND_DATASEC(id = 27)
	.long	251658242                       # 0xf000002
	.long	0
	.long	21
	.long	bpf_local_irq_save
	.long	0
	.long	23
	.long	bpf_local_irq_restore
	.long	0
	.long	463                             # BTF_KIND_DATASEC(id = 28)
	.long	251658241                       # 0xf000001
	.long	0
	.long	26
	.long	_license
	.long	4
	.long	471                             # BTF_KIND_FWD(id = 29)
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
	.ascii	"irq_section"                   # string offset=222
	.byte	0
	.ascii	"sk_lookup"                     # string offset=234
	.byte	0
	.ascii	"./tests/c/kfunc_irq.c"         # string offset=244
	.byte	0
	.ascii	"int irq_section(struct bpf_sk_lookup *ctx)" # string offset=266
	.byte	0
	.ascii	"\tbpf_local_irq_save(&flags);" # string offset=309
	.byte	0
	.ascii	"\tbpf_local_irq_restore(&flags);" # string offset=338
	.byte	0
	.ascii	"\treturn SK_PASS;"             # string offset=370
	.byte	0
	.ascii	"unsigned long"                 # string offset=387
	.byte	0
	.ascii	"bpf_local_irq_save"            # string offset=401
	.byte	0
	.ascii	"bpf_local_irq_restore"         # string offset=420
	.byte	0
	.ascii	"char"                          # string offset=442
	.byte	0
	.ascii	"_license"                      # string offset=447
	.byte	0
	.ascii	".ksyms"                        # string offset=456
	.byte	0
	.ascii	"license"                       # string offset=463
	.byte	0
	.ascii	"bpf_sock"                      # string offset=471
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
	.long	234                             # FuncInfo section string offset=234
	.long	1
	.long	.Lfunc_begin0
	.long	17
	.long	16                              # LineInfo
	.long	234                             # LineInfo section string offset=234
	.long	5
	.long	.Lfunc_begin0
	.long	244
	.long	266
	.long	16384                           # Line 16 Col 0
	.long	.Ltmp2
	.long	244
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp3
	.long	244
	.long	309
	.long	20482                           # Line 20 Col 2
	.long	.Ltmp5
	.long	244
	.long	338
	.long	21506                           # Line 21 Col 2
	.long	.Ltmp7
	.long	244
	.long	370
	.long	22530                           # Line 22 Col 2
	.addrsig
	.addrsig_sym irq_section
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
