	.text
	.file	"steer_http.c"
	.file	0 "." "tests/c/steer_http.c" md5 0xb8c87119d7e2aac7fc93c948728e7fdf
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "tests/c" "sk_lookup_helpers.h" md5 0xf1601226d0cb73d90ebbe89884c3fd42
	.file	3 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	steer_http                      # -- Begin function steer_http
	.p2align	3
	.type	steer_http,@function
steer_http:                             # @steer_http
.Lfunc_begin0:
	.loc	0 13 0                          # tests/c/steer_http.c:13:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: steer_http:ctx <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: steer_http:ctx <- $r6
	r1 = 0
.Ltmp2:
.Ltmp3:
	#DEBUG_VALUE: steer_http:key <- 0
	.loc	0 14 8 prologue_end             # tests/c/steer_http.c:14:8
.Ltmp4:
	*(u32 *)(r10 - 4) = r1
	r0 = 1
.Ltmp5:
	.loc	0 18 11                         # tests/c/steer_http.c:18:11
.Ltmp6:
.Ltmp7:
	r1 = *(u32 *)(r6 + 8)
	.loc	0 18 23 is_stmt 0               # tests/c/steer_http.c:18:23
.Ltmp8:
	if r1 != 2 goto LBB0_7
.Ltmp9:
.Ltmp10:
# %bb.1:
	#DEBUG_VALUE: steer_http:key <- 0
	#DEBUG_VALUE: steer_http:ctx <- $r6
	.loc	0 18 31                         # tests/c/steer_http.c:18:31
.Ltmp11:
	r1 = *(u32 *)(r6 + 12)
	.loc	0 18 45                         # tests/c/steer_http.c:18:45
.Ltmp12:
	if r1 != 6 goto LBB0_7
.Ltmp13:
.Ltmp14:
# %bb.2:
	#DEBUG_VALUE: steer_http:key <- 0
	#DEBUG_VALUE: steer_http:ctx <- $r6
	.loc	0 18 53                         # tests/c/steer_http.c:18:53
.Ltmp15:
	r1 = *(u32 *)(r6 + 60)
.Ltmp16:
.Ltmp17:
	.loc	0 18 6                          # tests/c/steer_http.c:18:6
.Ltmp18:
	if r1 != 80 goto LBB0_7
.Ltmp19:
.Ltmp20:
# %bb.3:
	#DEBUG_VALUE: steer_http:key <- 0
	#DEBUG_VALUE: steer_http:ctx <- $r6
	.loc	0 20 12 is_stmt 1               # tests/c/steer_http.c:20:12
.Ltmp21:
	r1 = *(u32 *)(r6 + 40)
	.loc	0 20 22 is_stmt 0               # tests/c/steer_http.c:20:22
.Ltmp22:
	r1 &= 16777215
.Ltmp23:
.Ltmp24:
	.loc	0 20 6                          # tests/c/steer_http.c:20:6
.Ltmp25:
	if r1 != 704 goto LBB0_7
.Ltmp26:
.Ltmp27:
# %bb.4:
	#DEBUG_VALUE: steer_http:key <- 0
	#DEBUG_VALUE: steer_http:ctx <- $r6
	#DEBUG_VALUE: steer_http:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 6                           # tests/c/steer_http.c:0:6
	r2 = r10
.Ltmp28:
	r2 += -4
	.loc	0 22 7 is_stmt 1                # tests/c/steer_http.c:22:7
.Ltmp29:
	r1 = nginx_socket ll
	call 1
.Ltmp30:
	r7 = r0
.Ltmp31:
.Ltmp32:
	#DEBUG_VALUE: steer_http:sk <- $r7
	.loc	0 0 7 is_stmt 0                 # tests/c/steer_http.c:0:7
	r0 = 0
	.loc	0 23 6 is_stmt 1                # tests/c/steer_http.c:23:6
.Ltmp33:
	if r7 == 0 goto LBB0_7
.Ltmp34:
.Ltmp35:
# %bb.5:
	#DEBUG_VALUE: steer_http:sk <- $r7
	#DEBUG_VALUE: steer_http:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: steer_http:ctx <- $r6
	.loc	0 25 8                          # tests/c/steer_http.c:25:8
.Ltmp36:
	r1 = r6
	r2 = r7
	r3 = 0
	call 124
.Ltmp37:
	r6 = r0
.Ltmp38:
.Ltmp39:
	#DEBUG_VALUE: steer_http:err <- $r6
	.loc	0 26 2                          # tests/c/steer_http.c:26:2
.Ltmp40:
	r1 = r7
	call 86
.Ltmp41:
	.loc	0 0 2 is_stmt 0                 # tests/c/steer_http.c:0:2
	r0 = 1
	.loc	0 27 9 is_stmt 1                # tests/c/steer_http.c:27:9
.Ltmp42:
	if r6 == 0 goto LBB0_7
.Ltmp43:
.Ltmp44:
# %bb.6:
	#DEBUG_VALUE: steer_http:err <- $r6
	#DEBUG_VALUE: steer_http:sk <- $r7
	#DEBUG_VALUE: steer_http:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 9 is_stmt 0                 # tests/c/steer_http.c:0:9
	r0 = 0
.Ltmp45:
.Ltmp46:
LBB0_7:
	.loc	0 28 1 is_stmt 1                # tests/c/steer_http.c:28:1
.Ltmp47:
	exit
.Ltmp48:
.Ltmp49:
.Lfunc_end0:
	.size	steer_http, .Lfunc_end0-steer_http
	.cfi_endproc
                                        # -- End function
	.type	nginx_socket,@object            # @nginx_socket
	.section	.maps,"aw",@progbits
	.globl	nginx_socket
	.p2align	3
nginx_socket:
	.zero	32
	.size	nginx_socket, 32

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
	.long	4                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp45-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp31-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp45-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp38-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp45-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
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
	.byte	1                               # Abbrev [1] 0xc:0x2b8 DW_TAG_compile_unit
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
	.byte	30                              # DW_AT_decl_line
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
	.byte	9                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x51:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x55:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	122                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x5e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	143                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x67:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x70:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	177                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x7a:0x5 DW_TAG_pointer_type
	.long	127                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x7f:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x84:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	15                              # DW_AT_count
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
	.byte	9                               # Abbrev [9] 0xb1:0x5 DW_TAG_pointer_type
	.long	182                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xb6:0x8 DW_TAG_typedef
	.long	190                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xbe:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xc2:0x8 DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	202                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xca:0x5 DW_TAG_pointer_type
	.long	207                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xcf:0x10 DW_TAG_subroutine_type
	.long	223                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xd4:0x5 DW_TAG_formal_parameter
	.long	223                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xd9:0x5 DW_TAG_formal_parameter
	.long	224                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xdf:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xe0:0x5 DW_TAG_pointer_type
	.long	229                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xe5:0x1 DW_TAG_const_type
	.byte	11                              # Abbrev [11] 0xe6:0x8 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	238                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xee:0x5 DW_TAG_pointer_type
	.long	243                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xf3:0x15 DW_TAG_subroutine_type
	.long	264                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xf8:0x5 DW_TAG_formal_parameter
	.long	223                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xfd:0x5 DW_TAG_formal_parameter
	.long	223                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x102:0x5 DW_TAG_formal_parameter
	.long	182                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x108:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x10c:0x8 DW_TAG_variable
	.byte	19                              # DW_AT_name
	.long	276                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x114:0x5 DW_TAG_pointer_type
	.long	281                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x119:0xb DW_TAG_subroutine_type
	.long	264                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x11e:0x5 DW_TAG_formal_parameter
	.long	223                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x124:0x11 DW_TAG_enumeration_type
	.long	173                             # DW_AT_type
	.byte	22                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0x12e:0x3 DW_TAG_enumerator
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	17                              # Abbrev [17] 0x131:0x3 DW_TAG_enumerator
	.byte	21                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x135:0x34 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x144:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	361                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x14d:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	165                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x156:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	515                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x15f:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	53                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	264                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x169:0x5 DW_TAG_pointer_type
	.long	366                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x16e:0x95 DW_TAG_structure_type
	.byte	52                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x174:0x9 DW_TAG_member
	.long	381                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x17d:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x182:0xa DW_TAG_member
	.long	396                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x18c:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	26                              # Abbrev [26] 0x192:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	515                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x19d:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	182                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x1a8:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1b2:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1bc:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1c6:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	667                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1d0:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	679                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1da:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1e4:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	667                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1ee:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1f8:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x203:0x5 DW_TAG_pointer_type
	.long	520                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x208:0x93 DW_TAG_structure_type
	.byte	43                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x20e:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x218:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x222:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x22c:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x236:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x240:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x24a:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x254:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	667                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x25e:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x268:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	679                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x272:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x27c:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	667                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x286:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x290:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	699                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x29b:0xc DW_TAG_array_type
	.long	165                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x2a0:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x2a7:0x8 DW_TAG_typedef
	.long	687                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	4                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x2af:0x8 DW_TAG_typedef
	.long	695                             # DW_AT_type
	.byte	36                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x2b7:0x4 DW_TAG_base_type
	.byte	35                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x2bb:0x8 DW_TAG_typedef
	.long	139                             # DW_AT_type
	.byte	42                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	220                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/steer_http.c"          # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=49
.Linfo_string3:
	.asciz	"_license"                      # string offset=51
.Linfo_string4:
	.asciz	"char"                          # string offset=60
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=65
.Linfo_string6:
	.asciz	"nginx_socket"                  # string offset=85
.Linfo_string7:
	.asciz	"type"                          # string offset=98
.Linfo_string8:
	.asciz	"int"                           # string offset=103
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=107
.Linfo_string10:
	.asciz	"key"                           # string offset=119
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=123
.Linfo_string12:
	.asciz	"__u32"                         # string offset=136
.Linfo_string13:
	.asciz	"value"                         # string offset=142
.Linfo_string14:
	.asciz	"unsigned long long"            # string offset=148
.Linfo_string15:
	.asciz	"__u64"                         # string offset=167
.Linfo_string16:
	.asciz	"bpf_map_lookup_elem"           # string offset=173
.Linfo_string17:
	.asciz	"bpf_sk_assign"                 # string offset=193
.Linfo_string18:
	.asciz	"long"                          # string offset=207
.Linfo_string19:
	.asciz	"bpf_sk_release"                # string offset=212
.Linfo_string20:
	.asciz	"SK_DROP"                       # string offset=227
.Linfo_string21:
	.asciz	"SK_PASS"                       # string offset=235
.Linfo_string22:
	.asciz	"sk_action"                     # string offset=243
.Linfo_string23:
	.asciz	"steer_http"                    # string offset=253
.Linfo_string24:
	.asciz	"ctx"                           # string offset=264
.Linfo_string25:
	.asciz	"sk"                            # string offset=268
.Linfo_string26:
	.asciz	"bound_dev_if"                  # string offset=271
.Linfo_string27:
	.asciz	"family"                        # string offset=284
.Linfo_string28:
	.asciz	"protocol"                      # string offset=291
.Linfo_string29:
	.asciz	"mark"                          # string offset=300
.Linfo_string30:
	.asciz	"priority"                      # string offset=305
.Linfo_string31:
	.asciz	"src_ip4"                       # string offset=314
.Linfo_string32:
	.asciz	"src_ip6"                       # string offset=322
.Linfo_string33:
	.asciz	"src_port"                      # string offset=330
.Linfo_string34:
	.asciz	"dst_port"                      # string offset=339
.Linfo_string35:
	.asciz	"unsigned short"                # string offset=348
.Linfo_string36:
	.asciz	"__u16"                         # string offset=363
.Linfo_string37:
	.asciz	"__be16"                        # string offset=369
.Linfo_string38:
	.asciz	"dst_ip4"                       # string offset=376
.Linfo_string39:
	.asciz	"dst_ip6"                       # string offset=384
.Linfo_string40:
	.asciz	"state"                         # string offset=392
.Linfo_string41:
	.asciz	"rx_queue_mapping"              # string offset=398
.Linfo_string42:
	.asciz	"__s32"                         # string offset=415
.Linfo_string43:
	.asciz	"bpf_sock"                      # string offset=421
.Linfo_string44:
	.asciz	"cookie"                        # string offset=430
.Linfo_string45:
	.asciz	"remote_ip4"                    # string offset=437
.Linfo_string46:
	.asciz	"remote_ip6"                    # string offset=448
.Linfo_string47:
	.asciz	"remote_port"                   # string offset=459
.Linfo_string48:
	.asciz	"local_ip4"                     # string offset=471
.Linfo_string49:
	.asciz	"local_ip6"                     # string offset=481
.Linfo_string50:
	.asciz	"local_port"                    # string offset=491
.Linfo_string51:
	.asciz	"ingress_ifindex"               # string offset=502
.Linfo_string52:
	.asciz	"bpf_sk_lookup"                 # string offset=518
.Linfo_string53:
	.asciz	"err"                           # string offset=532
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	nginx_socket
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	688
	.long	688
	.long	667
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
	.long	15
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
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	44                              # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	50                              # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 13)
	.long	67108868                        # 0x4000004
	.long	32
	.long	69
	.long	1
	.long	0                               # 0x0
	.long	74
	.long	5
	.long	64                              # 0x40
	.long	86
	.long	7
	.long	128                             # 0x80
	.long	90
	.long	10
	.long	192                             # 0xc0
	.long	96                              # BTF_KIND_VAR(id = 14)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 15)
	.long	33554432                        # 0x2000000
	.long	16
	.long	109                             # BTF_KIND_STRUCT(id = 16)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	17
	.long	0                               # 0x0
	.long	123
	.long	8
	.long	64                              # 0x40
	.long	130
	.long	8
	.long	96                              # 0x60
	.long	139
	.long	8
	.long	128                             # 0x80
	.long	150
	.long	20
	.long	160                             # 0xa0
	.long	161
	.long	21
	.long	288                             # 0x120
	.long	173
	.long	8
	.long	320                             # 0x140
	.long	183
	.long	20
	.long	352                             # 0x160
	.long	193
	.long	8
	.long	480                             # 0x1e0
	.long	204
	.long	8
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 17)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	18
	.long	0                               # 0x0
	.long	220
	.long	11
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 18)
	.long	83886081                        # 0x5000001
	.long	8
	.long	227
	.long	19
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	31
	.long	0                               # BTF_KIND_ARRAY(id = 20)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	4
	.long	230                             # BTF_KIND_TYPEDEF(id = 21)
	.long	134217728                       # 0x8000000
	.long	22
	.long	237                             # BTF_KIND_TYPEDEF(id = 22)
	.long	134217728                       # 0x8000000
	.long	23
	.long	243                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 24)
	.long	218103809                       # 0xd000001
	.long	2
	.long	258
	.long	15
	.long	262                             # BTF_KIND_FUNC(id = 25)
	.long	201326593                       # 0xc000001
	.long	24
	.long	630                             # BTF_KIND_INT(id = 26)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 27)
	.long	50331648                        # 0x3000000
	.long	0
	.long	26
	.long	4
	.long	4
	.long	635                             # BTF_KIND_VAR(id = 28)
	.long	234881024                       # 0xe000000
	.long	27
	.long	1
	.long	644                             # BTF_KIND_DATASEC(id = 29)
	.long	251658241                       # 0xf000001
	.long	0
	.long	14
	.long	nginx_socket
	.long	32
	.long	650                             # BTF_KIND_DATASEC(id = 30)
	.long	251658241                       # 0xf000001
	.long	0
	.long	28
	.long	_license
	.long	4
	.long	658                             # BTF_KIND_FWD(id = 31)
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
	.ascii	"__u64"                         # string offset=44
	.byte	0
	.ascii	"unsigned long long"            # string offset=50
	.byte	0
	.ascii	"type"                          # string offset=69
	.byte	0
	.ascii	"max_entries"                   # string offset=74
	.byte	0
	.ascii	"key"                           # string offset=86
	.byte	0
	.ascii	"value"                         # string offset=90
	.byte	0
	.ascii	"nginx_socket"                  # string offset=96
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=109
	.byte	0
	.ascii	"family"                        # string offset=123
	.byte	0
	.ascii	"protocol"                      # string offset=130
	.byte	0
	.ascii	"remote_ip4"                    # string offset=139
	.byte	0
	.ascii	"remote_ip6"                    # string offset=150
	.byte	0
	.ascii	"remote_port"                   # string offset=161
	.byte	0
	.ascii	"local_ip4"                     # string offset=173
	.byte	0
	.ascii	"local_ip6"                     # string offset=183
	.byte	0
	.ascii	"local_port"                    # string offset=193
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=204
	.byte	0
	.ascii	"cookie"                        # string offset=220
	.byte	0
	.ascii	"sk"                            # string offset=227
	.byte	0
	.ascii	"__be16"                        # string offset=230
	.byte	0
	.ascii	"__u16"                         # string offset=237
	.byte	0
	.ascii	"unsigned short"                # string offset=243
	.byte	0
	.ascii	"ctx"                           # string offset=258
	.byte	0
	.ascii	"steer_http"                    # string offset=262
	.byte	0
	.ascii	"sk_lookup"                     # string offset=273
	.byte	0
	.ascii	"./tests/c/steer_http.c"        # string offset=283
	.byte	0
	.ascii	"int steer_http(struct bpf_sk_lookup *ctx)" # string offset=306
	.byte	0
	.ascii	"\t__u32 key = 0;"              # string offset=348
	.byte	0
	.ascii	"\tif (ctx->family != 2 || ctx->protocol != 6 || ctx->local_port != 80)" # string offset=364
	.byte	0
	.ascii	"\tif ((ctx->local_ip4 & 0x00ffffff) != 0x0002c0)" # string offset=434
	.byte	0
	.ascii	"\tsk = bpf_map_lookup_elem(&nginx_socket, &key);" # string offset=482
	.byte	0
	.ascii	"\tif (!sk)"                    # string offset=530
	.byte	0
	.ascii	"\terr = bpf_sk_assign(ctx, sk, 0);" # string offset=540
	.byte	0
	.ascii	"\tbpf_sk_release(sk);"         # string offset=574
	.byte	0
	.ascii	"\treturn err ? SK_DROP : SK_PASS;" # string offset=595
	.byte	0
	.byte	125                             # string offset=628
	.byte	0
	.ascii	"char"                          # string offset=630
	.byte	0
	.ascii	"_license"                      # string offset=635
	.byte	0
	.ascii	".maps"                         # string offset=644
	.byte	0
	.ascii	"license"                       # string offset=650
	.byte	0
	.ascii	"bpf_sock"                      # string offset=658
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	300
	.long	320
	.long	0
	.long	8                               # FuncInfo
	.long	273                             # FuncInfo section string offset=273
	.long	1
	.long	.Lfunc_begin0
	.long	25
	.long	16                              # LineInfo
	.long	273                             # LineInfo section string offset=273
	.long	18
	.long	.Lfunc_begin0
	.long	283
	.long	306
	.long	12288                           # Line 12 Col 0
	.long	.Ltmp4
	.long	283
	.long	348
	.long	14344                           # Line 14 Col 8
	.long	.Ltmp7
	.long	283
	.long	364
	.long	18443                           # Line 18 Col 11
	.long	.Ltmp8
	.long	283
	.long	364
	.long	18455                           # Line 18 Col 23
	.long	.Ltmp11
	.long	283
	.long	364
	.long	18463                           # Line 18 Col 31
	.long	.Ltmp12
	.long	283
	.long	364
	.long	18477                           # Line 18 Col 45
	.long	.Ltmp15
	.long	283
	.long	364
	.long	18485                           # Line 18 Col 53
	.long	.Ltmp18
	.long	283
	.long	364
	.long	18438                           # Line 18 Col 6
	.long	.Ltmp21
	.long	283
	.long	434
	.long	20492                           # Line 20 Col 12
	.long	.Ltmp22
	.long	283
	.long	434
	.long	20502                           # Line 20 Col 22
	.long	.Ltmp25
	.long	283
	.long	434
	.long	20486                           # Line 20 Col 6
	.long	.Ltmp28
	.long	283
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp29
	.long	283
	.long	482
	.long	22535                           # Line 22 Col 7
	.long	.Ltmp33
	.long	283
	.long	530
	.long	23558                           # Line 23 Col 6
	.long	.Ltmp36
	.long	283
	.long	540
	.long	25608                           # Line 25 Col 8
	.long	.Ltmp40
	.long	283
	.long	574
	.long	26626                           # Line 26 Col 2
	.long	.Ltmp42
	.long	283
	.long	595
	.long	27657                           # Line 27 Col 9
	.long	.Ltmp47
	.long	283
	.long	628
	.long	28673                           # Line 28 Col 1
	.addrsig
	.addrsig_sym steer_http
	.addrsig_sym nginx_socket
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
