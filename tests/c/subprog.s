	.text
	.file	"subprog.c"
	.file	0 "." "tests/c/subprog.c" md5 0xd29ae59f319685aa495331e9a1d9b070
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "tests/c" "sk_lookup_helpers.h" md5 0xf1601226d0cb73d90ebbe89884c3fd42
	.file	3 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	nested_calls                    # -- Begin function nested_calls
	.p2align	3
	.type	nested_calls,@function
nested_calls:                           # @nested_calls
.Lfunc_begin0:
	.loc	0 32 0                          # tests/c/subprog.c:32:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: nested_calls:ctx <- $r1
	.loc	0 33 9 prologue_end             # tests/c/subprog.c:33:9
.Ltmp0:
	call pick
.Ltmp1:
.Ltmp2:
	.loc	0 33 2 is_stmt 0                # tests/c/subprog.c:33:2
.Ltmp3:
	r0 = 1
	exit
.Ltmp4:
.Ltmp5:
.Lfunc_end0:
	.size	nested_calls, .Lfunc_end0-nested_calls
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function pick
	.type	pick,@function
pick:                                   # @pick
.Lfunc_begin1:
	.loc	0 19 0 is_stmt 1                # tests/c/subprog.c:19:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: pick:ctx <- $r1
	r6 = r1
.Ltmp6:
.Ltmp7:
	#DEBUG_VALUE: pick:ctx <- $r6
	.loc	0 20 14 prologue_end            # tests/c/subprog.c:20:14
.Ltmp8:
	r1 = *(u32 *)(r6 + 60)
	call is_odd
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: pick:key <- undef
	.loc	0 20 8 is_stmt 0                # tests/c/subprog.c:20:8
.Ltmp11:
	*(u32 *)(r10 - 4) = r0
.Ltmp12:
.Ltmp13:
	#DEBUG_VALUE: pick:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 8                           # tests/c/subprog.c:0:8
	r2 = r10
.Ltmp14:
	r2 += -4
	.loc	0 21 24 is_stmt 1               # tests/c/subprog.c:21:24
.Ltmp15:
	r1 = socks ll
	call 1
.Ltmp16:
	r7 = r0
.Ltmp17:
.Ltmp18:
	#DEBUG_VALUE: pick:sk <- $r7
	.loc	0 23 6                          # tests/c/subprog.c:23:6
.Ltmp19:
	if r7 == 0 goto LBB1_2
.Ltmp20:
.Ltmp21:
# %bb.1:
	#DEBUG_VALUE: pick:sk <- $r7
	#DEBUG_VALUE: pick:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: pick:ctx <- $r6
	.loc	0 25 2                          # tests/c/subprog.c:25:2
.Ltmp22:
	r1 = r6
	r2 = r7
	r3 = 0
	call 124
.Ltmp23:
	.loc	0 26 2                          # tests/c/subprog.c:26:2
.Ltmp24:
	r1 = r7
	call 86
.Ltmp25:
.Ltmp26:
LBB1_2:
	#DEBUG_VALUE: pick:sk <- $r7
	#DEBUG_VALUE: pick:key <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: pick:ctx <- $r6
	.loc	0 28 1                          # tests/c/subprog.c:28:1
.Ltmp27:
	exit
.Ltmp28:
.Ltmp29:
.Lfunc_end1:
	.size	pick, .Lfunc_end1-pick
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	writes_ctx                      # -- Begin function writes_ctx
	.p2align	3
	.type	writes_ctx,@function
writes_ctx:                             # @writes_ctx
.Lfunc_begin2:
	.loc	0 44 0                          # tests/c/subprog.c:44:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: writes_ctx:ctx <- $r1
	.loc	0 45 11 prologue_end            # tests/c/subprog.c:45:11
.Ltmp30:
	r2 = *(u32 *)(r1 + 12)
.Ltmp31:
.Ltmp32:
	.loc	0 45 6 is_stmt 0                # tests/c/subprog.c:45:6
.Ltmp33:
	if r2 != 6 goto LBB2_2
.Ltmp34:
.Ltmp35:
# %bb.1:
	#DEBUG_VALUE: writes_ctx:ctx <- $r1
	.loc	0 46 10 is_stmt 1               # tests/c/subprog.c:46:10
.Ltmp36:
	call clobber
.Ltmp37:
.Ltmp38:
	.loc	0 0 10 is_stmt 0                # tests/c/subprog.c:0:10
	r0 = 1
	goto LBB2_4
.Ltmp39:
.Ltmp40:
LBB2_2:
	#DEBUG_VALUE: writes_ctx:ctx <- $r1
	.loc	0 47 21 is_stmt 1               # tests/c/subprog.c:47:21
.Ltmp41:
	r1 = *(u16 *)(r1 + 36)
.Ltmp42:
.Ltmp43:
	.loc	0 47 9 is_stmt 0                # tests/c/subprog.c:47:9
.Ltmp44:
	call is_odd
.Ltmp45:
	r1 = r0
	r1 <<= 32
	r1 >>= 32
	r0 = 1
	if r1 == 0 goto LBB2_4
# %bb.3:
	.loc	0 0 9                           # tests/c/subprog.c:0:9
	r0 = 0
LBB2_4:
	.loc	0 48 1 is_stmt 1                # tests/c/subprog.c:48:1
.Ltmp46:
	exit
.Ltmp47:
.Ltmp48:
.Lfunc_end2:
	.size	writes_ctx, .Lfunc_end2-writes_ctx
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function clobber
	.type	clobber,@function
clobber:                                # @clobber
.Lfunc_begin3:
	.loc	0 37 0                          # tests/c/subprog.c:37:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: clobber:ctx <- $r1
	r2 = 80
.Ltmp49:
	.loc	0 38 18 prologue_end            # tests/c/subprog.c:38:18
.Ltmp50:
.Ltmp51:
	*(u32 *)(r1 + 60) = r2
	.loc	0 39 2                          # tests/c/subprog.c:39:2
.Ltmp52:
	exit
.Ltmp53:
.Ltmp54:
.Lfunc_end3:
	.size	clobber, .Lfunc_end3-clobber
	.cfi_endproc
                                        # -- End function
	.p2align	3                               # -- Begin function is_odd
	.type	is_odd,@function
is_odd:                                 # @is_odd
.Lfunc_begin4:
	.loc	0 14 0                          # tests/c/subprog.c:14:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: is_odd:port <- $r1
	r0 = r1
.Ltmp55:
.Ltmp56:
	#DEBUG_VALUE: is_odd:port <- $r0
	.loc	0 15 14 prologue_end            # tests/c/subprog.c:15:14
.Ltmp57:
	r0 &= 1
.Ltmp58:
.Ltmp59:
	.loc	0 15 2 is_stmt 0                # tests/c/subprog.c:15:2
.Ltmp60:
	exit
.Ltmp61:
.Ltmp62:
.Lfunc_end4:
	.size	is_odd, .Lfunc_end4-is_odd
	.cfi_endproc
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	socks,@object                   # @socks
	.section	.maps,"aw",@progbits
	.globl	socks
	.p2align	3
socks:
	.zero	32
	.size	socks, 32

	.file	4 "/usr/include/linux" "types.h" md5 0xa82ae197a4533c0fa7d08f3ccc99ef94
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	6                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	3                               # DW_LLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Ltmp1-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin1           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin1           #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp17-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp37-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp39-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp42-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin4-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp55-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp55-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp58-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
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
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	29                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x334 DW_TAG_compile_unit
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
	.byte	50                              # DW_AT_decl_line
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
	.byte	2                               # Abbrev [2] 0x4e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	89                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x59:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x5d:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	130                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x66:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	151                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6f:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	168                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x78:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	185                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x82:0x5 DW_TAG_pointer_type
	.long	135                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x87:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x8c:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	15                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x93:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x97:0x5 DW_TAG_pointer_type
	.long	156                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x9c:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xa1:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	2                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa8:0x5 DW_TAG_pointer_type
	.long	173                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xad:0x8 DW_TAG_typedef
	.long	181                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xb5:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0xb9:0x5 DW_TAG_pointer_type
	.long	190                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xbe:0x8 DW_TAG_typedef
	.long	198                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xc6:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xca:0x8 DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	210                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xd2:0x5 DW_TAG_pointer_type
	.long	215                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xd7:0x10 DW_TAG_subroutine_type
	.long	231                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xdc:0x5 DW_TAG_formal_parameter
	.long	231                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xe1:0x5 DW_TAG_formal_parameter
	.long	232                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xe7:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xe8:0x5 DW_TAG_pointer_type
	.long	237                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xed:0x1 DW_TAG_const_type
	.byte	11                              # Abbrev [11] 0xee:0x8 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	246                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xf6:0x5 DW_TAG_pointer_type
	.long	251                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xfb:0x15 DW_TAG_subroutine_type
	.long	272                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x100:0x5 DW_TAG_formal_parameter
	.long	231                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x105:0x5 DW_TAG_formal_parameter
	.long	231                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x10a:0x5 DW_TAG_formal_parameter
	.long	190                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x110:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x114:0x8 DW_TAG_variable
	.byte	19                              # DW_AT_name
	.long	284                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x11c:0x5 DW_TAG_pointer_type
	.long	289                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x121:0xb DW_TAG_subroutine_type
	.long	272                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x126:0x5 DW_TAG_formal_parameter
	.long	231                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x12c:0x11 DW_TAG_enumeration_type
	.long	181                             # DW_AT_type
	.byte	22                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	17                              # Abbrev [17] 0x136:0x3 DW_TAG_enumerator
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	17                              # Abbrev [17] 0x139:0x3 DW_TAG_enumerator
	.byte	21                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x13d:0x1f DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x14c:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	485                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x155:0x6 DW_TAG_call_site
	.long	348                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x15c:0x31 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x16b:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	485                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x174:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x17d:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	639                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x186:0x6 DW_TAG_call_site
	.long	397                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x18d:0x19 DW_TAG_subprogram
	.byte	10                              # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	27                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	173                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x19c:0x9 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.byte	57                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x1a6:0x25 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x1b5:0x9 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
	.long	485                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1be:0x6 DW_TAG_call_site
	.long	459                             # DW_AT_call_origin
	.byte	7                               # DW_AT_call_return_pc
	.byte	20                              # Abbrev [20] 0x1c4:0x6 DW_TAG_call_site
	.long	397                             # DW_AT_call_origin
	.byte	8                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x1cb:0x1a DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1da:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	485                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1e5:0x5 DW_TAG_pointer_type
	.long	490                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x1ea:0x95 DW_TAG_structure_type
	.byte	56                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x1f0:0x9 DW_TAG_member
	.long	505                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x1f9:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	27                              # Abbrev [27] 0x1fe:0xa DW_TAG_member
	.long	520                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x208:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	29                              # Abbrev [29] 0x20e:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	639                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x219:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	190                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x224:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x22e:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x238:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x242:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	791                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x24c:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	803                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x256:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x260:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	791                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x26a:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x274:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x27f:0x5 DW_TAG_pointer_type
	.long	644                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x284:0x93 DW_TAG_structure_type
	.byte	47                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x28a:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x294:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x29e:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2a8:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2b2:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2bc:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2c6:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2d0:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	791                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2da:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2e4:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	803                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2ee:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x2f8:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	791                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x302:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x30c:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	823                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x317:0xc DW_TAG_array_type
	.long	173                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x31c:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x323:0x8 DW_TAG_typedef
	.long	811                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	4                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x32b:0x8 DW_TAG_typedef
	.long	819                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x333:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x337:0x8 DW_TAG_typedef
	.long	147                             # DW_AT_type
	.byte	46                              # DW_AT_name
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
	.byte	1                               # DW_RLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin0      #   ending offset
	.byte	1                               # DW_RLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin1      #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	236                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/subprog.c"             # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=46
.Linfo_string3:
	.asciz	"_license"                      # string offset=48
.Linfo_string4:
	.asciz	"char"                          # string offset=57
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=62
.Linfo_string6:
	.asciz	"socks"                         # string offset=82
.Linfo_string7:
	.asciz	"type"                          # string offset=88
.Linfo_string8:
	.asciz	"int"                           # string offset=93
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=97
.Linfo_string10:
	.asciz	"key"                           # string offset=109
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=113
.Linfo_string12:
	.asciz	"__u32"                         # string offset=126
.Linfo_string13:
	.asciz	"value"                         # string offset=132
.Linfo_string14:
	.asciz	"unsigned long long"            # string offset=138
.Linfo_string15:
	.asciz	"__u64"                         # string offset=157
.Linfo_string16:
	.asciz	"bpf_map_lookup_elem"           # string offset=163
.Linfo_string17:
	.asciz	"bpf_sk_assign"                 # string offset=183
.Linfo_string18:
	.asciz	"long"                          # string offset=197
.Linfo_string19:
	.asciz	"bpf_sk_release"                # string offset=202
.Linfo_string20:
	.asciz	"SK_DROP"                       # string offset=217
.Linfo_string21:
	.asciz	"SK_PASS"                       # string offset=225
.Linfo_string22:
	.asciz	"sk_action"                     # string offset=233
.Linfo_string23:
	.asciz	"nested_calls"                  # string offset=243
.Linfo_string24:
	.asciz	"pick"                          # string offset=256
.Linfo_string25:
	.asciz	"writes_ctx"                    # string offset=261
.Linfo_string26:
	.asciz	"clobber"                       # string offset=272
.Linfo_string27:
	.asciz	"is_odd"                        # string offset=280
.Linfo_string28:
	.asciz	"ctx"                           # string offset=287
.Linfo_string29:
	.asciz	"sk"                            # string offset=291
.Linfo_string30:
	.asciz	"bound_dev_if"                  # string offset=294
.Linfo_string31:
	.asciz	"family"                        # string offset=307
.Linfo_string32:
	.asciz	"protocol"                      # string offset=314
.Linfo_string33:
	.asciz	"mark"                          # string offset=323
.Linfo_string34:
	.asciz	"priority"                      # string offset=328
.Linfo_string35:
	.asciz	"src_ip4"                       # string offset=337
.Linfo_string36:
	.asciz	"src_ip6"                       # string offset=345
.Linfo_string37:
	.asciz	"src_port"                      # string offset=353
.Linfo_string38:
	.asciz	"dst_port"                      # string offset=362
.Linfo_string39:
	.asciz	"unsigned short"                # string offset=371
.Linfo_string40:
	.asciz	"__u16"                         # string offset=386
.Linfo_string41:
	.asciz	"__be16"                        # string offset=392
.Linfo_string42:
	.asciz	"dst_ip4"                       # string offset=399
.Linfo_string43:
	.asciz	"dst_ip6"                       # string offset=407
.Linfo_string44:
	.asciz	"state"                         # string offset=415
.Linfo_string45:
	.asciz	"rx_queue_mapping"              # string offset=421
.Linfo_string46:
	.asciz	"__s32"                         # string offset=438
.Linfo_string47:
	.asciz	"bpf_sock"                      # string offset=444
.Linfo_string48:
	.asciz	"cookie"                        # string offset=453
.Linfo_string49:
	.asciz	"remote_ip4"                    # string offset=460
.Linfo_string50:
	.asciz	"remote_ip6"                    # string offset=471
.Linfo_string51:
	.asciz	"remote_port"                   # string offset=482
.Linfo_string52:
	.asciz	"local_ip4"                     # string offset=494
.Linfo_string53:
	.asciz	"local_ip6"                     # string offset=504
.Linfo_string54:
	.asciz	"local_port"                    # string offset=514
.Linfo_string55:
	.asciz	"ingress_ifindex"               # string offset=525
.Linfo_string56:
	.asciz	"bpf_sk_lookup"                 # string offset=541
.Linfo_string57:
	.asciz	"port"                          # string offset=555
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
	.long	.Linfo_string55
	.long	.Linfo_string56
	.long	.Linfo_string57
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	socks
	.quad	.Lfunc_begin0
	.quad	.Ltmp1
	.quad	.Lfunc_begin1
	.quad	.Ltmp9
	.quad	.Lfunc_begin2
	.quad	.Ltmp37
	.quad	.Ltmp45
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	816
	.long	816
	.long	912
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
	.long	2
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
	.long	102                             # BTF_KIND_STRUCT(id = 16)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	17
	.long	0                               # 0x0
	.long	116
	.long	8
	.long	64                              # 0x40
	.long	123
	.long	8
	.long	96                              # 0x60
	.long	132
	.long	8
	.long	128                             # 0x80
	.long	143
	.long	20
	.long	160                             # 0xa0
	.long	154
	.long	21
	.long	288                             # 0x120
	.long	166
	.long	8
	.long	320                             # 0x140
	.long	176
	.long	20
	.long	352                             # 0x160
	.long	186
	.long	8
	.long	480                             # 0x1e0
	.long	197
	.long	8
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 17)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	18
	.long	0                               # 0x0
	.long	213
	.long	11
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 18)
	.long	83886081                        # 0x5000001
	.long	8
	.long	220
	.long	19
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	39
	.long	0                               # BTF_KIND_ARRAY(id = 20)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	4
	.long	223                             # BTF_KIND_TYPEDEF(id = 21)
	.long	134217728                       # 0x8000000
	.long	22
	.long	230                             # BTF_KIND_TYPEDEF(id = 22)
	.long	134217728                       # 0x8000000
	.long	23
	.long	236                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 24)
	.long	218103809                       # 0xd000001
	.long	2
	.long	251
	.long	15
	.long	255                             # BTF_KIND_FUNC(id = 25)
	.long	201326593                       # 0xc000001
	.long	24
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 26)
	.long	218103809                       # 0xd000001
	.long	2
	.long	251
	.long	15
	.long	317                             # BTF_KIND_FUNC(id = 27)
	.long	201326592                       # 0xc000000
	.long	26
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 28)
	.long	218103809                       # 0xd000001
	.long	2
	.long	251
	.long	15
	.long	554                             # BTF_KIND_FUNC(id = 29)
	.long	201326593                       # 0xc000001
	.long	28
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 30)
	.long	218103809                       # 0xd000001
	.long	2
	.long	251
	.long	15
	.long	667                             # BTF_KIND_FUNC(id = 31)
	.long	201326592                       # 0xc000000
	.long	30
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 32)
	.long	218103809                       # 0xd000001
	.long	8
	.long	787
	.long	8
	.long	792                             # BTF_KIND_FUNC(id = 33)
	.long	201326592                       # 0xc000000
	.long	32
	.long	875                             # BTF_KIND_INT(id = 34)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 35)
	.long	50331648                        # 0x3000000
	.long	0
	.long	34
	.long	4
	.long	4
	.long	880                             # BTF_KIND_VAR(id = 36)
	.long	234881024                       # 0xe000000
	.long	35
	.long	1
	.long	889                             # BTF_KIND_DATASEC(id = 37)
	.long	251658241                       # 0xf000001
	.long	0
	.long	14
	.long	socks
	.long	32
	.long	895                             # BTF_KIND_DATASEC(id = 38)
	.long	251658241                       # 0xf000001
	.long	0
	.long	36
	.long	_license
	.long	4
	.long	903                             # BTF_KIND_FWD(id = 39)
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
	.ascii	"socks"                         # string offset=96
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=102
	.byte	0
	.ascii	"family"                        # string offset=116
	.byte	0
	.ascii	"protocol"                      # string offset=123
	.byte	0
	.ascii	"remote_ip4"                    # string offset=132
	.byte	0
	.ascii	"remote_ip6"                    # string offset=143
	.byte	0
	.ascii	"remote_port"                   # string offset=154
	.byte	0
	.ascii	"local_ip4"                     # string offset=166
	.byte	0
	.ascii	"local_ip6"                     # string offset=176
	.byte	0
	.ascii	"local_port"                    # string offset=186
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=197
	.byte	0
	.ascii	"cookie"                        # string offset=213
	.byte	0
	.ascii	"sk"                            # string offset=220
	.byte	0
	.ascii	"__be16"                        # string offset=223
	.byte	0
	.ascii	"__u16"                         # string offset=230
	.byte	0
	.ascii	"unsigned short"                # string offset=236
	.byte	0
	.ascii	"ctx"                           # string offset=251
	.byte	0
	.ascii	"nested_calls"                  # string offset=255
	.byte	0
	.ascii	"sk_lookup"                     # string offset=268
	.byte	0
	.ascii	"./tests/c/subprog.c"           # string offset=278
	.byte	0
	.ascii	"\treturn pick(ctx);"           # string offset=298
	.byte	0
	.ascii	"pick"                          # string offset=317
	.byte	0
	.ascii	".text"                         # string offset=322
	.byte	0
	.ascii	"static __attribute__((noinline)) int pick(struct bpf_sk_lookup *ctx)" # string offset=328
	.byte	0
	.ascii	"\t__u32 key = is_odd(ctx->local_port);" # string offset=397
	.byte	0
	.ascii	"\tstruct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);" # string offset=435
	.byte	0
	.ascii	"\tif (!sk)"                    # string offset=493
	.byte	0
	.ascii	"\tbpf_sk_assign(ctx, sk, 0);"  # string offset=503
	.byte	0
	.ascii	"\tbpf_sk_release(sk);"         # string offset=531
	.byte	0
	.byte	125                             # string offset=552
	.byte	0
	.ascii	"writes_ctx"                    # string offset=554
	.byte	0
	.ascii	"\tif (ctx->protocol == 6)"     # string offset=565
	.byte	0
	.ascii	"\t\treturn clobber(ctx);"      # string offset=590
	.byte	0
	.ascii	"\treturn is_odd(ctx->remote_port) ? SK_DROP : SK_PASS;" # string offset=613
	.byte	0
	.ascii	"clobber"                       # string offset=667
	.byte	0
	.ascii	"static __attribute__((noinline)) int clobber(struct bpf_sk_lookup *ctx)" # string offset=675
	.byte	0
	.ascii	"\tctx->local_port = 80;"       # string offset=747
	.byte	0
	.ascii	"\treturn SK_PASS;"             # string offset=770
	.byte	0
	.ascii	"port"                          # string offset=787
	.byte	0
	.ascii	"is_odd"                        # string offset=792
	.byte	0
	.ascii	"static __attribute__((noinline)) __u32 is_odd(__u32 port)" # string offset=799
	.byte	0
	.ascii	"\treturn port & 1;"            # string offset=857
	.byte	0
	.ascii	"char"                          # string offset=875
	.byte	0
	.ascii	"_license"                      # string offset=880
	.byte	0
	.ascii	".maps"                         # string offset=889
	.byte	0
	.ascii	"license"                       # string offset=895
	.byte	0
	.ascii	"bpf_sock"                      # string offset=903
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	60
	.long	60
	.long	388
	.long	448
	.long	0
	.long	8                               # FuncInfo
	.long	268                             # FuncInfo section string offset=268
	.long	2
	.long	.Lfunc_begin0
	.long	25
	.long	.Lfunc_begin2
	.long	29
	.long	322                             # FuncInfo section string offset=322
	.long	3
	.long	.Lfunc_begin1
	.long	27
	.long	.Lfunc_begin3
	.long	31
	.long	.Lfunc_begin4
	.long	33
	.long	16                              # LineInfo
	.long	268                             # LineInfo section string offset=268
	.long	8
	.long	.Ltmp0
	.long	278
	.long	298
	.long	33801                           # Line 33 Col 9
	.long	.Ltmp3
	.long	278
	.long	298
	.long	33794                           # Line 33 Col 2
	.long	.Ltmp30
	.long	278
	.long	565
	.long	46091                           # Line 45 Col 11
	.long	.Ltmp33
	.long	278
	.long	565
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp36
	.long	278
	.long	590
	.long	47114                           # Line 46 Col 10
	.long	.Ltmp41
	.long	278
	.long	613
	.long	48149                           # Line 47 Col 21
	.long	.Ltmp44
	.long	278
	.long	613
	.long	48137                           # Line 47 Col 9
	.long	.Ltmp46
	.long	278
	.long	552
	.long	49153                           # Line 48 Col 1
	.long	322                             # LineInfo section string offset=322
	.long	15
	.long	.Lfunc_begin1
	.long	278
	.long	328
	.long	18432                           # Line 18 Col 0
	.long	.Ltmp8
	.long	278
	.long	397
	.long	20494                           # Line 20 Col 14
	.long	.Ltmp11
	.long	278
	.long	397
	.long	20488                           # Line 20 Col 8
	.long	.Ltmp14
	.long	278
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp15
	.long	278
	.long	435
	.long	21528                           # Line 21 Col 24
	.long	.Ltmp19
	.long	278
	.long	493
	.long	23558                           # Line 23 Col 6
	.long	.Ltmp22
	.long	278
	.long	503
	.long	25602                           # Line 25 Col 2
	.long	.Ltmp24
	.long	278
	.long	531
	.long	26626                           # Line 26 Col 2
	.long	.Ltmp27
	.long	278
	.long	552
	.long	28673                           # Line 28 Col 1
	.long	.Lfunc_begin3
	.long	278
	.long	675
	.long	36864                           # Line 36 Col 0
	.long	.Ltmp51
	.long	278
	.long	747
	.long	38930                           # Line 38 Col 18
	.long	.Ltmp52
	.long	278
	.long	770
	.long	39938                           # Line 39 Col 2
	.long	.Lfunc_begin4
	.long	278
	.long	799
	.long	13312                           # Line 13 Col 0
	.long	.Ltmp57
	.long	278
	.long	857
	.long	15374                           # Line 15 Col 14
	.long	.Ltmp60
	.long	278
	.long	857
	.long	15362                           # Line 15 Col 2
	.addrsig
	.addrsig_sym nested_calls
	.addrsig_sym writes_ctx
	.addrsig_sym _license
	.addrsig_sym socks
	.section	.debug_line,"",@progbits
.Lline_table_start0:
