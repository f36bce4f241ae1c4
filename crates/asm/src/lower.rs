//! Source text to [`Object`]: lines, labels, directives, data and instructions, then the
//! resolution of labels, calls, map references and data expressions into encoded bytes and
//! relocations, following llvm-mc's rules for BPF (which symbol a relocation names, which
//! relocation type a data word gets, what goes in place).
//!
//! Data directives emit bytes in any section, code included (raw encodings between
//! instructions, as llvm-mc accepts them), so an instruction may start at any byte; jump
//! and call offsets are therefore computed from byte distances, rounded down to slots as
//! LLVM's fixups do.

use crate::diag::{edit_distance, AsmError, ErrorCode};
use crate::dwarf::Dwarf;
use crate::expr::{self, Expr, Term};
use crate::lines::{Block, FixupKind, PendingFixup, Stmt};
use crate::object::*;
use crate::options::AssembleOptions;
use crate::symtab::{SymId, SymInfo, SymTab};
use crate::syntax;
use isa::{CallKind, Insn, Pc, RawInsn};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::io::Read;
use std::ops::Range;
use std::sync::atomic::Ordering::Relaxed;

/// The slot llvm-mc pads code with (`BPFAsmBackend::writeNopData`): not a valid instruction
/// (opcode 0), but what the alignment directives put between instructions.
const BPF_NOP: u64 = 0x1500_0000;

/// Bytes of source per [`Block`]: large enough to amortise the hand-over between threads,
/// small enough that the blocks in flight stay a few MiB.
const BLOCK_BYTES: usize = 256 * 1024;
/// Sources at least this large run the per-line work on a second thread.
const THREADED_FROM: usize = 1 << 20;

/// Assembles bytes (checked to be UTF-8) into an object.
pub fn assemble_bytes(bytes: &[u8]) -> Result<Object, Vec<AsmError>> {
    match std::str::from_utf8(bytes) {
        Ok(s) => assemble(s),
        Err(e) => Err(vec![invalid_utf8(e.valid_up_to())]),
    }
}

/// Assembles LLVM-syntax BPF assembly into an object. Every error found is returned.
pub fn assemble(source: &str) -> Result<Object, Vec<AsmError>> {
    assemble_with(source, &AssembleOptions::default())
}

/// [`assemble`] with the caller's options.
pub fn assemble_with(source: &str, options: &AssembleOptions) -> Result<Object, Vec<AsmError>> {
    assemble_in_blocks(source, BLOCK_BYTES, source.len() >= THREADED_FROM, options)
}

/// [`assemble`] with a chosen block size and threading, for tests that compare the ways of
/// splitting the work.
#[doc(hidden)]
pub fn assemble_in_blocks(
    source: &str,
    block_bytes: usize,
    threaded: bool,
    options: &AssembleOptions,
) -> Result<Object, Vec<AsmError>> {
    let mut base = 0;
    let blocks = std::iter::from_fn(move || {
        let rest = &source[base..];
        if rest.is_empty() {
            return None;
        }
        let cut = match rest.as_bytes().get(block_bytes..) {
            Some(after) => after
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| block_bytes + i + 1),
            None => rest.len(),
        };
        let block = (Cow::Borrowed(&rest[..cut]), base);
        base += cut;
        Some(Ok(block))
    });
    match run(blocks, source.len(), threaded, options) {
        Ok(r) => r,
        Err(Stop::Rejected(e)) => Err(vec![e]),
        Err(Stop::Io(_)) => unreachable!("no reading from a string"),
    }
}

/// Assembles a source read from `reader` (of about `size_hint` bytes, 0 if unknown) without
/// holding it all in memory. The outer error is a failure to read; the inner errors are
/// about the source, whose text the caller reads again to render them.
pub fn assemble_reader(
    reader: impl Read + Send,
    size_hint: usize,
    options: &AssembleOptions,
) -> std::io::Result<Result<Object, Vec<AsmError>>> {
    assemble_reader_in_blocks(reader, size_hint, BLOCK_BYTES, options)
}

/// [`assemble_reader`] with a chosen block size, for tests.
#[doc(hidden)]
pub fn assemble_reader_in_blocks(
    reader: impl Read + Send,
    size_hint: usize,
    block_bytes: usize,
    options: &AssembleOptions,
) -> std::io::Result<Result<Object, Vec<AsmError>>> {
    if size_hint > u32::MAX as usize {
        return Err(too_large());
    }
    let mut blocks = ReadBlocks {
        reader,
        buf: Vec::new(),
        base: 0,
        eof: false,
        block_bytes: block_bytes.max(1),
    };
    let blocks = std::iter::from_fn(move || blocks.next_block().transpose());
    match run(blocks, size_hint, true, options) {
        Ok(r) => Ok(r),
        Err(Stop::Rejected(e)) => Ok(Err(vec![e])),
        Err(Stop::Io(e)) => Err(e),
    }
}

/// Spans and section offsets are 32-bit.
fn too_large() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        "sources larger than 4 GiB are not supported",
    )
}

fn invalid_utf8(at: usize) -> AsmError {
    AsmError::new(
        ErrorCode::InvalidUtf8,
        at..at,
        "the file is not valid UTF-8",
        "invalid byte here",
    )
}

/// Why assembling stopped before the end of the source.
enum Stop {
    /// The source cannot be assembled at all (not UTF-8).
    Rejected(AsmError),
    Io(std::io::Error),
}

/// A source split into blocks of whole lines, each with its offset in the source.
type BlockText<'s> = Result<(Cow<'s, str>, usize), Stop>;

/// Whole-line blocks of a reader's bytes, checked to be UTF-8.
struct ReadBlocks<R> {
    reader: R,
    buf: Vec<u8>,
    base: usize,
    eof: bool,
    block_bytes: usize,
}

impl<R: Read> ReadBlocks<R> {
    fn next_block(&mut self) -> Result<Option<(Cow<'static, str>, usize)>, Stop> {
        loop {
            if self.base + self.buf.len() > u32::MAX as usize {
                return Err(Stop::Io(too_large()));
            }
            let scanned = self.buf.len();
            while !self.eof && self.buf.len() < scanned + self.block_bytes {
                let n = (&mut self.reader)
                    .take((scanned + self.block_bytes - self.buf.len()) as u64)
                    .read_to_end(&mut self.buf)
                    .map_err(Stop::Io)?;
                self.eof = n == 0;
            }
            let cut = if self.eof {
                self.buf.len()
            } else {
                match self.buf[scanned..].iter().rposition(|&c| c == b'\n') {
                    Some(i) => scanned + i + 1,
                    // A line longer than a block: read on.
                    None => continue,
                }
            };
            if cut == 0 {
                return Ok(None);
            }
            let rest = self.buf.split_off(cut);
            let bytes = std::mem::replace(&mut self.buf, rest);
            let base = self.base;
            self.base += cut;
            return match String::from_utf8(bytes) {
                Ok(text) => Ok(Some((Cow::Owned(text), base))),
                Err(e) => Err(Stop::Rejected(invalid_utf8(
                    base + e.utf8_error().valid_up_to(),
                ))),
            };
        }
    }
}

/// `text` with its `/* */` comments made blanks (line breaks kept, so every offset and line
/// number stays), as llvm-mc's lexer skips them, also across blocks. Outside a comment, `"` strings and `#` and `//`
/// line comments are skipped, as they hide a `/*`. Blocks without `/*` are not copied.
/// `open` is 1 + the offset of the `/*` of a comment still open, 0 for none.
fn blank_comments<'s>(text: Cow<'s, str>, base: usize, open: &mut usize) -> Cow<'s, str> {
    if *open == 0 && memchr::memmem::find(text.as_bytes(), b"/*").is_none() {
        return text;
    }
    let mut b = text.into_owned().into_bytes();
    let (mut i, mut in_str, mut in_line_comment) = (0, false, false);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            (in_str, in_line_comment) = (false, false);
        } else if *open != 0 {
            let closes = c == b'*' && b.get(i + 1) == Some(&b'/');
            let end = if closes { i + 2 } else { i + 1 };
            if closes {
                *open = 0;
            }
            b[i..end].iter_mut().for_each(|c| *c = b' ');
            i = end;
            continue;
        } else if in_str {
            in_str = c != b'"';
            i += (c == b'\\') as usize;
        } else if !in_line_comment {
            match (c, b.get(i + 1)) {
                (b'"', _) => in_str = true,
                (b'#', _) | (b'/', Some(b'/')) => in_line_comment = true,
                (b'/', Some(b'*')) => {
                    *open = base + i + 1;
                    b[i..i + 2].copy_from_slice(b"  ");
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        i += 1;
    }
    // Only ASCII bytes were replaced, by ASCII blanks: still UTF-8.
    Cow::Owned(String::from_utf8(b).expect("blanking keeps UTF-8"))
}

/// How many threads run the per-line work for large sources: `threads` if given (0: all
/// on the calling thread), else one per core up to 3 (the sequential part bounds the gain),
/// none on a single core.
fn worker_threads(threads: Option<usize>) -> usize {
    if let Some(n) = threads {
        return n.min(64);
    }
    match std::thread::available_parallelism().map_or(1, |n| n.get()) {
        1 => 0,
        cores => cores.min(3),
    }
}

/// The per-line work on each block (on worker threads if `threaded`), then the sequential
/// part on this thread, block by block in source order.
fn run<'s>(
    blocks: impl Iterator<Item = BlockText<'s>> + Send,
    size_hint: usize,
    threaded: bool,
    options: &AssembleOptions,
) -> Result<Result<Object, Vec<AsmError>>, Stop> {
    // Where a `/* */` comment still open began (+1; 0: none).
    let open_comment = std::sync::atomic::AtomicUsize::new(0);
    let blocks = blocks.map(|b| {
        b.map(|(text, base)| {
            let mut open = open_comment.load(Relaxed);
            let text = blank_comments(text, base, &mut open);
            open_comment.store(open, Relaxed);
            (text, base)
        })
    });
    let mut a = Asm::new(size_hint);
    a.dwarf.set_comp_dir(options.comp_dir.as_deref());
    // llvm-mc starts every object in `.text`, which it creates whether or not it is used.
    a.switch_section(".text", SectionKind::Code, shf::ALLOC | shf::EXECINSTR);
    let workers = worker_threads(options.threads);
    if !threaded || workers == 0 {
        for b in blocks {
            let (text, base) = b?;
            a.block(Block::parse(text, base));
        }
        return Ok(a.finish_open(&open_comment));
    }
    // Workers take blocks in turn from the shared source and hand back (sequence number,
    // parsed block); this thread applies them in sequence, holding early arrivals.
    // The source ends at its first error (bad UTF-8, a failed read).
    let source = std::sync::Mutex::new((blocks, 0usize, false));
    let take = |source: &std::sync::Mutex<(_, usize, bool)>| {
        let mut s = source.lock().unwrap_or_else(|e| e.into_inner());
        let (blocks, seq, ended) = &mut *s;
        if *ended {
            return None;
        }
        let item: Option<BlockText<'s>> = Iterator::next(blocks);
        *ended = !matches!(item, Some(Ok(_)));
        *seq += 1;
        Some((*seq - 1, item?))
    };
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel(workers);
        let mut started = 0;
        for _ in 0..workers {
            let (tx, source) = (tx.clone(), &source);
            let work = move || {
                while let Some((seq, item)) = take(source) {
                    let item = item.map(|(text, base)| Block::parse(text, base));
                    if tx.send((seq, item)).is_err() {
                        return;
                    }
                }
            };
            if std::thread::Builder::new()
                .spawn_scoped(scope, work)
                .is_ok()
            {
                started += 1;
            }
        }
        drop(tx);
        if started == 0 {
            // No thread to be had: all the work here.
            while let Some((_, item)) = take(&source) {
                let (text, base) = item?;
                a.block(Block::parse(text, base));
            }
            return Ok(a.finish_open(&open_comment));
        }
        let mut early = std::collections::BTreeMap::new();
        let mut next = 0;
        for (seq, item) in rx {
            early.insert(seq, item);
            while let Some(item) = early.remove(&next) {
                a.block(item?);
                next += 1;
            }
        }
        Ok(a.finish_open(&open_comment))
    })
}

/// An instruction whose bytes wait for a symbol (24 bytes: there is one per jump).
struct PendingInsn {
    section: u32,
    offset: u32,
    sym: SymId,
    kind: FixupKind,
    span: (u32, u32),
}

struct PendingData {
    section: usize,
    offset: u64,
    size: u8,
    expr: Expr,
    span: Range<usize>,
}

struct Asm {
    obj: Object,
    current: Option<usize>,
    syms: SymTab,
    /// `.size` expressions (few symbols have one).
    sizes: HashMap<SymId, (Expr, Range<usize>)>,
    next_order: usize,
    insns: Vec<PendingInsn>,
    data: Vec<PendingData>,
    errors: Vec<AsmError>,
    /// `.program` functions whose size is set at the end: (name, section, start).
    programs: Vec<(String, usize, u64)>,
    license_span: Option<Range<usize>>,
    /// For each section, the symbol-creation counter when it was first entered: llvm-mc
    /// registers a section's symbol then, which places it among the local symbols.
    section_order: Vec<usize>,
    /// 1-based number of the line being assembled (spans are made on the current line).
    line_number: u32,
    line_start: usize,
    /// The text of the current line, kept for directives (columns of spans).
    line_text: String,
    /// About how many bytes the source has (0 if unknown), to size the code buffers.
    size_hint: usize,
    /// Line table and call frame state (`.file N`, `.loc`, `.cfi_*`).
    dwarf: Dwarf,
    /// `.set`/`.equ` constants of temporary names.
    constants: HashMap<String, i128>,
    /// How many times each numeric label (`1:`) has been defined so far.
    numeric_labels: HashMap<String, u32>,
    /// The section before the current one (`.previous`), and `.pushsection`'s saved pairs.
    previous: Option<usize>,
    section_stack: Vec<(Option<usize>, Option<usize>)>,
}

fn is_temporary(name: &str) -> bool {
    name.starts_with(".L")
}

/// What a section's name implies, as llvm-mc's ELF parser gives it (flags written in the
/// directive are added to these).
fn default_section(name: &str) -> (SectionKind, u64) {
    let family = |f: &str| name == f || name.strip_prefix(f).is_some_and(|r| r.starts_with('.'));
    if family(".text") || family(".init") || family(".fini") {
        (SectionKind::Code, shf::ALLOC | shf::EXECINSTR)
    } else if family(".bss") {
        (SectionKind::Bss, shf::ALLOC | shf::WRITE)
    } else if family(".data") || name == ".data1" {
        (SectionKind::Data, shf::ALLOC | shf::WRITE)
    } else if family(".rodata") || name == ".rodata1" {
        (SectionKind::Data, shf::ALLOC)
    } else {
        (SectionKind::Data, 0)
    }
}

impl Asm {
    fn new(size_hint: usize) -> Self {
        Asm {
            obj: Object::default(),
            current: None,
            // Compiled code has a label every few lines: room for one per 128 bytes of source
            // (bounded: the hint is only what the file claims to hold).
            syms: SymTab::with_capacity((size_hint / 128).min(1 << 20)),
            sizes: HashMap::default(),
            next_order: 0,
            insns: Vec::new(),
            data: Vec::new(),
            errors: Vec::new(),
            programs: Vec::new(),
            license_span: None,
            section_order: Vec::new(),
            line_number: 0,
            line_start: 0,
            line_text: String::new(),
            size_hint,
            dwarf: Dwarf::default(),
            constants: HashMap::default(),
            numeric_labels: HashMap::default(),
            previous: None,
            section_stack: Vec::new(),
        }
    }

    fn err(
        &mut self,
        code: ErrorCode,
        span: Range<usize>,
        msg: impl Into<String>,
        label: impl Into<String>,
    ) {
        self.errors.push(AsmError::new(code, span, msg, label));
    }

    fn sym(&self, name: &str) -> Option<&SymInfo> {
        self.syms.get(name).map(|id| &self.syms[id])
    }

    fn mention_id(&mut self, name: &str) -> SymId {
        let (id, new) = self.syms.intern(name, self.next_order as u32);
        if new {
            self.next_order += 1;
        }
        self.syms[id].size_only = false;
        id
    }

    fn mention(&mut self, name: &str) -> &mut SymInfo {
        let id = self.mention_id(name);
        &mut self.syms[id]
    }

    fn switch_section(&mut self, name: &str, kind: SectionKind, flags: u64) -> usize {
        if let Some(i) = self.obj.sections.iter().position(|s| s.name == name) {
            if self.current != Some(i) {
                self.dwarf.leave_section();
            }
            self.current = Some(i);
            return i;
        }
        self.dwarf.leave_section();
        let align = if name == ".text" { 4 } else { 1 };
        self.obj
            .sections
            .push(Section::new(name, kind, flags, align));
        // A name used (`.long .foo`) before its section exists already made the symbol that
        // llvm-mc then takes as the section's symbol, so its place is that first use.
        let mentioned = self
            .syms
            .get(name)
            .map(|id| &self.syms[id])
            .filter(|info| info.def().is_none())
            .map(|info| info.order as usize);
        match mentioned {
            Some(order) => self.section_order.push(order),
            None => {
                self.section_order.push(self.next_order);
                self.next_order += 1;
            }
        }
        let i = self.obj.sections.len() - 1;
        self.current = Some(i);
        i
    }

    /// Makes section `i` (if any) the current one again.
    fn enter(&mut self, i: Option<usize>) {
        if let Some(i) = i {
            let (name, kind, flags) = {
                let s = &self.obj.sections[i];
                (s.name.clone(), s.kind, s.flags)
            };
            self.switch_section(&name, kind, flags);
        }
    }

    fn cur(&mut self) -> usize {
        match self.current {
            Some(i) => i,
            None => self.switch_section(".text", SectionKind::Code, shf::ALLOC | shf::EXECINSTR),
        }
    }

    fn here(&mut self) -> (usize, u64) {
        let i = self.cur();
        let s = &self.obj.sections[i];
        (
            i,
            if s.kind == SectionKind::Bss {
                s.bss_size
            } else {
                s.data.len() as u64
            },
        )
    }

    /// The span of a byte range on the current line (counting the line once, not the file).
    fn span_on_line(&self, bytes: Range<usize>) -> Span {
        let start = bytes.start.max(self.line_start);
        let col = self
            .line_text
            .get(..start - self.line_start)
            .map_or(0, |p| p.chars().count()) as u32
            + 1;
        Span {
            bytes,
            line: self.line_number,
            col,
        }
    }

    /// What a name in an expression stands for: a `.set` constant, a numeric label reference
    /// under its internal name, or the symbol itself.
    fn name_term(&self, name: &str) -> Option<Term> {
        if let Some(v) = self.constants.get(name) {
            return Some(Term::Num(*v));
        }
        if expr::is_numeric_label_ref(name) {
            return self.numeric_ref(name).map(Term::Sym);
        }
        Some(Term::Sym(name.to_string()))
    }

    /// The internal name of the `N:` that `Nb` (the last one so far) or `Nf` (the next one)
    /// refers to; `None` for `Nb` before any `N:`.
    fn numeric_ref(&self, name: &str) -> Option<String> {
        let (n, dir) = name.split_at(name.len() - 1);
        let seen = self.numeric_labels.get(n).copied().unwrap_or(0);
        let k = if dir == "b" { seen } else { seen + 1 };
        (k > 0).then(|| numeric_label_name(n, k))
    }

    fn parse_expr(&self, text: &str, here: Option<(usize, u64)>) -> Option<Expr> {
        expr::parse(text, here, &|n| self.name_term(n))
    }

    fn constant_expr(&self, text: &str) -> Option<i128> {
        expr::constant(text, &|n| self.name_term(n))
    }

    fn define_label(&mut self, name: &str, span: Range<usize>) {
        if name.bytes().all(|c| c.is_ascii_digit()) {
            let k = self.numeric_labels.entry(name.to_string()).or_insert(0);
            *k += 1;
            let internal = numeric_label_name(name, *k);
            return self.define_label(&internal, span);
        }
        let here = self.here();
        let info = self.mention(name);
        if let Some(prev) = info.def_span() {
            let e = AsmError::new(
                ErrorCode::DuplicateLabel,
                span,
                format!("`{name}` is defined twice"),
                "defined again here",
            )
            .with_secondary(prev, "first defined here");
            self.errors.push(e);
            return;
        }
        info.set_def(here);
        info.set_def_span(span);
    }

    /// The sequential part of assembling a block's lines: labels, directives, and placing
    /// instructions in sections.
    fn block(&mut self, block: Block) {
        let base = block.base;
        for line in &block.lines {
            self.line_number += !line.same_line as u32;
            self.line_start = base + line.text.at as usize;
            for &label in &block.labels[line.labels.start as usize..line.labels.end as usize] {
                let at = base + label.at as usize;
                self.define_label(block.piece(label), at..at + label.len as usize);
            }
            let at = base + line.stmt.at as usize;
            let stmt = block.piece(line.stmt);
            match &line.kind {
                Stmt::Empty => {}
                Stmt::Directive { name_len } => {
                    self.line_text.clear();
                    self.line_text.push_str(block.piece(line.text));
                    let name_len = *name_len as usize;
                    let args = &stmt[name_len..];
                    self.directive(&stmt[..name_len], at..at + name_len, args, at + name_len);
                }
                Stmt::Insn { slots, wide, fixup } => {
                    let slots = &slots[..1 + *wide as usize];
                    let name = fixup.as_ref().map(|f| block.piece(f.name));
                    self.instruction(at..at + stmt.len(), slots, fixup.as_ref().zip(name));
                }
                Stmt::Rejected(errors) => self.errors.extend(errors.iter().cloned()),
            }
        }
    }

    /// Places an encoded instruction in the current section.
    fn instruction(
        &mut self,
        text: Range<usize>,
        slots: &[RawInsn],
        fixup: Option<(&PendingFixup, &str)>,
    ) {
        let sec = self.cur();
        let line = self.line_number;
        let section = &mut self.obj.sections[sec];
        if section.kind != SectionKind::Code {
            let name = section.name.clone();
            self.err(
                ErrorCode::InsnInData,
                text,
                format!("instruction in data section `{name}`"),
                "instructions belong in a code section",
            );
            return;
        }
        if section.data.capacity() == 0 {
            // One allocation for the rest of the file instead of doubling copies (a line of
            // assembly is longer than the 8 bytes it encodes); pages never written are never
            // resident.
            let rest = self.size_hint.saturating_sub(self.line_start);
            section.data.reserve((rest / 2).min(256 << 20));
        }
        let offset = section.data.len() as u64;
        self.dwarf.at(sec, offset);
        for raw in slots {
            section.data.extend_from_slice(&raw.to_bytes());
        }
        section
            .source_map
            .push(offset as u32, line, 8 * slots.len() as u32);
        if let Some((f, name)) = fixup {
            let numeric = expr::is_numeric_label_ref(name).then(|| self.numeric_ref(name));
            let sym = match numeric {
                Some(Some(internal)) => self.mention_id(&internal),
                // `1b` before any `1:`: undefined, under the name the source gives.
                Some(None) | None => self.mention_id(name),
            };
            self.insns.push(PendingInsn {
                section: sec as u32,
                offset: offset as u32,
                sym,
                kind: f.kind,
                span: f.span,
            });
        }
    }

    fn emit_data(&mut self, bytes: &[u8], span: Range<usize>) -> Option<(usize, u64)> {
        let sec = self.cur();
        let s = &mut self.obj.sections[sec];
        if s.data.len() as u64 + s.bss_size + bytes.len() as u64 > u32::MAX as u64 {
            let msg = format!("section `{}` would exceed 4 GiB", s.name);
            self.err(
                ErrorCode::BadDirective,
                span,
                msg,
                "BPF objects are far smaller",
            );
            return None;
        }
        match s.kind {
            SectionKind::Bss => {
                if bytes.iter().any(|&b| b != 0) {
                    self.err(
                        ErrorCode::BadDirective,
                        span,
                        "non-zero data in a .bss section",
                        "",
                    );
                    return None;
                }
                let off = s.bss_size;
                s.bss_size += bytes.len() as u64;
                Some((sec, off))
            }
            kind => {
                // Data in code (raw encodings, as llvm-mc accepts them) goes in the source
                // map too: the kernel counts its slots as instructions.
                let off = s.data.len() as u64;
                s.data.extend_from_slice(bytes);
                if kind == SectionKind::Code && !bytes.is_empty() {
                    s.source_map
                        .push(off as u32, self.line_number, bytes.len() as u32);
                }
                Some((sec, off))
            }
        }
    }

    /// Data that takes a pending `.loc` (llvm-mc's values and strings, not fills).
    fn emit_data_row(&mut self, bytes: &[u8], span: Range<usize>) -> Option<(usize, u64)> {
        let (sec, off) = self.here();
        self.dwarf.at(sec, off);
        self.emit_data(bytes, span)
    }

    fn directive(&mut self, name: &str, name_span: Range<usize>, args: &str, args_at: usize) {
        // llvm-mc's section stack: each entry the current and the previous section, which
        // every section directive sets (also to the section it was already in).
        let (before, errors) = (self.current, self.errors.len());
        self.directive_inner(name, name_span, args, args_at);
        let switching = matches!(
            name,
            ".text" | ".data" | ".bss" | ".rodata" | ".section" | ".pushsection" | ".program"
        );
        if switching && self.errors.len() == errors {
            self.previous = before;
        }
    }

    fn directive_inner(&mut self, name: &str, name_span: Range<usize>, args: &str, args_at: usize) {
        let list = split_args(args, args_at);
        let arg = |i: usize| list.get(i).map(|(s, r)| (s.as_str(), r.clone()));
        let whole = name_span.start..args_at + args.trim_end().len();
        match name {
            ".text" | ".data" | ".bss" | ".rodata"
                if !args.trim().is_empty() && self.constant_expr(args) != Some(0) =>
            {
                self.err(
                    ErrorCode::BadDirective,
                    whole,
                    format!("subsections (`{name} N`) are not supported"),
                    "llvm-mc takes a constant subsection number here; skasm only 0",
                )
            }
            ".text" => {
                self.switch_section(".text", SectionKind::Code, shf::ALLOC | shf::EXECINSTR);
            }
            ".data" | ".bss" | ".rodata" => {
                let (k, f) = default_section(name);
                self.switch_section(name, k, f);
            }
            ".section" => self.section_directive(&list, whole),
            ".pushsection" => {
                self.section_stack.push((self.current, self.previous));
                self.section_directive(&list, whole);
            }
            ".popsection" | ".previous" if !list.is_empty() => {
                let msg = format!("{name} takes no argument");
                self.err(ErrorCode::BadDirective, whole, msg, "");
            }
            ".popsection" => match self.section_stack.pop() {
                Some((current, previous)) => {
                    self.enter(current);
                    self.previous = previous;
                }
                None => self.err(
                    ErrorCode::BadDirective,
                    whole,
                    ".popsection without corresponding .pushsection",
                    "",
                ),
            },
            ".previous" if self.previous.is_none() => self.err(
                ErrorCode::BadDirective,
                whole,
                ".previous without corresponding .section",
                "",
            ),
            ".previous" => {
                let back = self.previous;
                self.previous = self.current;
                self.enter(back);
            }
            ".globl" | ".global" | ".weak" | ".local" => {
                if let Some((bad, r)) = list.iter().find(|(s, _)| !is_symbol_name(s)) {
                    let msg = format!("`{bad}` is not a symbol name");
                    return self.err(ErrorCode::BadDirective, r.clone(), msg, "expected a name");
                }
                if list.is_empty() {
                    let msg = format!("{name} needs a symbol name");
                    return self.err(ErrorCode::BadDirective, whole, msg, "");
                }
                for (s, _) in &list {
                    let b = match name {
                        ".weak" => Binding::Weak,
                        ".local" => Binding::Local,
                        _ => Binding::Global,
                    };
                    self.mention(s).binding = Some(b);
                }
            }
            ".hidden" | ".internal" | ".protected" => {
                if let Some((bad, r)) = list.iter().find(|(s, _)| !is_symbol_name(s)) {
                    let msg = format!("`{bad}` is not a symbol name");
                    return self.err(ErrorCode::BadDirective, r.clone(), msg, "expected a name");
                }
                let v = match name {
                    ".hidden" => Visibility::Hidden,
                    ".internal" => Visibility::Internal,
                    _ => Visibility::Protected,
                };
                for (s, _) in &list {
                    self.mention(s).visibility = v;
                }
            }
            ".type" => {
                // `.type sym @function` (no comma) is llvm-mc's too.
                let spaced = arg(0).filter(|_| list.len() == 1).and_then(|(a, r)| {
                    let (s, t) = a.split_once([' ', '\t'])?;
                    let t = t.trim_start();
                    Some(((s, r.start..r.start + s.len()), (t, r.end - t.len()..r.end)))
                });
                let (first, second) = match spaced {
                    Some((s, t)) => (Some(s), Some(t)),
                    None => (arg(0), arg(1)),
                };
                if let Some((bad, r)) = first.clone().filter(|(s, _)| !is_symbol_name(s)) {
                    let msg = format!("`{bad}` is not a symbol name");
                    return self.err(ErrorCode::BadDirective, r, msg, "");
                }
                let (Some((s, _)), Some((t, tr))) = (first, second) else {
                    return self.err(
                        ErrorCode::BadDirective,
                        whole,
                        ".type needs a symbol and a type",
                        "e.g. `.type prog,@function`",
                    );
                };
                let t = t.trim_matches('"');
                let kind = match t.trim_start_matches(['@', '%']) {
                    "function" | "STT_FUNC" => SymbolKind::Func,
                    "object" | "STT_OBJECT" => SymbolKind::Object,
                    "notype" | "STT_NOTYPE" => SymbolKind::NoType,
                    _ => {
                        return self.err(
                            ErrorCode::BadDirective,
                            tr,
                            format!("unknown symbol type `{t}`"),
                            "use @function, @object or @notype",
                        )
                    }
                };
                self.mention(s).kind = kind;
            }
            ".size" => {
                let (Some((s, _)), Some((e, er))) = (arg(0), arg(1)) else {
                    return self.err(
                        ErrorCode::BadDirective,
                        whole,
                        ".size needs a symbol and an expression",
                        "e.g. `.size prog, .Lend-prog`",
                    );
                };
                let here = self.current.map(|_| self.here());
                if !is_symbol_name(s) {
                    let msg = format!("`{s}` is not a symbol name");
                    return self.err(ErrorCode::BadDirective, whole, msg, "");
                }
                match self.parse_expr(e, here) {
                    Some(expr) => {
                        let new = self.syms.get(s).is_none();
                        let id = self.mention_id(s);
                        self.syms[id].size_only = new;
                        self.sizes.insert(id, (expr, er));
                    }
                    None => self.err(
                        ErrorCode::BadExpression,
                        er,
                        format!("cannot read `{e}` as an expression"),
                        "expected an expression of numbers, symbols and operators",
                    ),
                }
            }
            ".set" | ".equ" => self.set_constant(name, &list, whole),
            ".p2align" | ".align" | ".balign" => self.align(name, args, args_at, whole),
            ".byte" | ".short" | ".2byte" | ".hword" | ".long" | ".4byte" | ".int" | ".quad"
            | ".8byte" => {
                let size: u8 = match name {
                    ".byte" => 1,
                    ".short" | ".2byte" | ".hword" => 2,
                    ".long" | ".4byte" | ".int" => 4,
                    _ => 8,
                };
                for (text, r) in &list {
                    let here = self.here();
                    self.dwarf.at(here.0, here.1);
                    let Some(expr) = self.parse_expr(text, Some(here)) else {
                        self.err(
                            ErrorCode::BadExpression,
                            r.clone(),
                            format!("cannot read `{text}` as a value"),
                            "expected an expression of numbers, symbols and operators",
                        );
                        continue;
                    };
                    for (_, t) in &expr.terms {
                        if let Term::Sym(s) = t {
                            self.mention(s);
                        }
                    }
                    if let Some((sec, off)) = self.emit_data(&vec![0u8; size as usize], r.clone()) {
                        self.data.push(PendingData {
                            section: sec,
                            offset: off,
                            size,
                            expr,
                            span: r.clone(),
                        });
                    }
                }
            }
            ".uleb128" | ".sleb128" => {
                for (text, r) in &list {
                    let v = self.parse_expr(text, None).and_then(|e| self.eval_now(&e));
                    let Some(v) = v else {
                        self.err(
                            ErrorCode::BadExpression,
                            r.clone(),
                            format!("`{text}` must be a constant known at this point"),
                            "",
                        );
                        continue;
                    };
                    let mut bytes = Vec::new();
                    if name == ".uleb128" {
                        crate::leb128::uleb(&mut bytes, v as u128 as u64);
                    } else {
                        crate::leb128::sleb(&mut bytes, v as i64);
                    }
                    self.emit_data_row(&bytes, r.clone());
                }
            }
            ".ascii" | ".asciz" | ".string" => {
                for (text, r) in &list {
                    match unquote(text) {
                        Some(mut b) => {
                            if name != ".ascii" {
                                b.push(0);
                            }
                            self.emit_data_row(&b, r.clone());
                        }
                        None => self.err(
                            ErrorCode::BadDirective,
                            r.clone(),
                            "expected a string in double quotes",
                            "",
                        ),
                    }
                }
            }
            ".fill" => self.fill(&list, whole),
            ".zero" | ".space" | ".skip" if list.len() > 2 => {
                let msg = format!("{name} takes a byte count and a fill value");
                self.err(ErrorCode::BadDirective, whole, msg, "");
            }
            ".zero" | ".space" | ".skip" => {
                let n = arg(0)
                    .and_then(|(v, _)| self.constant_expr(v))
                    .filter(|n| (0..=1 << 24).contains(n));
                let fill = match arg(1) {
                    Some((v, _)) => self.constant_expr(v),
                    None => Some(0),
                };
                match n.zip(fill) {
                    Some((n, fill)) => {
                        self.emit_data(&vec![fill as u8; n as usize], whole);
                    }
                    None => self.err(
                        ErrorCode::BadDirective,
                        whole,
                        format!("{name} needs a byte count (0 to 16777216)"),
                        "",
                    ),
                }
            }
            ".file" => match self.dwarf.file(args, args_at, whole) {
                Ok(Some(f)) => self.obj.file = Some(String::from_utf8_lossy(&f).into_owned()),
                Ok(None) => {}
                Err(e) => self.errors.push(e),
            },
            ".loc" => {
                let here = self.here();
                if let Err(e) = self.dwarf.loc(args, args_at, here) {
                    self.errors.push(e);
                }
            }
            ".cfi_sections"
            | ".cfi_startproc"
            | ".cfi_endproc"
            | ".cfi_def_cfa_offset"
            | ".cfi_offset" => {
                let here = self.here();
                if let Err(e) = self.dwarf.cfi(name, args, args_at, whole, here) {
                    self.errors.push(e);
                }
            }
            ".addrsig" | ".ident" | ".addrsig_sym"
                if list.len() > 1 - (name == ".addrsig") as usize =>
            {
                let msg = format!(
                    "{name} takes {}",
                    if name == ".addrsig" {
                        "no argument"
                    } else {
                        "one argument"
                    }
                );
                self.err(ErrorCode::BadDirective, whole, msg, "");
            }
            ".addrsig_sym" if !list.first().is_some_and(|(s, _)| is_symbol_name(s)) => {
                self.err(
                    ErrorCode::BadDirective,
                    whole,
                    ".addrsig_sym needs a symbol name",
                    "",
                );
            }
            ".ident" => {
                // llvm-mc writes the text between the quotes as it is, escapes and all.
                let raw = arg(0).and_then(|(s, _)| s.strip_prefix('"')?.strip_suffix('"'));
                let raw = raw.filter(|r| unquote(&format!("\"{r}\"")).is_some());
                if raw.is_none() {
                    let msg = ".ident takes one string in double quotes";
                    return self.err(ErrorCode::BadDirective, whole, msg, "");
                }
                if let Some(b) = raw.map(str::as_bytes) {
                    let saved = self.current;
                    let i = self.switch_section(
                        ".comment",
                        SectionKind::Data,
                        shf::MERGE | shf::STRINGS,
                    );
                    let s = &mut self.obj.sections[i];
                    s.entsize = 1;
                    if s.data.is_empty() {
                        s.data.push(0);
                    }
                    s.data.extend_from_slice(b);
                    s.data.push(0);
                    self.current = saved;
                }
            }
            ".addrsig" => {
                if self.obj.addrsig.is_none() {
                    self.obj.addrsig = Some(Vec::new());
                }
            }
            ".addrsig_sym" => {
                if let Some((s, _)) = arg(0) {
                    // llvm-mc 19 writes no symbol for a name only this directive gives
                    // (14 does: the first difference between the two we follow 19 in).
                    let new = self.syms.get(s).is_none();
                    self.mention(s).size_only = new;
                    self.obj
                        .addrsig
                        .get_or_insert_with(Vec::new)
                        .push(s.to_string());
                }
            }
            ".license" => {
                let Some(b) = arg(0).and_then(|(s, _)| unquote(s)) else {
                    return self.err(
                        ErrorCode::BadDirective,
                        whole,
                        ".license needs a quoted string",
                        "e.g. `.license \"GPL\"`",
                    );
                };
                if let Some(prev) = self.license_span.replace(whole.clone()) {
                    let e = AsmError::new(
                        ErrorCode::BadDirective,
                        whole,
                        "the license is declared twice",
                        "declared again here",
                    )
                    .with_secondary(prev, "first declared here");
                    self.errors.push(e);
                    return;
                }
                let saved = self.current;
                let i = self.switch_section("license", SectionKind::Data, shf::ALLOC | shf::WRITE);
                let off = self.obj.sections[i].data.len() as u64;
                self.obj.sections[i].data.extend_from_slice(&b);
                self.obj.sections[i].data.push(0);
                let id = self.mention_id("_license");
                let info = &mut self.syms[id];
                info.binding = Some(Binding::Global);
                info.kind = SymbolKind::Object;
                info.set_def((i, off));
                info.set_def_span(name_span);
                self.sizes
                    .insert(id, (Expr::constant(b.len() as i128 + 1), 0..0));
                self.current = saved;
            }
            ".program" => {
                let Some((p, pr)) = arg(0) else {
                    return self.err(
                        ErrorCode::BadDirective,
                        whole,
                        ".program needs a name",
                        "e.g. `.program steer_http`",
                    );
                };
                let section = match arg(1) {
                    Some((s, _)) => unquote(s)
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                        .unwrap_or_else(|| s.to_string()),
                    None => "sk_lookup".to_string(),
                };
                let i =
                    self.switch_section(&section, SectionKind::Code, shf::ALLOC | shf::EXECINSTR);
                let s = &mut self.obj.sections[i];
                s.align = s.align.max(8);
                let info = self.mention(p);
                info.binding = Some(Binding::Global);
                info.kind = SymbolKind::Func;
                self.define_label(p, pr);
                let start = self.obj.sections[i].data.len() as u64;
                self.programs.push((p.to_string(), i, start));
            }
            ".skmap" => self.skmap(&list, whole),
            _ => self.errors.push(
                AsmError::new(
                    ErrorCode::UnknownDirective,
                    name_span,
                    format!("unknown directive `{name}`"),
                    "not an assembler directive",
                )
                .with_help("the README lists the directives skasm accepts"),
            ),
        }
    }

    /// `.fill COUNT[, SIZE[, VALUE]]`, as llvm-mc: COUNT copies of VALUE's low 32 bits in SIZE
    /// bytes (little-endian, zero beyond the fourth; SIZE above 8 is 8, a negative COUNT
    /// nothing, both with a warning there).
    fn fill(&mut self, list: &[(String, Range<usize>)], whole: Range<usize>) {
        let values: Vec<Option<i128>> = list.iter().map(|(t, _)| self.constant_expr(t)).collect();
        let (count, size, value) = match values.as_slice() {
            [Some(c)] => (*c, 1, 0),
            [Some(c), Some(s)] => (*c, *s, 0),
            [Some(c), Some(s), Some(v)] => (*c, *s, *v),
            _ => {
                let msg = ".fill takes constant COUNT[, SIZE[, VALUE]]";
                return self.err(ErrorCode::BadDirective, whole, msg, "");
            }
        };
        if !(i64::MIN as i128..=1 << 24).contains(&count) || size < 0 {
            let msg = "a .fill count up to 16777216 and a size of at least 0";
            return self.err(ErrorCode::BadDirective, whole, msg, "");
        }
        let pattern = (value as u32 as u64).to_le_bytes();
        let one = &pattern[..size.min(8) as usize];
        let bytes: Vec<u8> = (0..count.max(0))
            .flat_map(|_| one.iter().copied())
            .collect();
        self.emit_data(&bytes, whole);
    }

    /// `.set NAME, EXPR` and `.equ`: a constant for the expressions that follow. llvm-mc also
    /// puts a name that is not temporary in the symbol table as an absolute symbol, which
    /// objects here cannot hold, so only `.L` names are taken.
    fn set_constant(
        &mut self,
        directive: &str,
        list: &[(String, Range<usize>)],
        whole: Range<usize>,
    ) {
        let [(name, name_span), (value, value_span)] = list else {
            let msg = format!("{directive} needs a name and an expression");
            return self.err(
                ErrorCode::BadDirective,
                whole,
                msg,
                "e.g. `.set .Lsize, 16`",
            );
        };
        if !is_temporary(name) {
            let msg = format!(
                "`{directive} {name}` would be an absolute symbol, which skasm does not write"
            );
            return self.err(
                ErrorCode::BadDirective,
                name_span.clone(),
                msg,
                "use a temporary name (`.L...`)",
            );
        }
        if self.sym(name).is_some() || self.constants.contains_key(name) {
            let msg = format!("`{name}` is already defined or used");
            return self.err(ErrorCode::DuplicateLabel, name_span.clone(), msg, "");
        }
        match self.constant_expr(value) {
            Some(v) => {
                self.constants.insert(name.clone(), v);
            }
            None => self.err(
                ErrorCode::BadExpression,
                value_span.clone(),
                format!("`{value}` is not a constant"),
                "skasm takes constants only here",
            ),
        }
    }

    /// `.p2align P[, FILL[, MAX]]`, `.balign`/`.align BYTES[, FILL[, MAX]]`, as llvm-mc: the
    /// section's alignment rises; the padding is FILL bytes, or in a code section without a
    /// non-zero FILL, BPF no-op slots (only whole slots can be written); MAX from 1 to below
    /// the alignment skips padding longer than MAX (otherwise it is ignored).
    fn align(&mut self, name: &str, args: &str, args_at: usize, whole: Range<usize>) {
        if name == ".p2align" && args.trim().is_empty() {
            // llvm-mc ignores it, with a warning.
            return;
        }
        let a = match parse_align(name, args, args_at, &whole) {
            Ok(a) => a,
            Err(e) => return self.errors.push(e),
        };
        let sec = self.cur();
        let s = &mut self.obj.sections[sec];
        s.align = s.align.max(a.bytes);
        let pad = (a.bytes - s.size() % a.bytes) % a.bytes;
        let max = a
            .max
            .and_then(|m| u64::try_from(m).ok())
            .filter(|&m| m < a.bytes);
        if pad == 0 || max.is_some_and(|m| pad > m) {
            return;
        }
        let fill = a.fill.unwrap_or(0);
        if s.kind == SectionKind::Bss {
            s.bss_size += pad;
        } else if s.kind == SectionKind::Code && fill == 0 {
            if !pad.is_multiple_of(8) {
                let msg = format!("alignment would pad code with {pad} bytes, not whole slots");
                return self.err(
                    ErrorCode::BadDirective,
                    whole,
                    msg,
                    "BPF has no no-op shorter than an 8-byte slot",
                );
            }
            let nops: Vec<u8> = std::iter::repeat_n(BPF_NOP, (pad / 8) as usize)
                .flat_map(u64::to_le_bytes)
                .collect();
            self.emit_data(&nops, whole);
        } else {
            self.emit_data(&vec![fill as u8; pad as usize], whole);
        }
    }

    fn section_directive(&mut self, list: &[(String, Range<usize>)], whole: Range<usize>) {
        let Some((raw_name, _)) = list.first() else {
            return self.err(
                ErrorCode::BadDirective,
                whole,
                ".section needs a name",
                "e.g. `.section sk_lookup,\"ax\",@progbits`",
            );
        };
        // A quoted name is taken as written, escapes and all, as llvm-mc takes it.
        let name = raw_name
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .unwrap_or(raw_name)
            .to_string();
        let (mut kind, mut flags) = default_section(&name);
        let mut entsize = 0;
        if let Some((f, fr)) = list.get(1) {
            let Some(fb) = unquote(f) else {
                return self.err(
                    ErrorCode::BadDirective,
                    fr.clone(),
                    "section flags must be a quoted string",
                    "e.g. \"ax\"",
                );
            };
            // The flags a name implies (`.data.x`: WA) stay, as in llvm-mc.
            for c in fb {
                flags |= match c {
                    b'a' => shf::ALLOC,
                    b'x' => shf::EXECINSTR,
                    b'w' => shf::WRITE,
                    b'M' => shf::MERGE,
                    b'S' => shf::STRINGS,
                    b'e' => shf::EXCLUDE,
                    _ => {
                        return self.err(
                            ErrorCode::BadDirective,
                            fr.clone(),
                            format!("unknown section flag `{}`", c as char),
                            "use a, w, x, M, S or e",
                        );
                    }
                };
            }
            if flags & shf::EXECINSTR != 0 {
                kind = SectionKind::Code;
            }
        }
        if let Some((t, tr)) = list.get(2) {
            match t.trim_start_matches(['@', '%']) {
                "progbits" if kind == SectionKind::Bss => kind = SectionKind::Data,
                "progbits" => {}
                "nobits" => kind = SectionKind::Bss,
                "llvm_addrsig" => kind = SectionKind::AddrSig,
                _ => {
                    return self.err(
                        ErrorCode::BadDirective,
                        tr.clone(),
                        format!("unsupported section type `{t}`"),
                        "use @progbits or @nobits",
                    )
                }
            }
        }
        if let Some((e, er)) = list.get(3) {
            match syntax::parse_int(e) {
                Some(v) if v >= 0 => entsize = v as u64,
                _ => return self.err(ErrorCode::BadDirective, er.clone(), "bad entry size", ""),
            }
        }
        let existing = self.obj.sections.iter().find(|s| s.name == name);
        if let (Some(s), Some((_, fr))) = (existing, list.get(1)) {
            if s.flags != flags {
                let msg = format!("changed section flags for {name}, expected: {:#x}", s.flags);
                return self.err(ErrorCode::BadDirective, fr.clone(), msg, "");
            }
        }
        let i = self.switch_section(&name, kind, flags);
        if entsize != 0 {
            self.obj.sections[i].entsize = entsize;
        }
    }

    fn skmap(&mut self, list: &[(String, Range<usize>)], whole: Range<usize>) {
        let Some((name, name_span)) = list.first().cloned() else {
            return self.err(
                ErrorCode::BadMap,
                whole,
                ".skmap needs a name",
                "e.g. `.skmap sock_map, type=sockmap, key=4, value=8, max_entries=16`",
            );
        };
        let mut map = MapDef {
            name: name.clone(),
            map_type: MapType::Array,
            key_size: 0,
            value_size: 0,
            max_entries: 0,
            flags: 0,
            spin_lock: None,
            span: self.span_on_line(name_span.clone()),
        };
        let mut seen_type = false;
        let mut missing: Vec<&str> = vec!["type", "key", "value", "max_entries"];
        for (kv, r) in &list[1..] {
            let Some((k, v)) = kv.split_once('=') else {
                self.err(
                    ErrorCode::BadMap,
                    r.clone(),
                    format!("expected `key=value`, found `{kv}`"),
                    "",
                );
                continue;
            };
            let (k, v) = (k.trim(), v.trim());
            missing.retain(|m| *m != k);
            if k == "type" {
                match skctx::skmap_type(v) {
                    Some(t) => {
                        map.map_type = t;
                        seen_type = true;
                    }
                    None => {
                        let names: Vec<&str> = skctx::skmap_types().map(|t| t.name()).collect();
                        self.err(
                            ErrorCode::BadMap,
                            r.clone(),
                            format!("unknown map type `{v}`"),
                            format!("one of: {}", names.join(", ")),
                        );
                    }
                }
                continue;
            }
            let Some(n) = syntax::parse_int(v).and_then(|n| u32::try_from(n).ok()) else {
                self.err(
                    ErrorCode::BadMap,
                    r.clone(),
                    format!("`{v}` is not a 32-bit unsigned number"),
                    "",
                );
                continue;
            };
            match k {
                "key" | "key_size" => map.key_size = n,
                "value" | "value_size" => map.value_size = n,
                "max_entries" => map.max_entries = n,
                "flags" => map.flags = n,
                "spin_lock" => map.spin_lock = Some(n),
                _ => self.err(
                    ErrorCode::BadMap,
                    r.clone(),
                    format!("unknown map attribute `{k}`"),
                    "use type, key, value, max_entries, flags or spin_lock",
                ),
            }
        }
        if let Some(at) = map
            .spin_lock
            .filter(|at| at % 4 != 0 || at.checked_add(4).is_none_or(|end| end > map.value_size))
        {
            return self.err(
                ErrorCode::BadMap,
                whole,
                format!(
                    "map `{name}`: a 4-byte `struct bpf_spin_lock` at byte {at} is not 4-aligned \
                     within its {}-byte value",
                    map.value_size
                ),
                "the kernel finds a lock only at a 4-byte-aligned offset inside the value",
            );
        }
        let missing: Vec<&str> = missing
            .into_iter()
            .filter(|m| *m != "type" || !seen_type)
            .filter(|m| !["key_size", "value_size"].contains(m))
            .collect();
        if !missing.is_empty() {
            return self.err(
                ErrorCode::BadMap,
                whole,
                format!("map `{name}` is missing {}", missing.join(", ")),
                "required: type, key, value, max_entries",
            );
        }
        if self.obj.maps.iter().any(|m| m.name == name)
            || self.sym(&name).is_some_and(|s| s.def().is_some())
        {
            return self.err(
                ErrorCode::DuplicateLabel,
                name_span,
                format!("`{name}` is defined twice"),
                "",
            );
        }
        self.mention(&name);
        self.obj.maps.push(map);
    }

    /// Evaluates an expression whose symbols are all defined in one section already.
    fn eval_now(&self, e: &Expr) -> Option<i128> {
        let mut v = 0i128;
        let mut sections: HashMap<usize, i64> = HashMap::default();
        for (sign, t) in &e.terms {
            match t {
                Term::Num(n) => v += *sign as i128 * n,
                Term::Sym(s) => {
                    let (sec, off) = self.sym(s)?.def()?;
                    v += *sign as i128 * off as i128;
                    *sections.entry(sec).or_default() += sign;
                }
                Term::Dot(sec, off) => {
                    v += *sign as i128 * *off as i128;
                    *sections.entry(*sec).or_default() += sign;
                }
            }
        }
        sections.values().all(|&c| c == 0).then_some(v)
    }

    /// [`Asm::finish`], refusing a `/* */` comment that the source leaves open (1 + its
    /// offset in `open`, 0 for none).
    fn finish_open(
        mut self,
        open: &std::sync::atomic::AtomicUsize,
    ) -> Result<Object, Vec<AsmError>> {
        if let Some(at) = open.load(Relaxed).checked_sub(1) {
            self.errors.push(AsmError::new(
                ErrorCode::Syntax,
                at..at + 2,
                "unterminated comment",
                "this `/*` has no `*/`",
            ));
        }
        self.finish()
    }

    fn finish(mut self) -> Result<Object, Vec<AsmError>> {
        // Program sizes run to the next program in the section or the section's end.
        let mut progs = self.programs.clone();
        progs.sort_by_key(|p| (p.1, p.2));
        for (k, (name, sec, start)) in progs.iter().enumerate() {
            let end = progs
                .get(k + 1)
                .filter(|n| n.1 == *sec)
                .map(|n| n.2)
                .unwrap_or(self.obj.sections[*sec].data.len() as u64);
            if let Some(id) = self.syms.get(name) {
                self.sizes
                    .entry(id)
                    .or_insert_with(|| (Expr::constant((end - start) as i128), 0..0));
            }
        }
        self.lay_out_maps();
        let dwarf = std::mem::take(&mut self.dwarf);
        let errors = dwarf.finish(&mut self);
        self.errors.extend(errors);
        self.section_names_as_symbols();
        self.resolve_insns();
        self.resolve_data();
        self.build_symbols();
        if self.errors.is_empty() {
            Ok(self.obj)
        } else {
            self.errors.append(&mut self.obj.warnings);
            self.errors.sort_by_key(|e| e.span.start);
            Err(self.errors)
        }
    }

    fn lay_out_maps(&mut self) {
        if self.obj.maps.is_empty() {
            return;
        }
        let layout = crate::btf::lay_out_maps(&self.obj.maps);
        let saved = self.current;
        let i = self.switch_section(".maps", SectionKind::Data, shf::ALLOC | shf::WRITE);
        let s = &mut self.obj.sections[i];
        s.align = s.align.max(8);
        let base = s.data.len() as u64;
        s.data.extend_from_slice(&layout.maps_section);
        for (name, off, size) in &layout.symbols {
            let id = self.mention_id(name);
            let info = &mut self.syms[id];
            info.binding = Some(Binding::Global);
            info.kind = SymbolKind::Object;
            info.set_def((i, base + off));
            info.set_def_span(0..0);
            self.sizes.insert(id, (Expr::constant(*size as i128), 0..0));
        }
        let b = self.switch_section(".BTF", SectionKind::Data, 0);
        if self.obj.sections[b].data.is_empty() {
            self.obj.sections[b].data = layout.btf;
        } else {
            self.err(
                ErrorCode::BadMap,
                0..0,
                "a .BTF section is written by hand and maps are declared with .skmap",
                "use one or the other",
            );
        }
        self.current = saved;
    }

    /// A section's name used as a value (`.long .debug_abbrev`) is the section's start: llvm-mc
    /// relocates against the section symbol and emits no named symbol for it.
    fn section_names_as_symbols(&mut self) {
        for i in 0..self.obj.sections.len() {
            let Some(id) = self.syms.get(&self.obj.sections[i].name) else {
                continue;
            };
            let info = &mut self.syms[id];
            if info.def().is_none() && info.binding.is_none() {
                info.set_def((i, 0));
                info.binding = Some(Binding::Local);
                info.section_alias = true;
            }
        }
    }

    fn binding(&self, id: SymId) -> Binding {
        let info = &self.syms[id];
        info.binding.unwrap_or(if info.def().is_some() {
            Binding::Local
        } else {
            Binding::Global
        })
    }

    /// Relocation target for a symbol and the value llvm-mc writes in place: local defined
    /// symbols are replaced by their section symbol plus their offset.
    /// In a mergeable section (`SHF_MERGE`) a named symbol stays the target, as LLVM keeps
    /// it for REL relocations there.
    fn reloc_target(&self, id: SymId) -> (RelocTarget, i64) {
        let mergeable = |sec: usize| {
            self.obj.sections[sec].flags & shf::MERGE != 0 && !is_temporary(self.syms.name(id))
        };
        match (self.syms[id].def(), self.binding(id)) {
            (Some((sec, off)), Binding::Local) if !mergeable(sec) => {
                (RelocTarget::Section(sec), off as i64)
            }
            _ => (RelocTarget::Symbol(self.syms.name(id).to_string()), 0),
        }
    }

    fn resolve_insns(&mut self) {
        let pending = std::mem::take(&mut self.insns);
        let mut unknown_helpers = crate::helpers::UnknownHelpers::default();
        for p in pending {
            let (section, offset) = (p.section as usize, p.offset as usize);
            let span = p.span.0 as usize..p.span.1 as usize;
            let data = &self.obj.sections[section].data;
            let mut raw = RawInsn::from_bytes(data[offset..offset + 8].try_into().expect("a slot"));
            let info = &self.syms[p.sym];
            let name = self.syms.name(p.sym);
            let mut reloc = None;
            match p.kind {
                FixupKind::Jump => match info.def() {
                    Some((sec, off)) if sec == section => {
                        let delta = off as i64 - offset as i64 - 8;
                        let insn = isa::decode_one(&[raw, RawInsn::default()], Pc(0)).ok();
                        match insn.and_then(|i| with_jump_bytes(i, delta)) {
                            Some(i) => raw = i.encode()[0],
                            None => {
                                let msg = format!(
                                    "`{name}` is {} instructions away, too far for this jump",
                                    slots_to(delta)
                                );
                                self.err(
                                    ErrorCode::JumpOutOfRange,
                                    span,
                                    msg,
                                    "use gotol for long jumps",
                                )
                            }
                        }
                    }
                    Some(_) => {
                        let msg = format!("`{name}` is in another section");
                        self.err(
                            ErrorCode::JumpOutOfRange,
                            span,
                            msg,
                            "jumps stay within one section",
                        )
                    }
                    None => self.undefined(p.sym, span),
                },
                FixupKind::Call => match info.def() {
                    Some((sec, off)) if sec == section && self.binding(p.sym) == Binding::Local => {
                        let rel = slots_to(off as i64 - offset as i64 - 8) as i32;
                        raw = Insn::Call(CallKind::Local(rel)).encode()[0];
                    }
                    Some(_) => {
                        let (target, inplace) = self.reloc_target(p.sym);
                        raw.imm = slots_to(inplace - 8) as i32;
                        reloc = Some(Reloc {
                            offset: offset as u64,
                            kind: RelocKind::Bpf64_32,
                            target,
                        });
                    }
                    // A helper by name, else an external function (a relocation, as llvm-mc).
                    None => match skctx_helper_id(name) {
                        Some(id) => raw = Insn::Call(CallKind::Helper(id)).encode()[0],
                        None => {
                            self.obj.warnings.extend(unknown_helpers.check(name, span));
                            raw.imm = -1;
                            reloc = Some(Reloc {
                                offset: offset as u64,
                                kind: RelocKind::Bpf64_32,
                                target: RelocTarget::Symbol(name.to_string()),
                            });
                        }
                    },
                },
                FixupKind::LdImm => {
                    let (target, inplace) = self.reloc_target(p.sym);
                    let data = &mut self.obj.sections[section].data;
                    let hi_at = offset + 12;
                    let hi = i32::from_le_bytes(data[hi_at..hi_at + 4].try_into().expect("4"));
                    let addend = ((hi as u32 as u64) << 32 | raw.imm as u32 as u64) as i64;
                    // LLVM's fixup writes the low 32 bits of the value into the first slot;
                    // the second slot's immediate stays 0 (`sym - 8 ll` too).
                    raw.imm = inplace.wrapping_add(addend) as i32;
                    data[hi_at..hi_at + 4].copy_from_slice(&0i32.to_le_bytes());
                    reloc = Some(Reloc {
                        offset: offset as u64,
                        kind: RelocKind::Bpf64_64,
                        target,
                    });
                }
            }
            self.obj.sections[section].data[offset..offset + 8].copy_from_slice(&raw.to_bytes());
            if let Some(r) = reloc {
                self.obj.sections[section].relocs.push(r);
            }
        }
        for s in &mut self.obj.sections {
            s.relocs.sort_by_key(|r| r.offset);
        }
    }

    fn undefined(&mut self, id: SymId, span: Range<usize>) {
        let name = self.syms.name(id);
        let mut e = AsmError::new(
            ErrorCode::UndefinedLabel,
            span,
            format!("label `{name}` is not defined"),
            "no such label",
        );
        // Suggestions compare with every label: only for the first few, so that a large file
        // full of undefined labels is still reported quickly.
        let suggest = self.errors.len() < 32;
        if let Some(best) = self
            .syms
            .iter()
            .filter(|(_, s)| suggest && s.def().is_some())
            .map(|(id, _)| self.syms.name(id))
            .min_by_key(|n| edit_distance(n, name))
        {
            if edit_distance(best, name) <= 2 {
                e = e.with_help(format!("did you mean `{best}`?"));
            }
        }
        self.errors.push(e);
    }

    fn resolve_data(&mut self) {
        let pending = std::mem::take(&mut self.data);
        for p in pending {
            // Split into a constant and at most one relocatable symbol.
            let mut constant: i128 = 0;
            let mut per_section: HashMap<usize, i64> = HashMap::default();
            let mut undefined: Vec<(i64, String)> = Vec::new();
            let mut syms_in: Vec<(i64, String)> = Vec::new();
            for (sign, t) in &p.expr.terms {
                match t {
                    Term::Num(n) => constant += *sign as i128 * n,
                    Term::Dot(sec, off) => {
                        constant += *sign as i128 * *off as i128;
                        *per_section.entry(*sec).or_default() += sign;
                    }
                    Term::Sym(s) => match self.sym(s).and_then(|i| i.def()) {
                        Some((sec, off)) => {
                            constant += *sign as i128 * off as i128;
                            *per_section.entry(sec).or_default() += sign;
                            syms_in.push((*sign, s.clone()));
                        }
                        None => undefined.push((*sign, s.clone())),
                    },
                }
            }
            let open: Vec<(usize, i64)> =
                per_section.into_iter().filter(|&(_, c)| c != 0).collect();
            let mut reloc_sym: Option<String> = None;
            let ok = match (open.as_slice(), undefined.as_slice()) {
                ([], []) => true,
                ([], [(1, s)]) => {
                    reloc_sym = Some(s.clone());
                    true
                }
                ([(sec, 1)], []) => {
                    // The one symbol left: the last positive symbol in that section.
                    let s = syms_in
                        .iter()
                        .rev()
                        .find(|(sg, n)| {
                            *sg == 1 && self.sym(n).and_then(|i| i.def()).map(|d| d.0) == Some(*sec)
                        })
                        .map(|x| x.1.clone());
                    match s {
                        Some(s) => {
                            let off = self.sym(&s).and_then(|i| i.def()).map_or(0, |d| d.1) as i128;
                            constant -= off;
                            reloc_sym = Some(s);
                            true
                        }
                        None => false,
                    }
                }
                _ => false,
            };
            if !ok {
                self.err(
                    ErrorCode::BadExpression,
                    p.span.clone(),
                    "this expression is not a constant or one symbol plus a constant",
                    "cannot be relocated",
                );
                continue;
            }
            let mut value = constant;
            if let Some(sym) = &reloc_sym {
                let id = self
                    .syms
                    .get(sym)
                    .expect("mentioned when the data was emitted");
                let (target, inplace) = self.reloc_target(id);
                value += inplace as i128;
                let kind = match p.size {
                    8 => Some(RelocKind::Bpf64Abs64),
                    4 => Some(self.data4_kind(sym)),
                    _ => None,
                };
                match kind {
                    Some(kind) => self.obj.sections[p.section].relocs.push(Reloc {
                        offset: p.offset,
                        kind,
                        target,
                    }),
                    None => {
                        self.err(
                            ErrorCode::BadExpression,
                            p.span.clone(),
                            "BPF has no relocation for 1- or 2-byte data",
                            "use .long or .quad for symbol addresses",
                        );
                        continue;
                    }
                }
            }
            let bytes = (value as i64).to_le_bytes();
            let fits = match p.size {
                8 => true,
                n => {
                    let bits = 8 * n as u32;
                    value >= -(1i128 << (bits - 1)) && value < (1i128 << bits)
                }
            };
            if !fits {
                self.err(
                    ErrorCode::ImmOutOfRange,
                    p.span.clone(),
                    format!("{value} does not fit in {} bytes", p.size),
                    "",
                );
                continue;
            }
            let o = p.offset as usize;
            if self.obj.sections[p.section].kind != SectionKind::Bss {
                self.obj.sections[p.section].data[o..o + p.size as usize]
                    .copy_from_slice(&bytes[..p.size as usize]);
            }
        }
        for s in &mut self.obj.sections {
            s.relocs.sort_by_key(|r| r.offset);
        }
    }

    /// LLVM's choice for 4-byte data: NODYLD32 for temporary labels in code (`.BTF.ext`) and
    /// for named symbols in writable data (`.BTF` datasec offsets), ABS32 otherwise.
    fn data4_kind(&self, sym: &str) -> RelocKind {
        let Some((sec, _)) = self.sym(sym).and_then(|i| i.def()) else {
            return RelocKind::Bpf64Abs32;
        };
        let flags = self.obj.sections[sec].flags;
        let alloc = flags & shf::ALLOC != 0;
        if is_temporary(sym) {
            if alloc && flags & shf::EXECINSTR != 0 {
                return RelocKind::Bpf64NoDyld32;
            }
        } else if alloc && flags & shf::WRITE != 0 {
            return RelocKind::Bpf64NoDyld32;
        }
        RelocKind::Bpf64Abs32
    }

    fn build_symbols(&mut self) {
        let mut out = Vec::new();
        let mut orders = Vec::new();
        let mut size_errors = Vec::new();
        // Entries are in first-mention order, which is their `order` among themselves.
        for (id, info) in self.syms.iter() {
            let name = self.syms.name(id);
            if is_temporary(name) || info.section_alias || info.size_only {
                continue;
            }
            let binding = self.binding(id);
            // An undefined symbol only mentioned by `.type`/`.size` and never referenced is
            // still emitted by llvm-mc; helper names resolved to ids are not symbols.
            if info.def().is_none() && skctx_helper_id(name).is_some() && info.binding.is_none() {
                continue;
            }
            let size = match self.sizes.get(&id) {
                None => 0,
                Some((expr, span)) => match self.eval_now(expr) {
                    Some(v) if v >= 0 => v as u64,
                    _ => {
                        size_errors.push(AsmError::new(
                            ErrorCode::BadExpression,
                            span.clone(),
                            format!("the size of `{name}` is not a constant"),
                            "",
                        ));
                        0
                    }
                },
            };
            orders.push(info.order as usize);
            out.push(Symbol {
                name: name.to_string(),
                section: info.def().map(|d| d.0),
                value: info.def().map(|d| d.1).unwrap_or(0),
                size,
                kind: info.kind,
                binding,
                visibility: info.visibility,
            });
        }
        self.errors.extend(size_errors);
        if let Some(names) = &mut self.obj.addrsig {
            names.retain(|n| self.syms.get(n).is_none_or(|id| !self.syms[id].size_only));
        }
        for (i, sec) in self.obj.sections.iter_mut().enumerate() {
            sec.symbols_before = orders.partition_point(|&o| o < self.section_order[i]);
        }
        self.obj.symbols = out;
    }
}

impl crate::dwarf::Output for Asm {
    fn section(&mut self, name: &str, flags: u64, entsize: u64) -> usize {
        let saved = self.current;
        let i = self.switch_section(name, SectionKind::Data, flags);
        self.current = saved;
        if entsize != 0 {
            self.obj.sections[i].entsize = entsize;
        }
        i
    }

    fn object(&mut self) -> &mut Object {
        &mut self.obj
    }
}

/// The offset in slots llvm-mc writes for a target `delta` bytes after the slot following
/// the instruction: rounded down, as LLVM's unsigned division of the wrapped byte count does
/// (code may hold data of any size, so targets need not be 8-byte aligned).
fn slots_to(delta: i64) -> i64 {
    delta.div_euclid(8)
}

/// `insn` jumping `delta` bytes past its next slot, if the offset fits; like LLVM 19, a 16-bit
/// offset refuses a byte distance beyond `i16::MAX` whole slots even when rounding down fits.
fn with_jump_bytes(insn: Insn, delta: i64) -> Option<Insn> {
    let jump = insn.with_jump_offset(slots_to(delta))?;
    let wide = insn.with_jump_offset(i16::MAX as i64 + 1).is_some();
    (wide || delta <= i16::MAX as i64 * 8).then_some(jump)
}

/// Helper ids by name, from the skctx helper table (`bpf_sk_assign` or `sk_assign`).
fn skctx_helper_id(name: &str) -> Option<i32> {
    crate::helpers::helper_id(name)
}

/// An alignment directive's arguments.
struct Align {
    bytes: u64,
    fill: Option<i128>,
    /// At least 1.
    max: Option<i128>,
}

/// Reads `.p2align`/`.balign`/`.align` arguments (`args` found at `at`; the fill and the
/// maximum may be left empty: `.p2align 3,,4`).
fn parse_align(name: &str, args: &str, at: usize, whole: &Range<usize>) -> Result<Align, AsmError> {
    let mut fields = Vec::new();
    let mut start = at;
    for piece in args.split(',') {
        let lead = piece.len() - piece.trim_start().len();
        let t = piece.trim();
        fields.push((t, start + lead..start + lead + t.len()));
        start += piece.len() + 1;
    }
    let bad = |span: Range<usize>, msg: String, label: &str| {
        Err(AsmError::new(ErrorCode::BadDirective, span, msg, label))
    };
    if fields[0].0.is_empty() {
        return bad(whole.clone(), format!("{name} needs an alignment"), "");
    }
    if fields.len() > 3 {
        let msg = format!("{name} takes an alignment, a fill value and a maximum");
        return bad(whole.clone(), msg, "");
    }
    let mut values = [None; 3];
    for (v, (t, r)) in values.iter_mut().zip(&fields) {
        if !t.is_empty() {
            match syntax::parse_int(t) {
                Some(n) => *v = Some(n),
                None => return bad(r.clone(), format!("expected a number, found `{t}`"), ""),
            }
        }
    }
    let vr = fields[0].1.clone();
    let [Some(n), fill, max] = values else {
        return bad(vr, format!("{name} needs an alignment"), "");
    };
    if max.is_some_and(|m| m < 1) {
        let msg = "alignment can never be satisfied in fewer than 1 byte".to_string();
        return bad(fields[2].1.clone(), msg, "the maximum must be at least 1");
    }
    let bytes = match name {
        ".p2align" if (0..=16).contains(&n) => 1u64 << n,
        ".p2align" => return bad(vr, format!("bad alignment `{n}`"), "at most 16"),
        _ if n == 0 => 1,
        _ if (1..=1 << 16).contains(&n) && (n & (n - 1)) == 0 => n as u64,
        _ => {
            return bad(
                vr,
                format!("alignment {n} is not a power of two up to 65536"),
                "",
            )
        }
    };
    Ok(Align { bytes, fill, max })
}

/// Splits directive arguments at commas outside strings; each with its absolute range. An
/// empty piece (`.long 1,`) is kept, for the directive to refuse; no arguments, no pieces.
fn split_args(args: &str, at: usize) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    if args.trim().is_empty() {
        return out;
    }
    let b = args.as_bytes();
    let mut start = 0;
    let mut in_str = false;
    let mut i = 0;
    let push = |s: usize, e: usize, out: &mut Vec<(String, Range<usize>)>| {
        let piece = &args[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let t = piece.trim();
        out.push((t.to_string(), at + s + lead..at + s + lead + t.len()));
    };
    while i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b',' if !in_str => {
                push(start, i, &mut out);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    push(start, b.len(), &mut out);
    out
}

/// A double-quoted string with the escapes llvm-mc reads (`\b \f \n \r \t \" \\`, octal up
/// to 255, `\x` hexadecimal keeping the last two digits), as bytes; `None` for anything else.
pub(crate) fn unquote(s: &str) -> Option<Vec<u8>> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let b = inner.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            if b[i] == b'"' {
                return None;
            }
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = *b.get(i)?;
        i += 1;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'\\' => out.push(b'\\'),
            b'"' => out.push(b'"'),
            b'x' | b'X' => {
                let mut v: u32 = 0;
                let mut n = 0;
                while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(16)) {
                    v = (v << 4 | d) & 0xff;
                    i += 1;
                    n += 1;
                }
                if n == 0 {
                    return None;
                }
                out.push(v as u8);
            }
            b'0'..=b'7' => {
                let mut v: u32 = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                out.push(u8::try_from(v).ok()?);
            }
            // llvm-mc refuses any other escape (`\a`, `\'`, `\q`).
            _ => return None,
        }
    }
    Some(out)
}

/// A name llvm-mc reads as one symbol (not quoted).
fn is_symbol_name(s: &str) -> bool {
    let b = s.as_bytes();
    let start = |c: &u8| c.is_ascii_alphabetic() || matches!(c, b'_' | b'.' | b'$');
    b.first().is_some_and(start) && b.iter().all(|c| start(c) || c.is_ascii_digit())
}

/// The symbol-table name of the `k`-th definition of numeric label `n`: temporary (never
/// emitted), and not a name a source can spell.
fn numeric_label_name(n: &str, k: u32) -> String {
    format!(".L{n}\u{2}{k}")
}
