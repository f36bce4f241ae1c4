	.text
	.file	"multi_prog.c"
	.file	0 "." "tests/c/multi_prog.c" md5 0xaa361920f3c0f631d511c167dedfd8de
	.file	1 "/usr/include/asm-generic" "int-ll64.h" md5 0xb810f270733e106319b67ef512c6246e
	.file	2 "tests/c" "sk_lookup_helpers.h" md5 0xf1601226d0cb73d90ebbe89884c3fd42
	.file	3 "/usr/include/linux" "bpf.h" md5 0x8ab7bf195d20e2851bf1a9e5b71245ca
	.section	sk_lookup,"ax",@progbits
	.globl	by_dest_port                    # -- Begin function by_dest_port
	.p2align	3
	.type	by_dest_port,@function
by_dest_port:                           # @by_dest_port
.Lfunc_begin0:
	.loc	0 28 0                          # tests/c/multi_prog.c:28:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: by_dest_port:ctx <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: by_dest_port:ctx <- $r6
	.loc	0 29 20 prologue_end            # tests/c/multi_prog.c:29:20
.Ltmp2:
	r1 = *(u32 *)(r6 + 60)
.Ltmp3:
.Ltmp4:
	#DEBUG_VALUE: by_dest_port:port <- $r1
	.loc	0 29 8 is_stmt 0                # tests/c/multi_prog.c:29:8
.Ltmp5:
	*(u32 *)(r10 - 4) = r1
	.loc	0 32 2 is_stmt 1                # tests/c/multi_prog.c:32:2
.Ltmp6:
	r1 = 0
.Ltmp7:
.Ltmp8:
	call count
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: by_dest_port:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 2 is_stmt 0                 # tests/c/multi_prog.c:0:2
	r2 = r10
.Ltmp11:
	r2 += -4
	.loc	0 33 7 is_stmt 1                # tests/c/multi_prog.c:33:7
.Ltmp12:
	r1 = by_port ll
	call 1
.Ltmp13:
	r7 = r0
.Ltmp14:
.Ltmp15:
	#DEBUG_VALUE: by_dest_port:sk <- $r7
	.loc	0 34 6                          # tests/c/multi_prog.c:34:6
.Ltmp16:
	if r7 == 0 goto LBB0_2
.Ltmp17:
.Ltmp18:
# %bb.1:
	#DEBUG_VALUE: by_dest_port:sk <- $r7
	#DEBUG_VALUE: by_dest_port:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: by_dest_port:ctx <- $r6
	.loc	0 36 2                          # tests/c/multi_prog.c:36:2
.Ltmp19:
	r1 = r6
	r2 = r7
	r3 = 2
	call 124
.Ltmp20:
	.loc	0 37 2                          # tests/c/multi_prog.c:37:2
.Ltmp21:
	r1 = r7
	call 86
.Ltmp22:
.Ltmp23:
LBB0_2:
	#DEBUG_VALUE: by_dest_port:sk <- $r7
	#DEBUG_VALUE: by_dest_port:port <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: by_dest_port:ctx <- $r6
	.loc	0 39 1                          # tests/c/multi_prog.c:39:1
.Ltmp24:
	r0 = 1
	exit
.Ltmp25:
.Ltmp26:
.Lfunc_end0:
	.size	by_dest_port, .Lfunc_end0-by_dest_port
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function count
	.type	count,@function
count:                                  # @count
.Lfunc_begin1:
	.loc	0 19 0                          # tests/c/multi_prog.c:19:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: count:idx <- $r1
	*(u32 *)(r10 - 4) = r1
.Ltmp27:
.Ltmp28:
	#DEBUG_VALUE: count:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp29:
	.loc	0 0 0 is_stmt 0                 # tests/c/multi_prog.c:0:0
.Ltmp30:
.Ltmp31:
	r2 += -4
	.loc	0 20 13 prologue_end is_stmt 1  # tests/c/multi_prog.c:20:13
.Ltmp32:
	r1 = counters ll
	call 1
.Ltmp33:
.Ltmp34:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 21 6                          # tests/c/multi_prog.c:21:6
.Ltmp35:
	if r0 == 0 goto LBB1_2
.Ltmp36:
.Ltmp37:
# %bb.1:
	#DEBUG_VALUE: count:c <- $r0
	#DEBUG_VALUE: count:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 0 6 is_stmt 0                 # tests/c/multi_prog.c:0:6
	r1 = 1
.Ltmp38:
	.loc	0 22 3 is_stmt 1                # tests/c/multi_prog.c:22:3
.Ltmp39:
.Ltmp40:
	lock *(u32 *)(r0 + 0) += r1
.Ltmp41:
.Ltmp42:
LBB1_2:
	#DEBUG_VALUE: count:c <- $r0
	#DEBUG_VALUE: count:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 23 2                          # tests/c/multi_prog.c:23:2
.Ltmp43:
	exit
.Ltmp44:
.Ltmp45:
.Lfunc_end1:
	.size	count, .Lfunc_end1-count
	.cfi_endproc
                                        # -- End function
	.section	sk_lookup,"ax",@progbits
	.globl	drop_odd_ports                  # -- Begin function drop_odd_ports
	.p2align	3
	.type	drop_odd_ports,@function
drop_odd_ports:                         # @drop_odd_ports
.Lfunc_begin2:
	.loc	0 43 0                          # tests/c/multi_prog.c:43:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: drop_odd_ports:ctx <- $r1
	r7 = r1
.Ltmp46:
.Ltmp47:
	#DEBUG_VALUE: drop_odd_ports:ctx <- $r7
	r6 = 1
.Ltmp48:
	.loc	0 44 2 prologue_end             # tests/c/multi_prog.c:44:2
.Ltmp49:
.Ltmp50:
	r1 = 1
	call count
.Ltmp51:
	.loc	0 45 11                         # tests/c/multi_prog.c:45:11
.Ltmp52:
.Ltmp53:
	r1 = *(u64 *)(r7 + 0)
.Ltmp54:
.Ltmp55:
	.loc	0 45 6 is_stmt 0                # tests/c/multi_prog.c:45:6
.Ltmp56:
	if r1 != 0 goto LBB2_2
.Ltmp57:
.Ltmp58:
# %bb.1:
	#DEBUG_VALUE: drop_odd_ports:ctx <- $r7
	.loc	0 47 15 is_stmt 1               # tests/c/multi_prog.c:47:15
.Ltmp59:
	r6 = *(u32 *)(r7 + 60)
	r6 ^= -1
	.loc	0 47 9 is_stmt 0                # tests/c/multi_prog.c:47:9
.Ltmp60:
	r6 &= 1
.Ltmp61:
.Ltmp62:
LBB2_2:
	#DEBUG_VALUE: drop_odd_ports:ctx <- $r7
	.loc	0 48 1 is_stmt 1                # tests/c/multi_prog.c:48:1
.Ltmp63:
	r0 = r6
	exit
.Ltmp64:
.Ltmp65:
.Lfunc_end2:
	.size	drop_odd_ports, .Lfunc_end2-drop_odd_ports
	.cfi_endproc
                                        # -- End function
	.globl	random_pass                     # -- Begin function random_pass
	.p2align	3
	.type	random_pass,@function
random_pass:                            # @random_pass
.Lfunc_begin3:
	.loc	0 52 0                          # tests/c/multi_prog.c:52:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: random_pass:ctx <- undef
	.loc	0 53 12 prologue_end            # tests/c/multi_prog.c:53:12
.Ltmp66:
	call 5
.Ltmp67:
	r6 = r0
.Ltmp68:
.Ltmp69:
	#DEBUG_VALUE: random_pass:t <- $r6
	.loc	0 54 12                         # tests/c/multi_prog.c:54:12
.Ltmp70:
	call 7
.Ltmp71:
.Ltmp72:
	#DEBUG_VALUE: random_pass:i <- 0
	#DEBUG_VALUE: random_pass:acc <- 0
	#DEBUG_VALUE: random_pass:r <- $r0
	.loc	0 58 19                         # tests/c/multi_prog.c:58:19
.Ltmp73:
	r1 = r0
	r1 &= 1
.Ltmp74:
.Ltmp75:
	#DEBUG_VALUE: random_pass:acc <- $r1
	.loc	0 54 12                         # tests/c/multi_prog.c:54:12
.Ltmp76:
	r0 <<= 32
.Ltmp77:
.Ltmp78:
	r0 >>= 32
.Ltmp79:
.Ltmp80:
	#DEBUG_VALUE: random_pass:i <- 1
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp81:
	r2 = r0
	r2 >>= 1
	.loc	0 58 19 is_stmt 0               # tests/c/multi_prog.c:58:19
.Ltmp82:
	r2 &= 1
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp83:
	r2 += r1
.Ltmp84:
.Ltmp85:
	#DEBUG_VALUE: random_pass:i <- 2
	#DEBUG_VALUE: random_pass:acc <- $r2
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp86:
	r1 = r0
	r1 >>= 2
	.loc	0 58 19                         # tests/c/multi_prog.c:58:19
.Ltmp87:
	r1 &= 1
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp88:
	r1 += r2
.Ltmp89:
.Ltmp90:
	#DEBUG_VALUE: random_pass:i <- 3
	#DEBUG_VALUE: random_pass:acc <- $r1
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp91:
	r2 = r0
	r2 >>= 3
	.loc	0 58 19                         # tests/c/multi_prog.c:58:19
.Ltmp92:
	r2 &= 1
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp93:
	r2 += r1
.Ltmp94:
.Ltmp95:
	#DEBUG_VALUE: random_pass:i <- 4
	#DEBUG_VALUE: random_pass:acc <- $r2
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp96:
	r1 = r0
	r1 >>= 4
	.loc	0 58 19                         # tests/c/multi_prog.c:58:19
.Ltmp97:
	r1 &= 1
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp98:
	r1 += r2
.Ltmp99:
.Ltmp100:
	#DEBUG_VALUE: random_pass:i <- 5
	#DEBUG_VALUE: random_pass:acc <- $r1
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp101:
	r2 = r0
	r2 >>= 5
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp102:
	r2 += r1
.Ltmp103:
.Ltmp104:
	#DEBUG_VALUE: random_pass:i <- 6
	#DEBUG_VALUE: random_pass:acc <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_plus, DW_OP_stack_value] undef
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp105:
	r1 = r0
	r1 >>= 6
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp106:
	r1 += r2
.Ltmp107:
.Ltmp108:
	#DEBUG_VALUE: random_pass:i <- 7
	#DEBUG_VALUE: random_pass:acc <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_plus, DW_OP_plus, DW_OP_stack_value] undef
	.loc	0 58 13                         # tests/c/multi_prog.c:58:13
.Ltmp109:
	r0 >>= 7
	.loc	0 58 7                          # tests/c/multi_prog.c:58:7
.Ltmp110:
	r0 += r1
.Ltmp111:
.Ltmp112:
	#DEBUG_VALUE: random_pass:i <- 8
	#DEBUG_VALUE: random_pass:acc <- [DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_LLVM_arg 0, DW_OP_plus, DW_OP_plus, DW_OP_plus, DW_OP_stack_value] undef
	.loc	0 59 9 is_stmt 1                # tests/c/multi_prog.c:59:9
.Ltmp113:
	r0 += r6
	r0 &= 1
	.loc	0 59 2 is_stmt 0                # tests/c/multi_prog.c:59:2
.Ltmp114:
	exit
.Ltmp115:
.Ltmp116:
.Lfunc_end3:
	.size	random_pass, .Lfunc_end3-random_pass
	.cfi_endproc
                                        # -- End function
	.type	by_port,@object                 # @by_port
	.section	.maps,"aw",@progbits
	.globl	by_port
	.p2align	3
by_port:
	.zero	32
	.size	by_port, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"Dual BSD/GPL"
	.size	_license, 13

	.type	counters,@object                # @counters
	.section	.maps,"aw",@progbits
	.globl	counters
	.p2align	3
counters:
	.zero	32
	.size	counters, 32

	.file	4 "/usr/include/linux" "types.h" md5 0xa82ae197a4533c0fa7d08f3ccc99ef94
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	10                              # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
	.long	.Ldebug_loc9-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp7-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	5                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp27-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp27-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	5                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp33-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp46-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp46-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp68-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp79-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp79-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp84-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	1                               # 1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp84-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp89-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	2                               # 2
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp89-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp94-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	3                               # 3
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp94-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp99-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	4                               # 4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp99-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp103-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	5                               # 5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp103-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp107-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	6                               # 6
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp107-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp111-.Lfunc_begin0         #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	7                               # 7
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp111-.Lfunc_begin0         #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	8                               # 8
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp74-.Lfunc_begin0          #   ending offset
	.byte	3                               # Loc expr size
	.byte	17                              # DW_OP_consts
	.byte	0                               # 0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp74-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp84-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp84-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp89-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp89-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp94-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp94-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp99-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp99-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp103-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc9:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp71-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp77-.Lfunc_begin0          #   ending offset
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
	.byte	21                              # DW_TAG_subroutine_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
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
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	29                              # Abbreviation Code
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
	.byte	30                              # Abbreviation Code
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
	.byte	31                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x3c4 DW_TAG_compile_unit
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
	.byte	62                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	13                              # DW_AT_count
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
	.byte	9                               # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x59:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x5d:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	130                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x66:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	151                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6f:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	168                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x78:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	185                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x82:0x5 DW_TAG_pointer_type
	.long	135                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x87:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x8c:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	18                              # DW_AT_count
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
	.byte	16                              # DW_AT_count
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
	.byte	2                               # Abbrev [2] 0xca:0xb DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	213                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	7                               # Abbrev [7] 0xd5:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xd9:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xe2:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	271                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xeb:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	168                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xf4:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	168                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xfe:0x5 DW_TAG_pointer_type
	.long	259                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x103:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x108:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	2                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x10f:0x5 DW_TAG_pointer_type
	.long	276                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x114:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x119:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x120:0x8 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	296                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x128:0x5 DW_TAG_pointer_type
	.long	301                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x12d:0x10 DW_TAG_subroutine_type
	.long	317                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x132:0x5 DW_TAG_formal_parameter
	.long	317                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x137:0x5 DW_TAG_formal_parameter
	.long	318                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x13d:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0x13e:0x5 DW_TAG_pointer_type
	.long	323                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x143:0x1 DW_TAG_const_type
	.byte	11                              # Abbrev [11] 0x144:0x8 DW_TAG_variable
	.byte	18                              # DW_AT_name
	.long	332                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x14c:0x5 DW_TAG_pointer_type
	.long	337                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x151:0x15 DW_TAG_subroutine_type
	.long	358                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x156:0x5 DW_TAG_formal_parameter
	.long	317                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x15b:0x5 DW_TAG_formal_parameter
	.long	317                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x160:0x5 DW_TAG_formal_parameter
	.long	190                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x166:0x4 DW_TAG_base_type
	.byte	19                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x16a:0x8 DW_TAG_variable
	.byte	20                              # DW_AT_name
	.long	370                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x172:0x5 DW_TAG_pointer_type
	.long	375                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x177:0xb DW_TAG_subroutine_type
	.long	358                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0x17c:0x5 DW_TAG_formal_parameter
	.long	317                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x182:0x8 DW_TAG_variable
	.byte	21                              # DW_AT_name
	.long	394                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x18a:0x5 DW_TAG_pointer_type
	.long	399                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x18f:0x5 DW_TAG_subroutine_type
	.long	190                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x194:0x8 DW_TAG_variable
	.byte	22                              # DW_AT_name
	.long	412                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x19c:0x5 DW_TAG_pointer_type
	.long	417                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1a1:0x5 DW_TAG_subroutine_type
	.long	173                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	17                              # Abbrev [17] 0x1a6:0x11 DW_TAG_enumeration_type
	.long	181                             # DW_AT_type
	.byte	25                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6137                            # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x1b0:0x3 DW_TAG_enumerator
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	18                              # Abbrev [18] 0x1b3:0x3 DW_TAG_enumerator
	.byte	24                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x1b7:0x10 DW_TAG_enumeration_type
	.long	181                             # DW_AT_type
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	5838                            # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x1c0:0x3 DW_TAG_enumerator
	.byte	26                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	18                              # Abbrev [18] 0x1c3:0x3 DW_TAG_enumerator
	.byte	27                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1c7:0x31 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	21                              # Abbrev [21] 0x1d6:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	629                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1df:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	61                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1e8:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.long	783                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1f1:0x6 DW_TAG_call_site
	.long	504                             # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x1f8:0x22 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x207:0x9 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.byte	62                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x210:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	63                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.long	168                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x21a:0x1f DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	21                              # Abbrev [21] 0x229:0x9 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	629                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x232:0x6 DW_TAG_call_site
	.long	504                             # DW_AT_call_origin
	.byte	7                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x239:0x3c DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	25                              # Abbrev [25] 0x248:0x8 DW_TAG_formal_parameter
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
	.long	629                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x250:0x9 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.byte	64                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	53                              # DW_AT_decl_line
	.long	190                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x259:0x9 DW_TAG_variable
	.byte	7                               # DW_AT_location
	.byte	65                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	147                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x262:0x9 DW_TAG_variable
	.byte	8                               # DW_AT_location
	.byte	66                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	55                              # DW_AT_decl_line
	.long	147                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x26b:0x9 DW_TAG_variable
	.byte	9                               # DW_AT_location
	.byte	67                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	54                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x275:0x5 DW_TAG_pointer_type
	.long	634                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x27a:0x95 DW_TAG_structure_type
	.byte	60                              # DW_AT_name
	.byte	72                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6917                            # DW_AT_decl_line
	.byte	27                              # Abbrev [27] 0x280:0x9 DW_TAG_member
	.long	649                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x289:0x2b DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6918                            # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x28e:0xa DW_TAG_member
	.long	664                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	0                               # DW_AT_data_member_location
	.byte	30                              # Abbrev [30] 0x298:0x11 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	8                               # DW_AT_alignment
	.byte	31                              # Abbrev [31] 0x29e:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	783                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6919                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	31                              # Abbrev [31] 0x2a9:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	190                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6920                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	31                              # Abbrev [31] 0x2b4:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6923                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2be:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6924                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2c8:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6925                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2d2:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	935                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6926                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2dc:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	947                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6927                            # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2e6:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6929                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2f0:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	935                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6930                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x2fa:0xa DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6931                            # DW_AT_decl_line
	.byte	60                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x304:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6932                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x30f:0x5 DW_TAG_pointer_type
	.long	788                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x314:0x93 DW_TAG_structure_type
	.byte	51                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	3                               # DW_AT_decl_file
	.short	5997                            # DW_AT_decl_line
	.byte	31                              # Abbrev [31] 0x31a:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5998                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x324:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	5999                            # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x32e:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6000                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x338:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6001                            # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x342:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6002                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x34c:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6003                            # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x356:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6005                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x360:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	935                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6006                            # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x36a:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6007                            # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x374:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	947                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6008                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x37e:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6010                            # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x388:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	935                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6011                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x392:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6012                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	31                              # Abbrev [31] 0x39c:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	967                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	6013                            # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x3a7:0xc DW_TAG_array_type
	.long	173                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3ac:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x3b3:0x8 DW_TAG_typedef
	.long	955                             # DW_AT_type
	.byte	45                              # DW_AT_name
	.byte	4                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x3bb:0x8 DW_TAG_typedef
	.long	963                             # DW_AT_type
	.byte	44                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x3c3:0x4 DW_TAG_base_type
	.byte	43                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x3c7:0x8 DW_TAG_typedef
	.long	147                             # DW_AT_type
	.byte	50                              # DW_AT_name
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
	.byte	3                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end3-.Lfunc_begin0      #   ending offset
	.byte	3                               # DW_RLE_startx_length
	.byte	5                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	276                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"tests/c/multi_prog.c"          # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=49
.Linfo_string3:
	.asciz	"_license"                      # string offset=51
.Linfo_string4:
	.asciz	"char"                          # string offset=60
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=65
.Linfo_string6:
	.asciz	"by_port"                       # string offset=85
.Linfo_string7:
	.asciz	"type"                          # string offset=93
.Linfo_string8:
	.asciz	"int"                           # string offset=98
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=102
.Linfo_string10:
	.asciz	"key"                           # string offset=114
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=118
.Linfo_string12:
	.asciz	"__u32"                         # string offset=131
.Linfo_string13:
	.asciz	"value"                         # string offset=137
.Linfo_string14:
	.asciz	"unsigned long long"            # string offset=143
.Linfo_string15:
	.asciz	"__u64"                         # string offset=162
.Linfo_string16:
	.asciz	"counters"                      # string offset=168
.Linfo_string17:
	.asciz	"bpf_map_lookup_elem"           # string offset=177
.Linfo_string18:
	.asciz	"bpf_sk_assign"                 # string offset=197
.Linfo_string19:
	.asciz	"long"                          # string offset=211
.Linfo_string20:
	.asciz	"bpf_sk_release"                # string offset=216
.Linfo_string21:
	.asciz	"bpf_ktime_get_ns"              # string offset=231
.Linfo_string22:
	.asciz	"bpf_get_prandom_u32"           # string offset=248
.Linfo_string23:
	.asciz	"SK_DROP"                       # string offset=268
.Linfo_string24:
	.asciz	"SK_PASS"                       # string offset=276
.Linfo_string25:
	.asciz	"sk_action"                     # string offset=284
.Linfo_string26:
	.asciz	"BPF_SK_LOOKUP_F_REPLACE"       # string offset=294
.Linfo_string27:
	.asciz	"BPF_SK_LOOKUP_F_NO_REUSEPORT"  # string offset=318
.Linfo_string28:
	.asciz	"by_dest_port"                  # string offset=347
.Linfo_string29:
	.asciz	"count"                         # string offset=360
.Linfo_string30:
	.asciz	"drop_odd_ports"                # string offset=366
.Linfo_string31:
	.asciz	"random_pass"                   # string offset=381
.Linfo_string32:
	.asciz	"ctx"                           # string offset=393
.Linfo_string33:
	.asciz	"sk"                            # string offset=397
.Linfo_string34:
	.asciz	"bound_dev_if"                  # string offset=400
.Linfo_string35:
	.asciz	"family"                        # string offset=413
.Linfo_string36:
	.asciz	"protocol"                      # string offset=420
.Linfo_string37:
	.asciz	"mark"                          # string offset=429
.Linfo_string38:
	.asciz	"priority"                      # string offset=434
.Linfo_string39:
	.asciz	"src_ip4"                       # string offset=443
.Linfo_string40:
	.asciz	"src_ip6"                       # string offset=451
.Linfo_string41:
	.asciz	"src_port"                      # string offset=459
.Linfo_string42:
	.asciz	"dst_port"                      # string offset=468
.Linfo_string43:
	.asciz	"unsigned short"                # string offset=477
.Linfo_string44:
	.asciz	"__u16"                         # string offset=492
.Linfo_string45:
	.asciz	"__be16"                        # string offset=498
.Linfo_string46:
	.asciz	"dst_ip4"                       # string offset=505
.Linfo_string47:
	.asciz	"dst_ip6"                       # string offset=513
.Linfo_string48:
	.asciz	"state"                         # string offset=521
.Linfo_string49:
	.asciz	"rx_queue_mapping"              # string offset=527
.Linfo_string50:
	.asciz	"__s32"                         # string offset=544
.Linfo_string51:
	.asciz	"bpf_sock"                      # string offset=550
.Linfo_string52:
	.asciz	"cookie"                        # string offset=559
.Linfo_string53:
	.asciz	"remote_ip4"                    # string offset=566
.Linfo_string54:
	.asciz	"remote_ip6"                    # string offset=577
.Linfo_string55:
	.asciz	"remote_port"                   # string offset=588
.Linfo_string56:
	.asciz	"local_ip4"                     # string offset=600
.Linfo_string57:
	.asciz	"local_ip6"                     # string offset=610
.Linfo_string58:
	.asciz	"local_port"                    # string offset=620
.Linfo_string59:
	.asciz	"ingress_ifindex"               # string offset=631
.Linfo_string60:
	.asciz	"bpf_sk_lookup"                 # string offset=647
.Linfo_string61:
	.asciz	"port"                          # string offset=661
.Linfo_string62:
	.asciz	"idx"                           # string offset=666
.Linfo_string63:
	.asciz	"c"                             # string offset=670
.Linfo_string64:
	.asciz	"t"                             # string offset=672
.Linfo_string65:
	.asciz	"i"                             # string offset=674
.Linfo_string66:
	.asciz	"acc"                           # string offset=676
.Linfo_string67:
	.asciz	"r"                             # string offset=680
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
	.long	.Linfo_string60
	.long	.Linfo_string61
	.long	.Linfo_string62
	.long	.Linfo_string63
	.long	.Linfo_string64
	.long	.Linfo_string65
	.long	.Linfo_string66
	.long	.Linfo_string67
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	_license
	.quad	by_port
	.quad	counters
	.quad	.Lfunc_begin0
	.quad	.Ltmp9
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Ltmp51
	.quad	.Lfunc_begin3
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	944
	.long	944
	.long	996
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
	.long	18
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
	.long	16
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
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	2
	.long	0                               # BTF_KIND_PTR(id = 17)
	.long	33554432                        # 0x2000000
	.long	18
	.long	0                               # BTF_KIND_ARRAY(id = 18)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	4
	.long	0                               # BTF_KIND_STRUCT(id = 19)
	.long	67108868                        # 0x4000004
	.long	32
	.long	69
	.long	15
	.long	0                               # 0x0
	.long	74
	.long	17
	.long	64                              # 0x40
	.long	86
	.long	7
	.long	128                             # 0x80
	.long	90
	.long	7
	.long	192                             # 0xc0
	.long	104                             # BTF_KIND_VAR(id = 20)
	.long	234881024                       # 0xe000000
	.long	19
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 21)
	.long	33554432                        # 0x2000000
	.long	22
	.long	113                             # BTF_KIND_STRUCT(id = 22)
	.long	67108874                        # 0x400000a
	.long	72
	.long	0
	.long	23
	.long	0                               # 0x0
	.long	127
	.long	8
	.long	64                              # 0x40
	.long	134
	.long	8
	.long	96                              # 0x60
	.long	143
	.long	8
	.long	128                             # 0x80
	.long	154
	.long	26
	.long	160                             # 0xa0
	.long	165
	.long	27
	.long	288                             # 0x120
	.long	177
	.long	8
	.long	320                             # 0x140
	.long	187
	.long	26
	.long	352                             # 0x160
	.long	197
	.long	8
	.long	480                             # 0x1e0
	.long	208
	.long	8
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_UNION(id = 23)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	24
	.long	0                               # 0x0
	.long	224
	.long	11
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 24)
	.long	83886081                        # 0x5000001
	.long	8
	.long	231
	.long	25
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 25)
	.long	33554432                        # 0x2000000
	.long	43
	.long	0                               # BTF_KIND_ARRAY(id = 26)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	4
	.long	234                             # BTF_KIND_TYPEDEF(id = 27)
	.long	134217728                       # 0x8000000
	.long	28
	.long	241                             # BTF_KIND_TYPEDEF(id = 28)
	.long	134217728                       # 0x8000000
	.long	29
	.long	247                             # BTF_KIND_INT(id = 29)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 30)
	.long	218103809                       # 0xd000001
	.long	2
	.long	262
	.long	21
	.long	266                             # BTF_KIND_FUNC(id = 31)
	.long	201326593                       # 0xc000001
	.long	30
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 32)
	.long	218103809                       # 0xd000001
	.long	2
	.long	530
	.long	8
	.long	534                             # BTF_KIND_FUNC(id = 33)
	.long	201326592                       # 0xc000000
	.long	32
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 34)
	.long	218103809                       # 0xd000001
	.long	2
	.long	262
	.long	21
	.long	699                             # BTF_KIND_FUNC(id = 35)
	.long	201326593                       # 0xc000001
	.long	34
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 36)
	.long	218103809                       # 0xd000001
	.long	2
	.long	262
	.long	21
	.long	836                             # BTF_KIND_FUNC(id = 37)
	.long	201326593                       # 0xc000001
	.long	36
	.long	959                             # BTF_KIND_INT(id = 38)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 39)
	.long	50331648                        # 0x3000000
	.long	0
	.long	38
	.long	4
	.long	13
	.long	964                             # BTF_KIND_VAR(id = 40)
	.long	234881024                       # 0xe000000
	.long	39
	.long	1
	.long	973                             # BTF_KIND_DATASEC(id = 41)
	.long	251658242                       # 0xf000002
	.long	0
	.long	14
	.long	by_port
	.long	32
	.long	20
	.long	counters
	.long	32
	.long	979                             # BTF_KIND_DATASEC(id = 42)
	.long	251658241                       # 0xf000001
	.long	0
	.long	40
	.long	_license
	.long	13
	.long	987                             # BTF_KIND_FWD(id = 43)
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
	.ascii	"by_port"                       # string offset=96
	.byte	0
	.ascii	"counters"                      # string offset=104
	.byte	0
	.ascii	"bpf_sk_lookup"                 # string offset=113
	.byte	0
	.ascii	"family"                        # string offset=127
	.byte	0
	.ascii	"protocol"                      # string offset=134
	.byte	0
	.ascii	"remote_ip4"                    # string offset=143
	.byte	0
	.ascii	"remote_ip6"                    # string offset=154
	.byte	0
	.ascii	"remote_port"                   # string offset=165
	.byte	0
	.ascii	"local_ip4"                     # string offset=177
	.byte	0
	.ascii	"local_ip6"                     # string offset=187
	.byte	0
	.ascii	"local_port"                    # string offset=197
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=208
	.byte	0
	.ascii	"cookie"                        # string offset=224
	.byte	0
	.ascii	"sk"                            # string offset=231
	.byte	0
	.ascii	"__be16"                        # string offset=234
	.byte	0
	.ascii	"__u16"                         # string offset=241
	.byte	0
	.ascii	"unsigned short"                # string offset=247
	.byte	0
	.ascii	"ctx"                           # string offset=262
	.byte	0
	.ascii	"by_dest_port"                  # string offset=266
	.byte	0
	.ascii	"sk_lookup"                     # string offset=279
	.byte	0
	.ascii	"./tests/c/multi_prog.c"        # string offset=289
	.byte	0
	.ascii	"int by_dest_port(struct bpf_sk_lookup *ctx)" # string offset=312
	.byte	0
	.ascii	"\t__u32 port = ctx->local_port;" # string offset=356
	.byte	0
	.ascii	"\tcount(0);"                   # string offset=387
	.byte	0
	.ascii	"\tsk = bpf_map_lookup_elem(&by_port, &port);" # string offset=398
	.byte	0
	.ascii	"\tif (!sk)"                    # string offset=442
	.byte	0
	.ascii	"\tbpf_sk_assign(ctx, sk, BPF_SK_LOOKUP_F_NO_REUSEPORT);" # string offset=452
	.byte	0
	.ascii	"\tbpf_sk_release(sk);"         # string offset=507
	.byte	0
	.byte	125                             # string offset=528
	.byte	0
	.ascii	"idx"                           # string offset=530
	.byte	0
	.ascii	"count"                         # string offset=534
	.byte	0
	.ascii	".text"                         # string offset=540
	.byte	0
	.ascii	"static __attribute__((noinline)) int count(__u32 idx)" # string offset=546
	.byte	0
	.ascii	"\t__u32 *c = bpf_map_lookup_elem(&counters, &idx);" # string offset=600
	.byte	0
	.ascii	"\tif (c)"                      # string offset=650
	.byte	0
	.ascii	"\t\t__sync_fetch_and_add(c, 1);" # string offset=658
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=688
	.byte	0
	.ascii	"drop_odd_ports"                # string offset=699
	.byte	0
	.ascii	"int drop_odd_ports(struct bpf_sk_lookup *ctx)" # string offset=714
	.byte	0
	.ascii	"\tcount(1);"                   # string offset=760
	.byte	0
	.ascii	"\tif (ctx->sk)"                # string offset=771
	.byte	0
	.ascii	"\treturn (ctx->local_port & 1) ? SK_DROP : SK_PASS;" # string offset=785
	.byte	0
	.ascii	"random_pass"                   # string offset=836
	.byte	0
	.ascii	"\t__u64 t = bpf_ktime_get_ns();" # string offset=848
	.byte	0
	.ascii	"\t__u32 r = bpf_get_prandom_u32();" # string offset=879
	.byte	0
	.ascii	"\t\tacc += (r >> i) & 1;"      # string offset=913
	.byte	0
	.ascii	"\treturn (acc + t) & 1;"       # string offset=936
	.byte	0
	.ascii	"char"                          # string offset=959
	.byte	0
	.ascii	"_license"                      # string offset=964
	.byte	0
	.ascii	".maps"                         # string offset=973
	.byte	0
	.ascii	"license"                       # string offset=979
	.byte	0
	.ascii	"bpf_sock"                      # string offset=987
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	52
	.long	52
	.long	772
	.long	824
	.long	0
	.long	8                               # FuncInfo
	.long	279                             # FuncInfo section string offset=279
	.long	3
	.long	.Lfunc_begin0
	.long	31
	.long	.Lfunc_begin2
	.long	35
	.long	.Lfunc_begin3
	.long	37
	.long	540                             # FuncInfo section string offset=540
	.long	1
	.long	.Lfunc_begin1
	.long	33
	.long	16                              # LineInfo
	.long	279                             # LineInfo section string offset=279
	.long	41
	.long	.Lfunc_begin0
	.long	289
	.long	312
	.long	27648                           # Line 27 Col 0
	.long	.Ltmp2
	.long	289
	.long	356
	.long	29716                           # Line 29 Col 20
	.long	.Ltmp5
	.long	289
	.long	356
	.long	29704                           # Line 29 Col 8
	.long	.Ltmp6
	.long	289
	.long	387
	.long	32770                           # Line 32 Col 2
	.long	.Ltmp11
	.long	289
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp12
	.long	289
	.long	398
	.long	33799                           # Line 33 Col 7
	.long	.Ltmp16
	.long	289
	.long	442
	.long	34822                           # Line 34 Col 6
	.long	.Ltmp19
	.long	289
	.long	452
	.long	36866                           # Line 36 Col 2
	.long	.Ltmp21
	.long	289
	.long	507
	.long	37890                           # Line 37 Col 2
	.long	.Ltmp24
	.long	289
	.long	528
	.long	39937                           # Line 39 Col 1
	.long	.Lfunc_begin2
	.long	289
	.long	714
	.long	43008                           # Line 42 Col 0
	.long	.Ltmp50
	.long	289
	.long	760
	.long	45058                           # Line 44 Col 2
	.long	.Ltmp53
	.long	289
	.long	771
	.long	46091                           # Line 45 Col 11
	.long	.Ltmp56
	.long	289
	.long	771
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp59
	.long	289
	.long	785
	.long	48143                           # Line 47 Col 15
	.long	.Ltmp60
	.long	289
	.long	785
	.long	48137                           # Line 47 Col 9
	.long	.Ltmp63
	.long	289
	.long	528
	.long	49153                           # Line 48 Col 1
	.long	.Ltmp66
	.long	289
	.long	848
	.long	54284                           # Line 53 Col 12
	.long	.Ltmp70
	.long	289
	.long	879
	.long	55308                           # Line 54 Col 12
	.long	.Ltmp73
	.long	289
	.long	913
	.long	59411                           # Line 58 Col 19
	.long	.Ltmp76
	.long	289
	.long	879
	.long	55308                           # Line 54 Col 12
	.long	.Ltmp81
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp82
	.long	289
	.long	913
	.long	59411                           # Line 58 Col 19
	.long	.Ltmp83
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp86
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp87
	.long	289
	.long	913
	.long	59411                           # Line 58 Col 19
	.long	.Ltmp88
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp91
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp92
	.long	289
	.long	913
	.long	59411                           # Line 58 Col 19
	.long	.Ltmp93
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp96
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp97
	.long	289
	.long	913
	.long	59411                           # Line 58 Col 19
	.long	.Ltmp98
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp101
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp102
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp105
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp106
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp109
	.long	289
	.long	913
	.long	59405                           # Line 58 Col 13
	.long	.Ltmp110
	.long	289
	.long	913
	.long	59399                           # Line 58 Col 7
	.long	.Ltmp113
	.long	289
	.long	936
	.long	60425                           # Line 59 Col 9
	.long	.Ltmp114
	.long	289
	.long	936
	.long	60418                           # Line 59 Col 2
	.long	540                             # LineInfo section string offset=540
	.long	6
	.long	.Lfunc_begin1
	.long	289
	.long	546
	.long	18432                           # Line 18 Col 0
	.long	.Ltmp31
	.long	289
	.long	0
	.long	0                               # Line 0 Col 0
	.long	.Ltmp32
	.long	289
	.long	600
	.long	20493                           # Line 20 Col 13
	.long	.Ltmp35
	.long	289
	.long	650
	.long	21510                           # Line 21 Col 6
	.long	.Ltmp40
	.long	289
	.long	658
	.long	22531                           # Line 22 Col 3
	.long	.Ltmp43
	.long	289
	.long	688
	.long	23554                           # Line 23 Col 2
	.addrsig
	.addrsig_sym by_dest_port
	.addrsig_sym drop_odd_ports
	.addrsig_sym random_pass
	.addrsig_sym by_port
	.addrsig_sym _license
	.addrsig_sym counters
	.section	.debug_line,"",@progbits
.Lline_table_start0:
