	.text
	.file	"global_args.c"
	.file	0 "." "tests/c/global_args.c" md5 0x130bb137e8469a8572f84879b9633725
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.globl	port_of                         # -- Begin function port_of
	.p2align	3
	.type	port_of,@function
port_of:                                # @port_of
.Lfunc_begin0:
	.loc	0 11 0                          # tests/c/global_args.c:11:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: port_of:ctx <- $r1
	#DEBUG_VALUE: port_of:c <- $r1
	.loc	0 14 2 prologue_end             # tests/c/global_args.c:14:2
.Ltmp0:
	r0 = *(u32 *)(r1 + 60)
	exit
.Ltmp1:
.Ltmp2:
.Lfunc_end0:
	.size	port_of, .Lfunc_end0-port_of
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	ctx_arg                         # -- Begin function ctx_arg
	.p2align	3
	.type	ctx_arg,@function
ctx_arg:                                # @ctx_arg
.Lfunc_begin1:
	.loc	0 19 0                          # tests/c/global_args.c:19:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: ctx_arg:ctx <- $r1
	.loc	0 20 9 prologue_end             # tests/c/global_args.c:20:9
.Ltmp3:
	call port_of
.Ltmp4:
.Ltmp5:
	r1 = r0
	r1 <<= 32
	r1 >>= 32
	r0 = 1
	.loc	0 20 22 is_stmt 0               # tests/c/global_args.c:20:22
.Ltmp6:
	if r1 == 80 goto LBB1_2
# %bb.1:
	.loc	0 0 22                          # tests/c/global_args.c:0:22
	r0 = 0
LBB1_2:
	.loc	0 20 2                          # tests/c/global_args.c:20:2
.Ltmp7:
	exit
.Ltmp8:
.Ltmp9:
.Lfunc_end1:
	.size	ctx_arg, .Lfunc_end1-ctx_arg
	.cfi_endproc
                                        # -- End function
	.text
	.globl	first_port                      # -- Begin function first_port
	.p2align	3
	.type	first_port,@function
first_port:                             # @first_port
.Lfunc_begin2:
	.loc	0 24 0 is_stmt 1                # tests/c/global_args.c:24:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: first_port:ports <- $r1
	r0 = 0
.Ltmp10:
	.loc	0 25 13 prologue_end            # tests/c/global_args.c:25:13
.Ltmp11:
.Ltmp12:
	if r1 == 0 goto LBB2_3
.Ltmp13:
.Ltmp14:
# %bb.1:
	#DEBUG_VALUE: first_port:ports <- $r1
	.loc	0 25 17 is_stmt 0               # tests/c/global_args.c:25:17
.Ltmp15:
	r1 = *(u64 *)(r1 + 0)
.Ltmp16:
.Ltmp17:
	.loc	0 25 6                          # tests/c/global_args.c:25:6
.Ltmp18:
	if r1 == 0 goto LBB2_3
# %bb.2:
	.loc	0 0 6                           # tests/c/global_args.c:0:6
	r0 = 1
LBB2_3:
	.loc	0 28 1 is_stmt 1                # tests/c/global_args.c:28:1
.Ltmp19:
	exit
.Ltmp20:
.Ltmp21:
.Lfunc_end2:
	.size	first_port, .Lfunc_end2-first_port
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	ptr_ptr_arg                     # -- Begin function ptr_ptr_arg
	.p2align	3
	.type	ptr_ptr_arg,@function
ptr_ptr_arg:                            # @ptr_ptr_arg
.Lfunc_begin3:
	.loc	0 32 0                          # tests/c/global_args.c:32:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: ptr_ptr_arg:ctx <- $r1
	.loc	0 33 20 prologue_end            # tests/c/global_args.c:33:20
.Ltmp22:
	r1 = *(u32 *)(r1 + 60)
.Ltmp23:
.Ltmp24:
	#DEBUG_VALUE: ptr_ptr_arg:port <- $r1
	.loc	0 33 8 is_stmt 0                # tests/c/global_args.c:33:8
.Ltmp25:
	*(u32 *)(r10 - 4) = r1
	r1 = r10
.Ltmp26:
.Ltmp27:
	.loc	0 0 0                           # tests/c/global_args.c:0:0
.Ltmp28:
	r1 += -4
.Ltmp29:
.Ltmp30:
	#DEBUG_VALUE: ptr_ptr_arg:p <- [DW_OP_plus_uconst 12, DW_OP_stack_value] $r10
	.loc	0 34 9 is_stmt 1                # tests/c/global_args.c:34:9
.Ltmp31:
	*(u64 *)(r10 - 16) = r1
.Ltmp32:
.Ltmp33:
	#DEBUG_VALUE: ptr_ptr_arg:p <- [DW_OP_deref] $r10
	.loc	0 0 9 is_stmt 0                 # tests/c/global_args.c:0:9
	r1 = r10
.Ltmp34:
	r1 += -16
	.loc	0 36 9 is_stmt 1                # tests/c/global_args.c:36:9
.Ltmp35:
	call first_port
.Ltmp36:
	r1 = r0
	r1 <<= 32
	r1 >>= 32
	r0 = 1
	if r1 != 0 goto LBB3_2
.Ltmp37:
.Ltmp38:
# %bb.1:
	#DEBUG_VALUE: ptr_ptr_arg:p <- [DW_OP_deref] $r10
	.loc	0 0 9 is_stmt 0                 # tests/c/global_args.c:0:9
	r0 = 0
.Ltmp39:
.Ltmp40:
LBB3_2:
	#DEBUG_VALUE: ptr_ptr_arg:p <- [DW_OP_deref] $r10
	.loc	0 36 2                          # tests/c/global_args.c:36:2
.Ltmp41:
	exit
.Ltmp42:
.Ltmp43:
.Lfunc_end3:
	.size	ptr_ptr_arg, .Lfunc_end3-ptr_ptr_arg
	.cfi_endproc
                                        # -- End function
	.text
	.globl	is_http                         # -- Begin function is_http
	.p2align	3
	.type	is_http,@function
is_http:                                # @is_http
.Lfunc_begin4:
	.loc	0 40 0 is_stmt 1                # tests/c/global_args.c:40:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: is_http:port <- $r1
	r0 = 1
.Ltmp44:
	.loc	0 41 14 prologue_end            # tests/c/global_args.c:41:14
.Ltmp45:
.Ltmp46:
	if r1 != 0 goto LBB4_2
.Ltmp47:
.Ltmp48:
# %bb.1:
	#DEBUG_VALUE: is_http:port <- $r1
	.loc	0 0 14 is_stmt 0                # tests/c/global_args.c:0:14
	r0 = 0
.Ltmp49:
.Ltmp50:
LBB4_2:
	#DEBUG_VALUE: is_http:port <- $r1
	.loc	0 41 2                          # tests/c/global_args.c:41:2
.Ltmp51:
	exit
.Ltmp52:
.Ltmp53:
.Lfunc_end4:
	.size	is_http, .Lfunc_end4-is_http
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	void_arg                        # -- Begin function void_arg
	.p2align	3
	.type	void_arg,@function
void_arg:                               # @void_arg
.Lfunc_begin5:
	.loc	0 46 0 is_stmt 1                # tests/c/global_args.c:46:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: void_arg:ctx <- $r1
	#DEBUG_VALUE: void_arg:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r1 = r10
.Ltmp54:
.Ltmp55:
	.loc	0 0 0 is_stmt 0                 # tests/c/global_args.c:0:0
.Ltmp56:
	r1 += -4
	.loc	0 49 9 prologue_end is_stmt 1   # tests/c/global_args.c:49:9
.Ltmp57:
	call is_http
.Ltmp58:
	r1 = r0
	r1 <<= 32
	r1 >>= 32
	r0 = 1
	if r1 != 0 goto LBB5_2
.Ltmp59:
.Ltmp60:
# %bb.1:
	#DEBUG_VALUE: void_arg:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 9 is_stmt 0                 # tests/c/global_args.c:0:9
	r0 = 0
.Ltmp61:
.Ltmp62:
LBB5_2:
	#DEBUG_VALUE: void_arg:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 49 2                          # tests/c/global_args.c:49:2
.Ltmp63:
	exit
.Ltmp64:
.Ltmp65:
.Lfunc_end5:
	.size	void_arg, .Lfunc_end5-void_arg
	.cfi_endproc
                                        # -- End function
	.text
	.globl	count                           # -- Begin function count
	.p2align	3
	.type	count,@function
count:                                  # @count
.Lfunc_begin6:
	.loc	0 55 0 is_stmt 1                # tests/c/global_args.c:55:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: count:n <- $r1
	.loc	0 56 8 prologue_end             # tests/c/global_args.c:56:8
.Ltmp66:
	r2 = calls ll
	r3 = *(u32 *)(r2 + 0)
	r3 += r1
	*(u32 *)(r2 + 0) = r3
	.loc	0 57 1                          # tests/c/global_args.c:57:1
.Ltmp67:
	exit
.Ltmp68:
.Ltmp69:
.Lfunc_end6:
	.size	count, .Lfunc_end6-count
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	void_return                     # -- Begin function void_return
	.p2align	3
	.type	void_return,@function
void_return:                            # @void_return
.Lfunc_begin7:
	.loc	0 61 0                          # tests/c/global_args.c:61:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: void_return:ctx <- undef
	.loc	0 62 2 prologue_end             # tests/c/global_args.c:62:2
.Ltmp70:
	r1 = 1
	call count
.Ltmp71:
	.loc	0 63 2                          # tests/c/global_args.c:63:2
.Ltmp72:
	r0 = 1
	exit
.Ltmp73:
.Ltmp74:
.Lfunc_end7:
	.size	void_return, .Lfunc_end7-void_return
	.cfi_endproc
                                        # -- End function
	.type	calls,@object                   # @calls
	.section	.bss,"aw",@nobits
	.globl	calls
	.p2align	2
calls:
	.long	0                               # 0x0
	.size	calls, 4

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
	.byte	3                               #   start index
	.uleb128 .Ltmp4-.Lfunc_begin1           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp16-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp23-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin1          #   ending offset
	.byte	3                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	12                              # 12
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin1      #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin5-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp54-.Lfunc_begin1          #   ending offset
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
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
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
	.byte	10                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x2ee DW_TAG_compile_unit
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
	.byte	66                              # DW_AT_decl_line
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
	.byte	52                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x59:0x5 DW_TAG_volatile_type
	.long	94                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x5e:0x8 DW_TAG_typedef
	.long	102                             # DW_AT_type
	.byte	8                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x66:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x6a:0x11 DW_TAG_enumeration_type
	.long	102                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x74:0x3 DW_TAG_enumerator
	.byte	9                               # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	10                              # Abbrev [10] 0x77:0x3 DW_TAG_enumerator
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x7b:0x28 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0x8a:0xe DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	392                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x94:0x3 DW_TAG_LLVM_annotation
	.byte	22                              # DW_AT_name
	.byte	23                              # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x98:0xa DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	393                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xa3:0x1f DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xb2:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	393                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xbb:0x6 DW_TAG_call_site
	.long	123                             # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xc2:0x19 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xd1:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	56                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.long	751                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xdb:0x31 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xea:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.long	393                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xf3:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	57                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	94                              # DW_AT_type
	.byte	17                              # Abbrev [17] 0xfc:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	58                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.long	756                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x105:0x6 DW_TAG_call_site
	.long	194                             # DW_AT_call_origin
	.byte	7                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x10c:0x1a DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0x11b:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	57                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	392                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x126:0x2a DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x135:0x9 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	393                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x13e:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.byte	57                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.long	94                              # DW_AT_type
	.byte	16                              # Abbrev [16] 0x149:0x6 DW_TAG_call_site
	.long	268                             # DW_AT_call_origin
	.byte	10                              # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x150:0x16 DW_TAG_subprogram
	.byte	11                              # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0x15b:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	59                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	94                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x166:0x1e DW_TAG_subprogram
	.byte	12                              # DW_AT_low_pc
	.long	.Lfunc_end7-.Lfunc_begin7       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	60                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	388                             # DW_AT_type
                                        # DW_AT_external
	.byte	20                              # Abbrev [20] 0x175:0x8 DW_TAG_formal_parameter
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	60                              # DW_AT_decl_line
	.long	393                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x17d:0x6 DW_TAG_call_site
	.long	336                             # DW_AT_call_origin
	.byte	13                              # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x184:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	21                              # Abbrev [21] 0x188:0x1 DW_TAG_pointer_type
	.byte	22                              # Abbrev [22] 0x189:0x5 DW_TAG_pointer_type
	.long	398                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x18e:0x95 DW_TAG_structure_type
	.byte	55                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x194:0x9 DW_TAG_member
	.long	413                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x19d:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x1a2:0xa DW_TAG_member
	.long	428                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x1ac:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	28                              # Abbrev [28] 0x1b2:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	547                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	28                              # Abbrev [28] 0x1bd:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	739                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	28                              # Abbrev [28] 0x1c8:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x1d2:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x1dc:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x1e6:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	699                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x1f0:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	711                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x1fa:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x204:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	699                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x20e:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x218:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x223:0x5 DW_TAG_pointer_type
	.long	552                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x228:0x93 DW_TAG_structure_type
	.byte	44                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	28                              # Abbrev [28] 0x22e:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x238:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x242:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x24c:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x256:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x260:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x26a:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x274:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	699                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x27e:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x288:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	711                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x292:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x29c:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	699                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x2a6:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	94                              # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x2b0:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	731                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x2bb:0xc DW_TAG_array_type
	.long	94                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x2c0:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x2c7:0x8 DW_TAG_typedef
	.long	719                             # DW_AT_type
	.byte	38                              # DW_AT_name
	.byte	3                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x2cf:0x8 DW_TAG_typedef
	.long	727                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x2d7:0x4 DW_TAG_base_type
	.byte	36                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x2db:0x8 DW_TAG_typedef
	.long	388                             # DW_AT_type
	.byte	43                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x2e3:0x8 DW_TAG_typedef
	.long	747                             # DW_AT_type
	.byte	47                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x2eb:0x4 DW_TAG_base_type
	.byte	46                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	22                              # Abbrev [22] 0x2ef:0x5 DW_TAG_pointer_type
	.long	756                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x2f4:0x5 DW_TAG_pointer_type
	.long	94                              # DW_AT_type
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
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin4-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end4-.Lfunc_begin0      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin6-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end6-.Lfunc_begin0      #   ending offset
	.byte	1                               # DW_RLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin3-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin1      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin5-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end5-.Lfunc_begin1      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin7-.Lfunc_begin1    #   starting offset
	.uleb128 .Lfunc_end7-.Lfunc_begin1      #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	244                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/global_args.c"         # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=50
.Linfo_string3:
	.asciz	"_license"                      # string offset=52
.Linfo_string4:
	.asciz	"char"                          # string offset=61
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=66
.Linfo_string6:
	.asciz	"calls"                         # string offset=86
.Linfo_string7:
	.asciz	"unsigned int"                  # string offset=92
.Linfo_string8:
	.asciz	"__u32"                         # string offset=105
.Linfo_string9:
	.asciz	"SK_DROP"                       # string offset=111
.Linfo_string10:
	.asciz	"SK_PASS"                       # string offset=119
.Linfo_string11:
	.asciz	"sk_action"                     # string offset=127
.Linfo_string12:
	.asciz	"port_of"                       # string offset=137
.Linfo_string13:
	.asciz	"int"                           # string offset=145
.Linfo_string14:
	.asciz	"ctx_arg"                       # string offset=149
.Linfo_string15:
	.asciz	"first_port"                    # string offset=157
.Linfo_string16:
	.asciz	"ptr_ptr_arg"                   # string offset=168
.Linfo_string17:
	.asciz	"is_http"                       # string offset=180
.Linfo_string18:
	.asciz	"void_arg"                      # string offset=188
.Linfo_string19:
	.asciz	"count"                         # string offset=197
.Linfo_string20:
	.asciz	"void_return"                   # string offset=203
.Linfo_string21:
	.asciz	"ctx"                           # string offset=215
.Linfo_string22:
	.asciz	"btf_decl_tag"                  # string offset=219
.Linfo_string23:
	.asciz	"arg:ctx"                       # string offset=232
.Linfo_string24:
	.asciz	"c"                             # string offset=240
.Linfo_string25:
	.asciz	"sk"                            # string offset=242
.Linfo_string26:
	.asciz	"bound_dev_if"                  # string offset=245
.Linfo_string27:
	.asciz	"family"                        # string offset=258
.Linfo_string28:
	.asciz	"type"                          # string offset=265
.Linfo_string29:
	.asciz	"protocol"                      # string offset=270
.Linfo_string30:
	.asciz	"mark"                          # string offset=279
.Linfo_string31:
	.asciz	"priority"                      # string offset=284
.Linfo_string32:
	.asciz	"src_ip4"                       # string offset=293
.Linfo_string33:
	.asciz	"src_ip6"                       # string offset=301
.Linfo_string34:
	.asciz	"src_port"                      # string offset=309
.Linfo_string35:
	.asciz	"dst_port"                      # string offset=318
.Linfo_string36:
	.asciz	"unsigned short"                # string offset=327
.Linfo_string37:
	.asciz	"__u16"                         # string offset=342
.Linfo_string38:
	.asciz	"__be16"                        # string offset=348
.Linfo_string39:
	.asciz	"dst_ip4"                       # string offset=355
.Linfo_string40:
	.asciz	"dst_ip6"                       # string offset=363
.Linfo_string41:
	.asciz	"state"                         # string offset=371
.Linfo_string42:
	.asciz	"rx_queue_mapping"              # string offset=377
.Linfo_string43:
	.asciz	"__s32"                         # string offset=394
.Linfo_string44:
	.asciz	"bpf_sock"                      # string offset=400
.Linfo_string45:
	.asciz	"cookie"                        # string offset=409
.Linfo_string46:
	.asciz	"unsigned long long"            # string offset=416
.Linfo_string47:
	.asciz	"__u64"                         # string offset=435
.Linfo_string48:
	.asciz	"remote_ip4"                    # string offset=441
.Linfo_string49:
	.asciz	"remote_ip6"                    # string offset=452
.Linfo_string50:
	.asciz	"remote_port"                   # string offset=463
.Linfo_string51:
	.asciz	"local_ip4"                     # string offset=475
.Linfo_string52:
	.asciz	"local_ip6"                     # string offset=485
.Linfo_string53:
	.asciz	"local_port"                    # string offset=495
.Linfo_string54:
	.asciz	"ingress_ifindex"               # string offset=506
.Linfo_string55:
	.asciz	"bpf_sk_lookup"                 # string offset=522
.Linfo_string56:
	.asciz	"ports"                         # string offset=536
.Linfo_string57:
	.asciz	"port"                          # string offset=542
.Linfo_string58:
	.asciz	"p"                             # string offset=547
.Linfo_string59:
	.asciz	"n"                             # string offset=549
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
	.long	.Linfo_string58
	.long	.Linfo_string59
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	calls
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Ltmp4
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Ltmp36
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Ltmp58
	.quad	.Lfunc_begin6
	.quad	.Lfunc_begin7
	.quad	.Ltmp71
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	820
	.long	820
	.long	840
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 2)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	1
	.long	5                               # BTF_KIND_INT(id = 3)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	9                               # BTF_KIND_FUNC(id = 4)
	.long	201326593                       # 0xc000001
	.long	2
	.long	17                              # BTF_KIND_DECL_TAG(id = 5)
	.long	285212672                       # 0x11000000
	.long	4
	.long	0
	.long	0                               # BTF_KIND_PTR(id = 6)
	.long	33554432                        # 0x2000000
	.long	7
	.long	78                              # BTF_KIND_STRUCT(id = 7)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	8
	.long	0                               # 0x0
	.long	92
	.long	13
	.long	64                              # 0x40
	.long	99
	.long	13
	.long	96                              # 0x60
	.long	108
	.long	13
	.long	128                             # 0x80
	.long	119
	.long	15
	.long	160                             # 0xa0
	.long	130
	.long	17
	.long	288                             # 0x120
	.long	142
	.long	13
	.long	320                             # 0x140
	.long	152
	.long	15
	.long	352                             # 0x160
	.long	162
	.long	13
	.long	480                             # 0x1e0
	.long	173
	.long	13
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 8)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	9
	.long	0                               # 0x0
	.long	189
	.long	11
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 9)
	.long	83886081                        # 0x5000001
	.long	8
	.long	196
	.long	10
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	43
	.long	199                             # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	205                             # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	224                             # BTF_KIND_TYPEDEF(id = 13)
	.long	134217728                       # 0x8000000
	.long	14
	.long	230                             # BTF_KIND_INT(id = 14)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 15)
	.long	50331648                        # 0x3000000
	.long	0
	.long	13
	.long	16
	.long	4
	.long	243                             # BTF_KIND_INT(id = 16)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	263                             # BTF_KIND_TYPEDEF(id = 17)
	.long	134217728                       # 0x8000000
	.long	18
	.long	270                             # BTF_KIND_TYPEDEF(id = 18)
	.long	134217728                       # 0x8000000
	.long	19
	.long	276                             # BTF_KIND_INT(id = 19)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 20)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	6
	.long	291                             # BTF_KIND_FUNC(id = 21)
	.long	201326593                       # 0xc000001
	.long	20
	.long	0                               # BTF_KIND_PTR(id = 22)
	.long	33554432                        # 0x2000000
	.long	23
	.long	0                               # BTF_KIND_PTR(id = 23)
	.long	33554432                        # 0x2000000
	.long	13
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 24)
	.long	218103809                       # 0xd000001
	.long	3
	.long	357
	.long	22
	.long	363                             # BTF_KIND_FUNC(id = 25)
	.long	201326593                       # 0xc000001
	.long	24
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 26)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	6
	.long	456                             # BTF_KIND_FUNC(id = 27)
	.long	201326593                       # 0xc000001
	.long	26
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 28)
	.long	218103809                       # 0xd000001
	.long	3
	.long	562
	.long	1
	.long	567                             # BTF_KIND_FUNC(id = 29)
	.long	201326593                       # 0xc000001
	.long	28
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 30)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	6
	.long	644                             # BTF_KIND_FUNC(id = 31)
	.long	201326593                       # 0xc000001
	.long	30
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 32)
	.long	218103809                       # 0xd000001
	.long	0
	.long	737
	.long	13
	.long	739                             # BTF_KIND_FUNC(id = 33)
	.long	201326593                       # 0xc000001
	.long	32
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 34)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	6
	.long	758                             # BTF_KIND_FUNC(id = 35)
	.long	201326593                       # 0xc000001
	.long	34
	.long	0                               # BTF_KIND_VOLATILE(id = 36)
	.long	150994944                       # 0x9000000
	.long	13
	.long	798                             # BTF_KIND_VAR(id = 37)
	.long	234881024                       # 0xe000000
	.long	36
	.long	1
	.long	804                             # BTF_KIND_INT(id = 38)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 39)
	.long	50331648                        # 0x3000000
	.long	0
	.long	38
	.long	16
	.long	4
	.long	809                             # BTF_KIND_VAR(id = 40)
	.long	234881024                       # 0xe000000
	.long	39
	.long	1
	.long	818                             # BTF_KIND_DATASEC(id = 41)
	.long	251658241                       # 0xf000001
	.long	0
	.long	37
	.long	calls
	.long	4
	.long	823                             # BTF_KIND_DATASEC(id = 42)
	.long	251658241                       # 0xf000001
	.long	0
	.long	40
	.long	_license
	.long	4
	.long	831                             # BTF_KIND_FWD(id = 43)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"ctx"                           # string offset=1
	.byte	0
	.ascii	"int"                           # string offset=5
	.byte	0
	.ascii	"port_of"                       # string offset=9
	.byte	0
	.ascii	"arg:ctx"                       # string offset=17
	.byte	0
	.ascii	".text"                         # string offset=25
	.byte	0
	.ascii	"./tests/c/global_args.c"       # string offset=31
	.byte	0
	.ascii	"\treturn c->local_port;"       # string offset=55
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=78
	.byte	0
	.ascii	"family"                        # string offset=92
	.byte	0
	.ascii	"protocol"                      # string offset=99
	.byte	0
	.ascii	"remote_ip4"                    # string offset=108
	.byte	0
	.ascii	"remote_ip6"                    # string offset=119
	.byte	0
	.ascii	"remote_port"                   # string offset=130
	.byte	0
	.ascii	"local_ip4"                     # string offset=142
	.byte	0
	.ascii	"local_ip6"                     # string offset=152
	.byte	0
	.ascii	"local_port"                    # string offset=162
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=173
	.byte	0
	.ascii	"cookie"                        # string offset=189
	.byte	0
	.ascii	"sk"                            # string offset=196
	.byte	0
	.ascii	"__u64"                         # string offset=199
	.byte	0
	.ascii	"unsigned long long"            # string offset=205
	.byte	0
	.ascii	"__u32"                         # string offset=224
	.byte	0
	.ascii	"unsigned int"                  # string offset=230
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=243
	.byte	0
	.ascii	"__be16"                        # string offset=263
	.byte	0
	.ascii	"__u16"                         # string offset=270
	.byte	0
	.ascii	"unsigned short"                # string offset=276
	.byte	0
	.ascii	"ctx_arg"                       # string offset=291
	.byte	0
	.ascii	"sk_lookup"                     # string offset=299
	.byte	0
	.ascii	"\treturn port_of(ctx) == 80 ? SK_PASS : SK_DROP;" # string offset=309
	.byte	0
	.ascii	"ports"                         # string offset=357
	.byte	0
	.ascii	"first_port"                    # string offset=363
	.byte	0
	.ascii	"__attribute__((noinline)) int first_port(__u32 **ports)" # string offset=374
	.byte	0
	.ascii	"\tif (!ports || !*ports)"      # string offset=430
	.byte	0
	.byte	125                             # string offset=454
	.byte	0
	.ascii	"ptr_ptr_arg"                   # string offset=456
	.byte	0
	.ascii	"\t__u32 port = ctx->local_port;" # string offset=468
	.byte	0
	.ascii	"\t__u32 *p = &port;"           # string offset=499
	.byte	0
	.ascii	"\treturn first_port(&p) ? SK_PASS : SK_DROP;" # string offset=518
	.byte	0
	.ascii	"port"                          # string offset=562
	.byte	0
	.ascii	"is_http"                       # string offset=567
	.byte	0
	.ascii	"__attribute__((noinline)) int is_http(void *port)" # string offset=575
	.byte	0
	.ascii	"\treturn port != 0;"           # string offset=625
	.byte	0
	.ascii	"void_arg"                      # string offset=644
	.byte	0
	.ascii	"int void_arg(struct bpf_sk_lookup *ctx)" # string offset=653
	.byte	0
	.ascii	"\treturn is_http(&port) ? SK_PASS : SK_DROP;" # string offset=693
	.byte	0
	.byte	110                             # string offset=737
	.byte	0
	.ascii	"count"                         # string offset=739
	.byte	0
	.ascii	"\tcalls += n;"                 # string offset=745
	.byte	0
	.ascii	"void_return"                   # string offset=758
	.byte	0
	.ascii	"\tcount(1);"                   # string offset=770
	.byte	0
	.ascii	"\treturn SK_PASS;"             # string offset=781
	.byte	0
	.ascii	"calls"                         # string offset=798
	.byte	0
	.ascii	"char"                          # string offset=804
	.byte	0
	.ascii	"_license"                      # string offset=809
	.byte	0
	.ascii	".bss"                          # string offset=818
	.byte	0
	.ascii	"license"                       # string offset=823
	.byte	0
	.ascii	"bpf_sock"                      # string offset=831
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	84
	.long	84
	.long	452
	.long	536
	.long	0
	.long	8                               # FuncInfo
	.long	25                              # FuncInfo section string offset=25
	.long	4
	.long	.Lfunc_begin0
	.long	4
	.long	.Lfunc_begin2
	.long	25
	.long	.Lfunc_begin4
	.long	29
	.long	.Lfunc_begin6
	.long	33
	.long	299                             # FuncInfo section string offset=299
	.long	4
	.long	.Lfunc_begin1
	.long	21
	.long	.Lfunc_begin3
	.long	27
	.long	.Lfunc_begin5
	.long	31
	.long	.Lfunc_begin7
	.long	35
	.long	16                              # LineInfo
	.long	25                              # LineInfo section string offset=25
	.long	11
	.long	.Ltmp0
	.long	31
	.long	55
	.long	14338                           # Line 14 Col 2
	.long	.Lfunc_begin2
	.long	31
	.long	374
	.long	23552                           # Line 23 Col 0
	.long	.Ltmp12
	.long	31
	.long	430
	.long	25613                           # Line 25 Col 13
	.long	.Ltmp15
	.long	31
	.long	430
	.long	25617                           # Line 25 Col 17
	.long	.Ltmp18
	.long	31
	.long	430
	.long	25606                           # Line 25 Col 6
	.long	.Ltmp19
	.long	31
	.long	454
	.long	28673                           # Line 28 Col 1
	.long	.Lfunc_begin4
	.long	31
	.long	575
	.long	39936                           # Line 39 Col 0
	.long	.Ltmp46
	.long	31
	.long	625
	.long	41998                           # Line 41 Col 14
	.long	.Ltmp51
	.long	31
	.long	625
	.long	41986                           # Line 41 Col 2
	.long	.Ltmp66
	.long	31
	.long	745
	.long	57352                           # Line 56 Col 8
	.long	.Ltmp67
	.long	31
	.long	454
	.long	58369                           # Line 57 Col 1
	.long	299                             # LineInfo section string offset=299
	.long	16
	.long	.Ltmp3
	.long	31
	.long	309
	.long	20489                           # Line 20 Col 9
	.long	.Ltmp6
	.long	31
	.long	309
	.long	20502                           # Line 20 Col 22
	.long	.Ltmp7
	.long	31
	.long	309
	.long	20482                           # Line 20 Col 2
	.long	.Ltmp22
	.long	31
	.long	468
	.long	33812                           # Line 33 Col 20
	.long	.Ltmp25
	.long	31
	.long	468
	.long	33800                           # Line 33 Col 8
	.long	.Ltmp28
	.long	31
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp31
	.long	31
	.long	499
	.long	34825                           # Line 34 Col 9
	.long	.Ltmp34
	.long	31
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp35
	.long	31
	.long	518
	.long	36873                           # Line 36 Col 9
	.long	.Ltmp41
	.long	31
	.long	518
	.long	36866                           # Line 36 Col 2
	.long	.Lfunc_begin5
	.long	31
	.long	653
	.long	46080                           # Line 45 Col 0
	.long	.Ltmp56
	.long	31
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp57
	.long	31
	.long	693
	.long	50185                           # Line 49 Col 9
	.long	.Ltmp63
	.long	31
	.long	693
	.long	50178                           # Line 49 Col 2
	.long	.Ltmp70
	.long	31
	.long	770
	.long	63490                           # Line 62 Col 2
	.long	.Ltmp72
	.long	31
	.long	781
	.long	64514                           # Line 63 Col 2
	.addrsig
	.addrsig_sym ctx_arg
	.addrsig_sym ptr_ptr_arg
	.addrsig_sym void_arg
	.addrsig_sym void_return
	.addrsig_sym calls
	.addrsig_sym _license
	.section	.debug_line,"",@progbits
.Lline_table_start0:
