# The maps-per-program limit (MAX_USED_MAPS, 64): the kernel counts the distinct maps the
# `ld_imm64` instructions name while it resolves them (resolve_pseudo_ldimm64 / add_used_map),
# after the subprogram checks and before check_cfg and the walk; a map named twice counts once.
# The message names no instruction.
.skmap m0, type=array, key=4, value=8, max_entries=1
.skmap m1, type=array, key=4, value=8, max_entries=1
.skmap m2, type=array, key=4, value=8, max_entries=1
.skmap m3, type=array, key=4, value=8, max_entries=1
.skmap m4, type=array, key=4, value=8, max_entries=1
.skmap m5, type=array, key=4, value=8, max_entries=1
.skmap m6, type=array, key=4, value=8, max_entries=1
.skmap m7, type=array, key=4, value=8, max_entries=1
.skmap m8, type=array, key=4, value=8, max_entries=1
.skmap m9, type=array, key=4, value=8, max_entries=1
.skmap m10, type=array, key=4, value=8, max_entries=1
.skmap m11, type=array, key=4, value=8, max_entries=1
.skmap m12, type=array, key=4, value=8, max_entries=1
.skmap m13, type=array, key=4, value=8, max_entries=1
.skmap m14, type=array, key=4, value=8, max_entries=1
.skmap m15, type=array, key=4, value=8, max_entries=1
.skmap m16, type=array, key=4, value=8, max_entries=1
.skmap m17, type=array, key=4, value=8, max_entries=1
.skmap m18, type=array, key=4, value=8, max_entries=1
.skmap m19, type=array, key=4, value=8, max_entries=1
.skmap m20, type=array, key=4, value=8, max_entries=1
.skmap m21, type=array, key=4, value=8, max_entries=1
.skmap m22, type=array, key=4, value=8, max_entries=1
.skmap m23, type=array, key=4, value=8, max_entries=1
.skmap m24, type=array, key=4, value=8, max_entries=1
.skmap m25, type=array, key=4, value=8, max_entries=1
.skmap m26, type=array, key=4, value=8, max_entries=1
.skmap m27, type=array, key=4, value=8, max_entries=1
.skmap m28, type=array, key=4, value=8, max_entries=1
.skmap m29, type=array, key=4, value=8, max_entries=1
.skmap m30, type=array, key=4, value=8, max_entries=1
.skmap m31, type=array, key=4, value=8, max_entries=1
.skmap m32, type=array, key=4, value=8, max_entries=1
.skmap m33, type=array, key=4, value=8, max_entries=1
.skmap m34, type=array, key=4, value=8, max_entries=1
.skmap m35, type=array, key=4, value=8, max_entries=1
.skmap m36, type=array, key=4, value=8, max_entries=1
.skmap m37, type=array, key=4, value=8, max_entries=1
.skmap m38, type=array, key=4, value=8, max_entries=1
.skmap m39, type=array, key=4, value=8, max_entries=1
.skmap m40, type=array, key=4, value=8, max_entries=1
.skmap m41, type=array, key=4, value=8, max_entries=1
.skmap m42, type=array, key=4, value=8, max_entries=1
.skmap m43, type=array, key=4, value=8, max_entries=1
.skmap m44, type=array, key=4, value=8, max_entries=1
.skmap m45, type=array, key=4, value=8, max_entries=1
.skmap m46, type=array, key=4, value=8, max_entries=1
.skmap m47, type=array, key=4, value=8, max_entries=1
.skmap m48, type=array, key=4, value=8, max_entries=1
.skmap m49, type=array, key=4, value=8, max_entries=1
.skmap m50, type=array, key=4, value=8, max_entries=1
.skmap m51, type=array, key=4, value=8, max_entries=1
.skmap m52, type=array, key=4, value=8, max_entries=1
.skmap m53, type=array, key=4, value=8, max_entries=1
.skmap m54, type=array, key=4, value=8, max_entries=1
.skmap m55, type=array, key=4, value=8, max_entries=1
.skmap m56, type=array, key=4, value=8, max_entries=1
.skmap m57, type=array, key=4, value=8, max_entries=1
.skmap m58, type=array, key=4, value=8, max_entries=1
.skmap m59, type=array, key=4, value=8, max_entries=1
.skmap m60, type=array, key=4, value=8, max_entries=1
.skmap m61, type=array, key=4, value=8, max_entries=1
.skmap m62, type=array, key=4, value=8, max_entries=1
.skmap m63, type=array, key=4, value=8, max_entries=1
.skmap m64, type=array, key=4, value=8, max_entries=1

# test: maps_64_distinct_one_twice
# note: 64 distinct maps, the first named again: 64 used maps, accepted.
    r1 = m0 ll
    r1 = m1 ll
    r1 = m2 ll
    r1 = m3 ll
    r1 = m4 ll
    r1 = m5 ll
    r1 = m6 ll
    r1 = m7 ll
    r1 = m8 ll
    r1 = m9 ll
    r1 = m10 ll
    r1 = m11 ll
    r1 = m12 ll
    r1 = m13 ll
    r1 = m14 ll
    r1 = m15 ll
    r1 = m16 ll
    r1 = m17 ll
    r1 = m18 ll
    r1 = m19 ll
    r1 = m20 ll
    r1 = m21 ll
    r1 = m22 ll
    r1 = m23 ll
    r1 = m24 ll
    r1 = m25 ll
    r1 = m26 ll
    r1 = m27 ll
    r1 = m28 ll
    r1 = m29 ll
    r1 = m30 ll
    r1 = m31 ll
    r1 = m32 ll
    r1 = m33 ll
    r1 = m34 ll
    r1 = m35 ll
    r1 = m36 ll
    r1 = m37 ll
    r1 = m38 ll
    r1 = m39 ll
    r1 = m40 ll
    r1 = m41 ll
    r1 = m42 ll
    r1 = m43 ll
    r1 = m44 ll
    r1 = m45 ll
    r1 = m46 ll
    r1 = m47 ll
    r1 = m48 ll
    r1 = m49 ll
    r1 = m50 ll
    r1 = m51 ll
    r1 = m52 ll
    r1 = m53 ll
    r1 = m54 ll
    r1 = m55 ll
    r1 = m56 ll
    r1 = m57 ll
    r1 = m58 ll
    r1 = m59 ll
    r1 = m60 ll
    r1 = m61 ll
    r1 = m62 ll
    r1 = m63 ll
    r1 = m0 ll
    r0 = 1
    exit

# test: maps_65_distinct
# kernel: since 6.12
# note: a 65th distinct map: refused with E2BIG before the walk.
    r1 = m0 ll
    r1 = m1 ll
    r1 = m2 ll
    r1 = m3 ll
    r1 = m4 ll
    r1 = m5 ll
    r1 = m6 ll
    r1 = m7 ll
    r1 = m8 ll
    r1 = m9 ll
    r1 = m10 ll
    r1 = m11 ll
    r1 = m12 ll
    r1 = m13 ll
    r1 = m14 ll
    r1 = m15 ll
    r1 = m16 ll
    r1 = m17 ll
    r1 = m18 ll
    r1 = m19 ll
    r1 = m20 ll
    r1 = m21 ll
    r1 = m22 ll
    r1 = m23 ll
    r1 = m24 ll
    r1 = m25 ll
    r1 = m26 ll
    r1 = m27 ll
    r1 = m28 ll
    r1 = m29 ll
    r1 = m30 ll
    r1 = m31 ll
    r1 = m32 ll
    r1 = m33 ll
    r1 = m34 ll
    r1 = m35 ll
    r1 = m36 ll
    r1 = m37 ll
    r1 = m38 ll
    r1 = m39 ll
    r1 = m40 ll
    r1 = m41 ll
    r1 = m42 ll
    r1 = m43 ll
    r1 = m44 ll
    r1 = m45 ll
    r1 = m46 ll
    r1 = m47 ll
    r1 = m48 ll
    r1 = m49 ll
    r1 = m50 ll
    r1 = m51 ll
    r1 = m52 ll
    r1 = m53 ll
    r1 = m54 ll
    r1 = m55 ll
    r1 = m56 ll
    r1 = m57 ll
    r1 = m58 ll
    r1 = m59 ll
    r1 = m60 ll
    r1 = m61 ll
    r1 = m62 ll
    r1 = m63 ll
    r1 = m64 ll
    r0 = 1
    exit
# error[too-many-maps, E2BIG]: The total number of maps per program has reached the limit of 64

# test: maps_65_distinct_before_cfg
# kernel: since 6.12
# note: the limit is met before check_cfg: the unreachable instruction after the exit is
# note: never reported.
    r1 = m0 ll
    r1 = m1 ll
    r1 = m2 ll
    r1 = m3 ll
    r1 = m4 ll
    r1 = m5 ll
    r1 = m6 ll
    r1 = m7 ll
    r1 = m8 ll
    r1 = m9 ll
    r1 = m10 ll
    r1 = m11 ll
    r1 = m12 ll
    r1 = m13 ll
    r1 = m14 ll
    r1 = m15 ll
    r1 = m16 ll
    r1 = m17 ll
    r1 = m18 ll
    r1 = m19 ll
    r1 = m20 ll
    r1 = m21 ll
    r1 = m22 ll
    r1 = m23 ll
    r1 = m24 ll
    r1 = m25 ll
    r1 = m26 ll
    r1 = m27 ll
    r1 = m28 ll
    r1 = m29 ll
    r1 = m30 ll
    r1 = m31 ll
    r1 = m32 ll
    r1 = m33 ll
    r1 = m34 ll
    r1 = m35 ll
    r1 = m36 ll
    r1 = m37 ll
    r1 = m38 ll
    r1 = m39 ll
    r1 = m40 ll
    r1 = m41 ll
    r1 = m42 ll
    r1 = m43 ll
    r1 = m44 ll
    r1 = m45 ll
    r1 = m46 ll
    r1 = m47 ll
    r1 = m48 ll
    r1 = m49 ll
    r1 = m50 ll
    r1 = m51 ll
    r1 = m52 ll
    r1 = m53 ll
    r1 = m54 ll
    r1 = m55 ll
    r1 = m56 ll
    r1 = m57 ll
    r1 = m58 ll
    r1 = m59 ll
    r1 = m60 ll
    r1 = m61 ll
    r1 = m62 ll
    r1 = m63 ll
    r1 = m64 ll
    r0 = 1
    exit
    r0 = 2
    exit
# error[too-many-maps, E2BIG]: The total number of maps per program has reached the limit of 64
