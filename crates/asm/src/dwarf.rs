//! The DWARF that llvm-mc generates from directives rather than copies from the source: the
//! line table (`.debug_line`, and `.debug_line_str` for DWARF 5) from `.file N ...` and `.loc`,
//! and the call frame tables (`.debug_frame` and/or `.eh_frame`) from `.cfi_*`.
//!
//! It lives apart from [`crate::lower`] because it is state that only a few directives touch
//! and that becomes sections only at the end: [`Dwarf`] collects files, rows and frames while
//! the source is read, through a handful of calls from `lower` (each directive, each
//! instruction or data value emitted, each change of section), and [`Dwarf::finish`] appends the
//! tables and their relocations to the object, in llvm-mc's order and byte for byte as LLVM 14's
//! `llvm-mc -triple bpfel` writes them.
//!
//! The rules followed, all checked against llvm-mc by `tests/dwarf.rs`:
//! * A `.loc` is pending until the next instruction or data value (`.byte`...`.quad`, `.ascii`,
//!   `.uleb128`; not `.zero`), which gets a row at its address; a second `.loc` first gives the
//!   pending one a row at the current address; entering another section drops it.
//! * Only `.file 0` makes the line table DWARF 5 (with `.debug_line_str`); otherwise it is
//!   DWARF 4. Each section with rows is one sequence, in order of its first row, closed at the
//!   section's end.
//! * Frames (`.cfi_startproc` … `.cfi_endproc`) go to `.eh_frame` unless `.cfi_sections` (the
//!   last one) says otherwise; `.debug_frame` has one CIE (version 4) for all FDEs.

use crate::diag::{AsmError, ErrorCode};
use crate::leb128::{sleb, uleb, uleb_len};
use crate::object::{shf, Object, Reloc, RelocKind, RelocTarget};
use std::collections::BTreeMap;
use std::ops::Range;

/// `.loc` flags (LLVM's DWARF2_FLAG_*).
const IS_STMT: u8 = 1;
const BASIC_BLOCK: u8 = 2;
const PROLOGUE_END: u8 = 4;
const EPILOGUE_BEGIN: u8 = 8;

/// Line program parameters of LLVM's BPF target.
const MIN_INST_LENGTH: u64 = 8;
const LINE_BASE: i64 = -5;
const LINE_RANGE: u64 = 14;
const OPCODE_BASE: u64 = 13;
const STANDARD_OPCODE_LENGTHS: [u8; 12] = [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1];

/// Call frame parameters of LLVM's BPF target.
const CODE_ALIGN: u64 = 8;
const DATA_ALIGN: i32 = -4;
const RETURN_ADDRESS_REG: u64 = 11;
/// FDE address encoding in `.eh_frame` (DW_EH_PE_sdata8).
const EH_PTR_ENCODING: u8 = 0x0c;

// DWARF opcodes and forms.
const DW_LNS_COPY: u8 = 1;
const DW_LNS_ADVANCE_PC: u8 = 2;
const DW_LNS_ADVANCE_LINE: u8 = 3;
const DW_LNS_SET_FILE: u8 = 4;
const DW_LNS_SET_COLUMN: u8 = 5;
const DW_LNS_NEGATE_STMT: u8 = 6;
const DW_LNS_SET_BASIC_BLOCK: u8 = 7;
const DW_LNS_CONST_ADD_PC: u8 = 8;
const DW_LNS_SET_PROLOGUE_END: u8 = 10;
const DW_LNS_SET_EPILOGUE_BEGIN: u8 = 11;
const DW_LNS_SET_ISA: u8 = 12;
const DW_LNE_END_SEQUENCE: u8 = 1;
const DW_LNE_SET_ADDRESS: u8 = 2;
const DW_LNE_SET_DISCRIMINATOR: u8 = 4;
const DW_LNCT_PATH: u64 = 1;
const DW_LNCT_DIRECTORY_INDEX: u64 = 2;
const DW_LNCT_MD5: u64 = 5;
const DW_LNCT_LLVM_SOURCE: u64 = 0x2001;
const DW_FORM_UDATA: u64 = 0x0f;
const DW_FORM_DATA16: u64 = 0x1e;
const DW_FORM_LINE_STRP: u64 = 0x1f;
const DW_CFA_ADVANCE_LOC: u8 = 0x40;
const DW_CFA_OFFSET: u8 = 0x80;
const DW_CFA_ADVANCE_LOC1: u8 = 0x02;
const DW_CFA_ADVANCE_LOC2: u8 = 0x03;
const DW_CFA_ADVANCE_LOC4: u8 = 0x04;
const DW_CFA_OFFSET_EXTENDED: u8 = 0x05;
const DW_CFA_DEF_CFA_OFFSET: u8 = 0x0e;
const DW_CFA_OFFSET_EXTENDED_SF: u8 = 0x11;

/// Where the generated sections go: the assembler's sections, created on first use in the
/// order llvm-mc creates them.
pub(crate) trait Output {
    /// The index of the (PROGBITS) section `name`, created with `flags` and `entsize` if new.
    fn section(&mut self, name: &str, flags: u64, entsize: u64) -> usize;
    fn object(&mut self) -> &mut Object;
}

/// A source position as `.loc` sets it (field widths as LLVM stores them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Loc {
    file: u32,
    line: u32,
    column: u16,
    flags: u8,
    isa: u8,
    discriminator: u32,
}

impl Default for Loc {
    fn default() -> Self {
        Loc {
            file: 1,
            line: 1,
            column: 0,
            flags: IS_STMT,
            isa: 0,
            discriminator: 0,
        }
    }
}

#[derive(Debug, Clone)]
struct Row {
    offset: u64,
    loc: Loc,
}

#[derive(Debug, Clone)]
struct File {
    name: Vec<u8>,
    dir: u32,
    md5: Option<[u8; 16]>,
    source: Option<Vec<u8>>,
    /// The `.file` directive, for errors about the table.
    span: Range<usize>,
}

/// The line table of the (only) compile unit.
#[derive(Debug)]
struct LineTable {
    /// `.file 0` was seen: DWARF 5.
    v5: bool,
    /// The directory of `.file 0`.
    comp_dir: Vec<u8>,
    root: Option<File>,
    /// By file number (from 1; sparse until the end, when holes are errors).
    files: BTreeMap<usize, File>,
    /// Include directories other than the compilation directory (index + 1 in the table).
    dirs: Vec<Vec<u8>>,
    all_md5: bool,
    has_source: bool,
    /// One sequence per section, in order of the section's first row.
    sequences: Vec<(usize, Vec<Row>)>,
}

#[derive(Debug, Clone, Copy)]
enum CfiOp {
    DefCfaOffset(i32),
    Offset { reg: u32, offset: i32 },
}

#[derive(Debug)]
struct Frame {
    section: usize,
    begin: u64,
    end: Option<u64>,
    simple: bool,
    /// Each instruction at its section offset.
    ops: Vec<(u64, CfiOp)>,
    span: Range<usize>,
}

#[derive(Debug)]
struct Cfi {
    eh_frame: bool,
    debug_frame: bool,
    frames: Vec<Frame>,
}

impl Default for Cfi {
    fn default() -> Self {
        Cfi {
            eh_frame: true,
            debug_frame: false,
            frames: Vec::new(),
        }
    }
}

/// Line and frame state of one assembly (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct Dwarf {
    /// A `.loc` waits for the next instruction or data value.
    pending: bool,
    loc: Loc,
    lines: Option<Box<LineTable>>,
    cfi: Option<Box<Cfi>>,
    /// The compilation directory when `.file 0` names none (the caller's choice).
    default_comp_dir: Vec<u8>,
}

type Result<T> = std::result::Result<T, AsmError>;

fn bad(span: Range<usize>, msg: impl Into<String>, label: impl Into<String>) -> AsmError {
    AsmError::new(ErrorCode::BadDirective, span, msg, label)
}

impl Dwarf {
    /// The compilation directory to name when `.file 0` names none (llvm-mc names its
    /// working directory); `None` names none.
    pub(crate) fn set_comp_dir(&mut self, dir: Option<&std::path::Path>) {
        self.default_comp_dir = dir
            .map(|d| d.to_string_lossy().into_owned().into_bytes())
            .unwrap_or_default();
    }

    /// Called before an instruction or data value is emitted at `offset` in `section`.
    #[inline]
    pub(crate) fn at(&mut self, section: usize, offset: u64) {
        if self.pending {
            self.add_row(section, offset);
        }
    }

    /// Called when the assembler enters a different section.
    #[inline]
    pub(crate) fn leave_section(&mut self) {
        self.pending = false;
    }

    fn add_row(&mut self, section: usize, offset: u64) {
        self.pending = false;
        let Some(t) = self.lines.as_deref_mut() else {
            return;
        };
        let row = Row {
            offset,
            loc: self.loc,
        };
        match t.sequences.iter_mut().rev().find(|s| s.0 == section) {
            Some(seq) => seq.1.push(row),
            None => t.sequences.push((section, vec![row])),
        }
    }

    fn table(&mut self) -> &mut LineTable {
        self.lines.get_or_insert_with(|| {
            Box::new(LineTable {
                v5: false,
                comp_dir: Vec::new(),
                root: None,
                files: BTreeMap::new(),
                dirs: Vec::new(),
                all_md5: true,
                has_source: false,
                sequences: Vec::new(),
            })
        })
    }

    /// `.file "name"` (returned: it names the FILE symbol) or
    /// `.file N ["dir"] "name" [md5 VALUE] [source "text"]` (a line table entry).
    pub(crate) fn file(
        &mut self,
        args: &str,
        at: usize,
        whole: Range<usize>,
    ) -> Result<Option<Vec<u8>>> {
        let mut lx = Lexer::new(args, at);
        let mut number = None;
        if let Some((Tok::Int(n), r)) = lx.peek() {
            lx.next();
            number = Some(file_number(n, r.clone())?);
        }
        let first = lx.string("a file name in double quotes")?;
        let mut dir = Vec::new();
        let name = match lx.peek() {
            Some((Tok::Str(_), r)) => {
                if number.is_none() {
                    return Err(bad(
                        r,
                        "explicit path specified, but no file number",
                        "`.file N \"dir\" \"name\"` needs N",
                    ));
                }
                dir = first;
                lx.string("a file name")?
            }
            _ => first,
        };
        let mut md5 = None;
        let mut source = None;
        while let Some((tok, r)) = lx.next() {
            match tok {
                Tok::Ident("md5") => {
                    if number.is_none() {
                        return Err(bad(r, "MD5 checksum specified, but no file number", ""));
                    }
                    let v = match lx.next() {
                        Some((Tok::Int(Some(v)), _)) => v,
                        Some((Tok::Int(None), r)) => {
                            return Err(bad(r, "out of range literal value", "at most 128 bits"))
                        }
                        other => {
                            return Err(bad(
                                lx.span_of(other),
                                "expected an MD5 checksum",
                                "e.g. `md5 0x0123456789abcdef0123456789abcdef`",
                            ))
                        }
                    };
                    md5 = Some(v.to_be_bytes());
                }
                Tok::Ident("source") => {
                    if number.is_none() {
                        return Err(bad(r, "source specified, but no file number", ""));
                    }
                    source = Some(lx.string("the source text in double quotes")?);
                }
                _ => {
                    return Err(bad(
                        r,
                        "unexpected token in '.file' directive",
                        "expected `md5 VALUE` or `source \"text\"`",
                    ))
                }
            }
        }
        let Some(number) = number else {
            return Ok(Some(name));
        };
        let file = File {
            name,
            dir: 0,
            md5,
            source,
            span: whole.clone(),
        };
        if number == 0 {
            self.set_root(dir, file);
            Ok(None)
        } else {
            self.add_file(number as usize, dir, file, whole)
                .map(|_| None)
        }
    }

    fn set_root(&mut self, dir: Vec<u8>, file: File) {
        let t = self.table();
        t.v5 = true;
        t.comp_dir = dir;
        t.all_md5 &= file.md5.is_some();
        t.has_source = file.source.is_some();
        t.root = Some(file);
    }

    /// LLVM's `MCDwarfLineTableHeader::tryGetFile` for an explicit number.
    fn add_file(
        &mut self,
        number: usize,
        mut dir: Vec<u8>,
        mut file: File,
        whole: Range<usize>,
    ) -> Result<()> {
        let t = self.table();
        if dir == t.comp_dir {
            dir.clear();
        }
        if file.name.is_empty() {
            file.name = b"<stdin>".to_vec();
            dir.clear();
        }
        if t.files.is_empty() {
            t.all_md5 &= file.md5.is_some();
            t.has_source = file.source.is_some();
        }
        // A file that repeats the root file (same name and checksum) is the root file.
        if t.v5
            && t.root
                .as_ref()
                .is_some_and(|r| !r.name.is_empty() && r.name == file.name && r.md5 == file.md5)
        {
            return Ok(());
        }
        if t.files.contains_key(&number) {
            return Err(bad(whole, "file number already allocated", ""));
        }
        if t.has_source != file.source.is_some() {
            return Err(bad(
                whole,
                "inconsistent use of embedded source",
                "all files or none have `source`",
            ));
        }
        if dir.is_empty() {
            if let Some((d, base)) = split_path(&file.name) {
                dir = d;
                file.name = base;
            }
        }
        file.dir = if dir.is_empty() {
            0
        } else {
            match t.dirs.iter().position(|d| *d == dir) {
                Some(i) => i as u32 + 1,
                None => {
                    t.dirs.push(dir);
                    t.dirs.len() as u32
                }
            }
        };
        t.all_md5 &= file.md5.is_some();
        if file.source.is_some() {
            t.has_source = true;
        }
        t.files.insert(number, file);
        Ok(())
    }

    /// `.loc FILE [LINE [COLUMN]] [basic_block] [prologue_end] [epilogue_begin]
    /// [is_stmt 0|1] [isa N] [discriminator N]`; `here` is the current location.
    pub(crate) fn loc(&mut self, args: &str, at: usize, here: (usize, u64)) -> Result<()> {
        let mut lx = Lexer::new(args, at);
        let unexpected = |r: Range<usize>| {
            bad(
                r,
                "unexpected token in '.loc' directive",
                "expected `.loc FILE LINE COLUMN [flags]`",
            )
        };
        let (file, file_span) = match lx.next() {
            Some((Tok::Int(Some(n)), r)) if n <= i64::MAX as u128 => (n as u32, r),
            other => return Err(unexpected(lx.span_of(other))),
        };
        let v5 = self.lines.as_ref().is_some_and(|t| t.v5);
        if file == 0 && !v5 {
            return Err(bad(
                file_span,
                "file number less than one in '.loc' directive",
                "file 0 needs `.file 0` (DWARF 5)",
            ));
        }
        let declared = file == 0
            || self
                .lines
                .as_ref()
                .is_some_and(|t| t.files.contains_key(&(file as usize)));
        if !declared {
            return Err(bad(
                file_span,
                "unassigned file number in '.loc' directive",
                format!("no `.file {file}` before this"),
            ));
        }
        let mut numbers = [0u64; 2];
        for n in &mut numbers {
            match lx.peek() {
                Some((Tok::Int(Some(v)), _)) if v <= i64::MAX as u128 => {
                    lx.next();
                    *n = v as u64;
                }
                Some((Tok::Int(_), r)) => return Err(unexpected(r)),
                _ => break,
            }
        }
        let mut loc = Loc {
            file,
            line: numbers[0] as u32,
            column: numbers[1] as u16,
            flags: self.loc.flags & IS_STMT,
            isa: 0,
            discriminator: 0,
        };
        while let Some((tok, r)) = lx.next() {
            let Tok::Ident(word) = tok else {
                return Err(unexpected(r));
            };
            match word {
                "basic_block" => loc.flags |= BASIC_BLOCK,
                "prologue_end" => loc.flags |= PROLOGUE_END,
                "epilogue_begin" => loc.flags |= EPILOGUE_BEGIN,
                "is_stmt" => {
                    let (v, vr) = lx.value()?;
                    match v.map(|v| v as i32) {
                        Some(0) => loc.flags &= !IS_STMT,
                        Some(1) => loc.flags |= IS_STMT,
                        Some(_) => return Err(bad(vr, "is_stmt value not 0 or 1", "")),
                        None => {
                            return Err(bad(
                                vr,
                                "is_stmt value not the constant value of 0 or 1",
                                "",
                            ))
                        }
                    }
                }
                "isa" => {
                    let (v, vr) = lx.value()?;
                    match v.map(|v| v as i32) {
                        Some(v) if v < 0 => {
                            return Err(bad(vr, "isa number less than zero", ""));
                        }
                        Some(v) => loc.isa = v as u8,
                        None => return Err(bad(vr, "isa number not a constant value", "")),
                    }
                }
                "discriminator" => {
                    let (v, vr) = lx.value()?;
                    match v {
                        Some(v) => loc.discriminator = v as u32,
                        None => return Err(bad(vr, "expected absolute expression", "")),
                    }
                }
                _ => {
                    return Err(bad(
                        r,
                        "unknown sub-directive in '.loc' directive",
                        "expected basic_block, prologue_end, epilogue_begin, is_stmt, isa or discriminator",
                    ))
                }
            }
        }
        self.at(here.0, here.1);
        self.loc = loc;
        self.pending = true;
        Ok(())
    }

    /// `.cfi_sections`, `.cfi_startproc`, `.cfi_endproc`, `.cfi_def_cfa_offset`, `.cfi_offset`.
    pub(crate) fn cfi(
        &mut self,
        name: &str,
        args: &str,
        at: usize,
        whole: Range<usize>,
        here: (usize, u64),
    ) -> Result<()> {
        let mut lx = Lexer::new(args, at);
        let cfi = self.cfi.get_or_insert_with(Box::default);
        let open = cfi.frames.last_mut().filter(|f| f.end.is_none());
        let outside = || {
            bad(
                whole.clone(),
                "this directive must appear between .cfi_startproc and .cfi_endproc directives",
                "no open frame",
            )
        };
        match name {
            ".cfi_sections" => {
                let (mut eh, mut debug) = (false, false);
                let mut expect_name = true;
                let mut last = None;
                while let Some((tok, r)) = lx.next() {
                    match (expect_name, tok) {
                        (true, Tok::Ident(s)) => {
                            eh |= s == ".eh_frame";
                            debug |= s == ".debug_frame";
                        }
                        (false, Tok::Punct(',')) => {}
                        (true, _) => return Err(bad(r, "expected a section name", "")),
                        (false, _) => return Err(bad(r, "expected comma", "")),
                    }
                    expect_name = !expect_name;
                    last = Some(r);
                }
                if let (true, Some(r)) = (expect_name, last) {
                    return Err(bad(r, "expected a section name after the comma", ""));
                }
                cfi.eh_frame = eh;
                cfi.debug_frame = debug;
            }
            ".cfi_startproc" => {
                let simple = match lx.next() {
                    None => false,
                    Some((Tok::Ident("simple"), _)) => true,
                    Some((_, r)) => return Err(bad(r, "unexpected token", "expected `simple`")),
                };
                lx.end()?;
                if let Some(f) = open {
                    let prev = f.span.clone();
                    return Err(bad(
                        whole,
                        "starting new .cfi frame before finishing the previous one",
                        "",
                    )
                    .with_secondary(prev, "this frame is still open"));
                }
                cfi.frames.push(Frame {
                    section: here.0,
                    begin: here.1,
                    end: None,
                    simple,
                    ops: Vec::new(),
                    span: whole,
                });
            }
            ".cfi_endproc" => {
                lx.end()?;
                let Some(f) = open else {
                    return Err(outside());
                };
                if f.section != here.0 {
                    return Err(bad(
                        whole,
                        "the frame ends in another section than it starts",
                        "LLVM: cannot represent a difference across sections",
                    )
                    .with_secondary(f.span.clone(), "the frame starts here"));
                }
                f.end = Some(here.1);
            }
            _ => {
                let op = if name == ".cfi_def_cfa_offset" {
                    let (v, vr) = lx.value()?;
                    let v = v.ok_or_else(|| bad(vr, "expected absolute expression", ""))?;
                    CfiOp::DefCfaOffset(v as i32)
                } else {
                    let reg = match lx.next() {
                        Some((Tok::Int(Some(n)), _)) if n <= i64::MAX as u128 => n as u32,
                        other => {
                            return Err(bad(
                                lx.span_of(other),
                                "invalid register name",
                                "BPF takes a DWARF register number here",
                            ))
                        }
                    };
                    match lx.next() {
                        Some((Tok::Punct(','), _)) => {}
                        other => return Err(bad(lx.span_of(other), "expected comma", "")),
                    }
                    let (v, vr) = lx.value()?;
                    let v = v.ok_or_else(|| bad(vr, "expected absolute expression", ""))?;
                    CfiOp::Offset {
                        reg,
                        offset: v as i32,
                    }
                };
                lx.end()?;
                let Some(f) = open else {
                    return Err(outside());
                };
                if f.section != here.0 {
                    return Err(bad(
                        whole,
                        "this CFI directive is in another section than its frame",
                        "LLVM: cannot represent a difference across sections",
                    ));
                }
                f.ops.push((here.1, op));
            }
        }
        Ok(())
    }

    /// Checks what is only known at the end and appends the tables to the object.
    pub(crate) fn finish(self, out: &mut impl Output) -> Vec<AsmError> {
        let mut errors = Vec::new();
        if let Some(cfi) = &self.cfi {
            if let Some(f) = cfi.frames.last().filter(|f| f.end.is_none()) {
                errors.push(bad(
                    f.span.clone(),
                    "Unfinished frame!",
                    "this .cfi_startproc has no .cfi_endproc",
                ));
            }
        }
        if let Some(t) = &self.lines {
            // Each missing number below a used one, reported at the next `.file` (the first
            // few: a huge number would leave billions).
            let mut expected = 1;
            'holes: for (&number, f) in &t.files {
                for missing in expected..number {
                    if errors.len() >= 16 {
                        break 'holes;
                    }
                    errors.push(bad(
                        f.span.clone(),
                        format!("unassigned file number: {missing} for .file directives"),
                        format!("file numbers skip {missing}"),
                    ));
                }
                expected = number + 1;
            }
        }
        if !errors.is_empty() {
            return errors;
        }
        if let Some(cfi) = &self.cfi {
            if !cfi.frames.is_empty() {
                // Frames are grouped by CIE (here: whether `simple`), keeping their order.
                let mut frames: Vec<&Frame> = cfi.frames.iter().collect();
                frames.sort_by_key(|f| f.simple);
                if cfi.eh_frame {
                    emit_frames(out, &frames, true);
                }
                if cfi.debug_frame {
                    emit_frames(out, &frames, false);
                }
            }
        }
        if let Some(t) = &self.lines {
            emit_line_table(out, t, &self.default_comp_dir);
        }
        errors
    }
}

/// A path's directory and file name, as LLVM's `parent_path` and `filename` split it; `None`
/// when there is no directory part.
fn split_path(path: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let cut = path.iter().rposition(|&c| c == b'/')?;
    let (mut end, base) = if cut + 1 == path.len() {
        // "dir/" names "." in "dir".
        let end = path.iter().rposition(|&c| c != b'/')? + 1;
        (end, b".".to_vec())
    } else {
        (cut, path[cut + 1..].to_vec())
    };
    while end > 0 && path[end - 1] == b'/' {
        end -= 1;
    }
    let dir = if end == 0 {
        b"/".to_vec()
    } else {
        path[..end].to_vec()
    };
    Some((dir, base))
}

/// A `.file` number: LLVM keeps 32 bits of it.
fn file_number(n: Option<u128>, r: Range<usize>) -> Result<u32> {
    Ok(n.filter(|&n| n <= i64::MAX as u128)
        .ok_or_else(|| bad(r, "file number out of range", ""))? as u32)
}

fn pad_to(data: &mut Vec<u8>, align: usize) {
    data.resize(data.len().div_ceil(align) * align, 0);
}

fn patch_u32(data: &mut [u8], at: usize, v: u32) {
    data[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn push_reloc(obj: &mut Object, sec: usize, offset: usize, kind: RelocKind, target: usize) {
    obj.sections[sec].relocs.push(Reloc {
        offset: offset as u64,
        kind,
        target: RelocTarget::Section(target),
    });
}

/// `.eh_frame` (`eh`) or `.debug_frame`, appended after whatever the section holds.
fn emit_frames(out: &mut impl Output, frames: &[&Frame], eh: bool) {
    let sec = if eh {
        out.section(".eh_frame", shf::ALLOC, 0)
    } else {
        out.section(".debug_frame", 0, 0)
    };
    let obj = out.object();
    let s = &mut obj.sections[sec];
    s.align = s.align.max(8);
    let mut data = std::mem::take(&mut s.data);
    let mut relocs = Vec::new();
    let mut cie: Option<(usize, bool)> = None;
    for f in frames {
        if cie.is_none() || (eh && cie.is_some_and(|c| c.1 != f.simple)) {
            cie = Some((data.len(), f.simple));
            emit_cie(&mut data, eh);
        }
        let cie_at = cie.map_or(0, |c| c.0);
        let len_at = data.len();
        data.extend_from_slice(&[0; 4]);
        let ptr_at = data.len();
        if eh {
            data.extend_from_slice(&((ptr_at - cie_at) as u32).to_le_bytes());
        } else {
            relocs.push((ptr_at, RelocKind::Bpf64Abs32, sec));
            data.extend_from_slice(&(cie_at as u32).to_le_bytes());
        }
        relocs.push((data.len(), RelocKind::Bpf64Abs64, f.section));
        data.extend_from_slice(&f.begin.to_le_bytes());
        let end = f.end.unwrap_or(f.begin);
        data.extend_from_slice(&(end - f.begin).to_le_bytes());
        if eh {
            uleb(&mut data, 0);
        }
        let mut base = f.begin;
        for &(at, op) in &f.ops {
            advance_loc(&mut data, (at - base) / CODE_ALIGN);
            base = at;
            match op {
                CfiOp::DefCfaOffset(v) => {
                    data.push(DW_CFA_DEF_CFA_OFFSET);
                    uleb(&mut data, v as i64 as u64);
                }
                CfiOp::Offset { reg, offset } => {
                    let factored = offset / DATA_ALIGN;
                    if factored < 0 {
                        data.push(DW_CFA_OFFSET_EXTENDED_SF);
                        uleb(&mut data, reg as u64);
                        sleb(&mut data, factored as i64);
                    } else if reg < 64 {
                        data.push(DW_CFA_OFFSET | reg as u8);
                        uleb(&mut data, factored as u64);
                    } else {
                        data.push(DW_CFA_OFFSET_EXTENDED);
                        uleb(&mut data, reg as u64);
                        uleb(&mut data, factored as u64);
                    }
                }
            }
        }
        pad_to(&mut data, 8);
        let len = (data.len() - len_at - 4) as u32;
        patch_u32(&mut data, len_at, len);
    }
    obj.sections[sec].data = data;
    for (at, kind, target) in relocs {
        push_reloc(obj, sec, at, kind, target);
    }
}

fn emit_cie(data: &mut Vec<u8>, eh: bool) {
    let len_at = data.len();
    data.extend_from_slice(&[0; 4]);
    if eh {
        data.extend_from_slice(&0u32.to_le_bytes());
        data.push(1);
        data.extend_from_slice(b"zR\0");
    } else {
        data.extend_from_slice(&u32::MAX.to_le_bytes());
        data.push(4);
        data.push(0);
        // Address size, segment selector size.
        data.extend_from_slice(&[8, 0]);
    }
    uleb(data, CODE_ALIGN);
    sleb(data, DATA_ALIGN as i64);
    if eh {
        data.push(RETURN_ADDRESS_REG as u8);
        uleb(data, 1);
        data.push(EH_PTR_ENCODING);
    } else {
        uleb(data, RETURN_ADDRESS_REG);
    }
    pad_to(data, if eh { 4 } else { 8 });
    let len = (data.len() - len_at - 4) as u32;
    patch_u32(data, len_at, len);
}

fn advance_loc(data: &mut Vec<u8>, delta: u64) {
    if delta == 0 {
    } else if delta < 0x40 {
        data.push(DW_CFA_ADVANCE_LOC | delta as u8);
    } else if delta <= 0xff {
        data.extend_from_slice(&[DW_CFA_ADVANCE_LOC1, delta as u8]);
    } else if delta <= 0xffff {
        data.push(DW_CFA_ADVANCE_LOC2);
        data.extend_from_slice(&(delta as u16).to_le_bytes());
    } else {
        data.push(DW_CFA_ADVANCE_LOC4);
        data.extend_from_slice(&(delta as u32).to_le_bytes());
    }
}

/// `.debug_line_str`: strings in order of first use, each once.
#[derive(Default)]
struct LineStr {
    data: Vec<u8>,
    offsets: Vec<(Vec<u8>, u32)>,
}

impl LineStr {
    fn add(&mut self, s: &[u8]) -> u32 {
        if let Some((_, o)) = self.offsets.iter().find(|(k, _)| k == s) {
            return *o;
        }
        let o = self.data.len() as u32;
        self.data.extend_from_slice(s);
        self.data.push(0);
        self.offsets.push((s.to_vec(), o));
        o
    }
}

fn emit_line_table(out: &mut impl Output, t: &LineTable, default_comp_dir: &[u8]) {
    // llvm-mc stands file 1 in for a root file without a name.
    let root = match (&t.root, t.files.get(&1)) {
        (Some(r), Some(f)) if r.name.is_empty() => Some(f),
        (r, _) => r.as_ref(),
    };
    let sizes: Vec<(usize, u64)> = t
        .sequences
        .iter()
        .map(|(s, _)| (*s, out.object().sections[*s].size()))
        .collect();
    let sec = out.section(".debug_line", 0, 0);
    let mut strs = LineStr::default();
    let obj = out.object();
    let mut data = std::mem::take(&mut obj.sections[sec].data);
    // (offset in .debug_line, string offset) and (offset, section) to relocate.
    let mut str_refs: Vec<usize> = Vec::new();
    let mut addr_refs: Vec<(usize, usize)> = Vec::new();
    let start = data.len();
    data.extend_from_slice(&[0; 4]);
    data.extend_from_slice(&(if t.v5 { 5u16 } else { 4 }).to_le_bytes());
    if t.v5 {
        // Address size, segment selector size.
        data.extend_from_slice(&[8, 0]);
    }
    let header_len_at = data.len();
    data.extend_from_slice(&[0; 4]);
    data.extend_from_slice(&[
        MIN_INST_LENGTH as u8,
        1,
        1,
        LINE_BASE as i8 as u8,
        LINE_RANGE as u8,
        OPCODE_BASE as u8,
    ]);
    data.extend_from_slice(&STANDARD_OPCODE_LENGTHS);
    let mut strp = |data: &mut Vec<u8>, s: &[u8]| {
        str_refs.push(data.len());
        data.extend_from_slice(&strs.add(s).to_le_bytes());
    };
    if t.v5 {
        data.push(1);
        uleb(&mut data, DW_LNCT_PATH);
        uleb(&mut data, DW_FORM_LINE_STRP);
        uleb(&mut data, t.dirs.len() as u64 + 1);
        let comp_dir = if t.comp_dir.is_empty() {
            default_comp_dir.to_vec()
        } else {
            t.comp_dir.clone()
        };
        strp(&mut data, &comp_dir);
        for d in &t.dirs {
            strp(&mut data, d);
        }
        data.push(2 + t.all_md5 as u8 + t.has_source as u8);
        uleb(&mut data, DW_LNCT_PATH);
        uleb(&mut data, DW_FORM_LINE_STRP);
        uleb(&mut data, DW_LNCT_DIRECTORY_INDEX);
        uleb(&mut data, DW_FORM_UDATA);
        if t.all_md5 {
            uleb(&mut data, DW_LNCT_MD5);
            uleb(&mut data, DW_FORM_DATA16);
        }
        if t.has_source {
            uleb(&mut data, DW_LNCT_LLVM_SOURCE);
            uleb(&mut data, DW_FORM_LINE_STRP);
        }
        // Numbers 1..=N without holes (checked in `finish`), and the root file as 0.
        uleb(&mut data, t.files.len() as u64 + 1);
        let files = root.into_iter().chain(t.files.values());
        for f in files {
            strp(&mut data, &f.name);
            uleb(&mut data, f.dir as u64);
            if t.all_md5 {
                data.extend_from_slice(&f.md5.unwrap_or_default());
            }
            if t.has_source {
                strp(&mut data, f.source.as_deref().unwrap_or_default());
            }
        }
    } else {
        for d in &t.dirs {
            data.extend_from_slice(d);
            data.push(0);
        }
        data.push(0);
        for f in t.files.values() {
            data.extend_from_slice(&f.name);
            data.push(0);
            uleb(&mut data, f.dir as u64);
            data.extend_from_slice(&[0, 0]);
        }
        data.push(0);
    }
    let header_len = (data.len() - header_len_at - 4) as u32;
    patch_u32(&mut data, header_len_at, header_len);
    for ((section, rows), (_, size)) in t.sequences.iter().zip(&sizes) {
        line_program(&mut data, &mut addr_refs, *section, rows, *size);
    }
    let unit_len = (data.len() - start - 4) as u32;
    patch_u32(&mut data, start, unit_len);
    obj.sections[sec].data = data;
    for (at, target) in addr_refs {
        push_reloc(obj, sec, at, RelocKind::Bpf64Abs64, target);
    }
    if t.v5 {
        let ls = out.section(".debug_line_str", shf::MERGE | shf::STRINGS, 1);
        let obj = out.object();
        // The references count from the section's start, where LLVM puts its label.
        obj.sections[ls].data.extend_from_slice(&strs.data);
        for at in str_refs {
            push_reloc(obj, sec, at, RelocKind::Bpf64Abs32, ls);
        }
    }
}

/// One sequence: the rows of `section`, then the end of the section.
fn line_program(
    data: &mut Vec<u8>,
    addr_refs: &mut Vec<(usize, usize)>,
    section: usize,
    rows: &[Row],
    size: u64,
) {
    let mut cur = Loc::default();
    let mut last: Option<u64> = None;
    for row in rows {
        let l = row.loc;
        let line_delta = l.line as i64 - cur.line as i64;
        if cur.file != l.file {
            data.push(DW_LNS_SET_FILE);
            uleb(data, l.file as u64);
        }
        if cur.column != l.column {
            data.push(DW_LNS_SET_COLUMN);
            uleb(data, l.column as u64);
        }
        if l.discriminator != 0 {
            data.push(0);
            uleb(data, uleb_len(l.discriminator as u64) + 1);
            data.push(DW_LNE_SET_DISCRIMINATOR);
            uleb(data, l.discriminator as u64);
        }
        if cur.isa != l.isa {
            data.push(DW_LNS_SET_ISA);
            uleb(data, l.isa as u64);
        }
        if (cur.flags ^ l.flags) & IS_STMT != 0 {
            data.push(DW_LNS_NEGATE_STMT);
        }
        if l.flags & BASIC_BLOCK != 0 {
            data.push(DW_LNS_SET_BASIC_BLOCK);
        }
        if l.flags & PROLOGUE_END != 0 {
            data.push(DW_LNS_SET_PROLOGUE_END);
        }
        if l.flags & EPILOGUE_BEGIN != 0 {
            data.push(DW_LNS_SET_EPILOGUE_BEGIN);
        }
        let addr_delta = match last {
            None => {
                data.extend_from_slice(&[0, 9, DW_LNE_SET_ADDRESS]);
                addr_refs.push((data.len(), section));
                data.extend_from_slice(&row.offset.to_le_bytes());
                0
            }
            Some(prev) => row.offset.wrapping_sub(prev),
        };
        advance(data, Some(line_delta), addr_delta / MIN_INST_LENGTH);
        cur = l;
        last = Some(row.offset);
    }
    let prev = last.unwrap_or(0);
    advance(data, None, size.wrapping_sub(prev) / MIN_INST_LENGTH);
}

/// A row `line_delta` lines and `addr` instructions on, or with `None` the end of the
/// sequence `addr` instructions on (LLVM's `MCDwarfLineAddr::encode`).
fn advance(data: &mut Vec<u8>, line_delta: Option<i64>, addr: u64) {
    let max_special_addr = (255 - OPCODE_BASE) / LINE_RANGE;
    let Some(mut line_delta) = line_delta else {
        if addr == max_special_addr {
            data.push(DW_LNS_CONST_ADD_PC);
        } else if addr != 0 {
            data.push(DW_LNS_ADVANCE_PC);
            uleb(data, addr);
        }
        data.extend_from_slice(&[0, 1, DW_LNE_END_SEQUENCE]);
        return;
    };
    let mut temp = line_delta.wrapping_sub(LINE_BASE) as u64;
    let mut need_copy = false;
    if temp >= LINE_RANGE || temp + OPCODE_BASE > 255 {
        data.push(DW_LNS_ADVANCE_LINE);
        sleb(data, line_delta);
        line_delta = 0;
        temp = (-LINE_BASE) as u64;
        need_copy = true;
    }
    if line_delta == 0 && addr == 0 {
        data.push(DW_LNS_COPY);
        return;
    }
    temp += OPCODE_BASE;
    if addr < 256 + max_special_addr {
        let op = temp + addr * LINE_RANGE;
        if op <= 255 {
            data.push(op as u8);
            return;
        }
        let op = temp + (addr - max_special_addr) * LINE_RANGE;
        if op <= 255 {
            data.extend_from_slice(&[DW_LNS_CONST_ADD_PC, op as u8]);
            return;
        }
    }
    data.push(DW_LNS_ADVANCE_PC);
    uleb(data, addr);
    data.push(if need_copy { DW_LNS_COPY } else { temp as u8 });
}

/// Tokens of directive arguments, as LLVM's assembly lexer splits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    /// An integer literal (decimal, 0x hex, 0b binary, 0 octal); `None` if malformed or over
    /// 128 bits.
    Int(Option<u128>),
    /// A string literal, with its quotes.
    Str(&'a str),
    Ident(&'a str),
    Punct(char),
}

#[derive(Clone, Copy)]
struct Lexer<'a> {
    s: &'a str,
    pos: usize,
    /// Byte offset of `s` in the source.
    base: usize,
}

impl<'a> Lexer<'a> {
    fn new(s: &'a str, base: usize) -> Self {
        Lexer { s, pos: 0, base }
    }

    fn peek(&self) -> Option<(Tok<'a>, Range<usize>)> {
        let mut l = *self;
        l.next()
    }

    fn next(&mut self) -> Option<(Tok<'a>, Range<usize>)> {
        let rest = &self.s[self.pos..];
        let trimmed = rest.trim_start();
        let start = self.pos + rest.len() - trimmed.len();
        let b = trimmed.as_bytes();
        let first = *b.first()?;
        let ident = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$' | b'@');
        let (tok, len) = if first == b'"' {
            let mut i = 1;
            loop {
                match b.get(i) {
                    None => break (Tok::Punct('"'), 1),
                    Some(b'\\') => i += 2,
                    Some(b'"') => break (Tok::Str(&trimmed[..i + 1]), i + 1),
                    Some(_) => i += 1,
                }
            }
        } else if first.is_ascii_digit() {
            let n = b.iter().take_while(|&&c| ident(c) && c != b'.').count();
            (Tok::Int(int_literal(&trimmed[..n])), n)
        } else if ident(first) {
            let n = b.iter().take_while(|&&c| ident(c)).count();
            (Tok::Ident(&trimmed[..n]), n)
        } else {
            let c = trimmed.chars().next()?;
            (Tok::Punct(c), c.len_utf8())
        };
        self.pos = start + len;
        Some((tok, self.base + start..self.base + start + len))
    }

    /// The span of a token, or the end of the arguments when there is none.
    fn span_of(&self, t: Option<(Tok<'a>, Range<usize>)>) -> Range<usize> {
        t.map_or(self.base + self.s.len()..self.base + self.s.len(), |t| t.1)
    }

    fn string(&mut self, what: &str) -> Result<Vec<u8>> {
        match self.next() {
            Some((Tok::Str(s), r)) => {
                crate::lower::unquote(s).ok_or_else(|| bad(r, "bad escape in string", ""))
            }
            other => Err(bad(self.span_of(other), format!("expected {what}"), "")),
        }
    }

    fn end(&mut self) -> Result<()> {
        match self.next() {
            None => Ok(()),
            Some((_, r)) => Err(bad(r, "expected the end of the line", "")),
        }
    }

    /// A constant: integers joined by `+` and `-`, with an optional leading sign. `None`
    /// (with the span) when it is not one; the error when nothing follows.
    fn value(&mut self) -> Result<(Option<i64>, Range<usize>)> {
        let start = self.span_of(self.peek());
        if self.peek().is_none() {
            return Err(bad(
                start,
                "unknown token in expression",
                "expected a value",
            ));
        }
        let mut total: i64 = 0;
        let mut end: usize;
        let mut sign = 1i64;
        loop {
            while let Some((Tok::Punct(c @ ('-' | '+')), _)) = self.peek() {
                self.next();
                if c == '-' {
                    sign = -sign;
                }
            }
            match self.next() {
                Some((Tok::Int(Some(v)), r)) if v <= u64::MAX as u128 => {
                    total = total.wrapping_add(sign.wrapping_mul(v as u64 as i64));
                    end = r.end;
                }
                other => {
                    let r = self.span_of(other);
                    return Ok((None, start.start..r.end.max(start.end)));
                }
            }
            sign = 1;
            match self.peek() {
                Some((Tok::Punct('-' | '+'), _)) => {}
                _ => return Ok((Some(total), start.start..end)),
            }
        }
    }
}

/// An integer literal as LLVM reads one.
fn int_literal(s: &str) -> Option<u128> {
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (b, 2)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    u128::from_str_radix(digits, radix).ok()
}
