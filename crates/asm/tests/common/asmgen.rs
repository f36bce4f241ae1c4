//! A generator of random, valid LLVM-syntax BPF assembly files: several code and data
//! sections entered more than once, every instruction form the target llvm-mc parses
//! (immediates and offsets re-spelled in every base), labels of each kind (`.L`, named,
//! numeric `1:` with `1b`/`1f`), calls, `ld_imm64` of symbols with addends, comments of each
//! kind (`#`, `//`, `/* */` over lines, `;` joining statements), symbol directives
//! (`.globl`, `.weak`, `.local`, `.hidden`/`.protected`/`.internal`, `.type` in its
//! spellings, `.size` expressions), data directives with constant expressions, `.set`
//! constants, symbols and label differences, strings with escapes, `.fill`/`.zero` and
//! alignment, the section stack (`.pushsection`/`.popsection`/`.previous`), `.addrsig`,
//! `.ident` and `.file`.

use super::{random_insn, LlvmTarget, Rng};

/// Code sections (the directive entering each) and data sections.
const CODE: &[&str] = &[
    "\t.text",
    "\t.section\tsk_lookup,\"ax\",@progbits",
    "\t.section\t\"sk_lookup/b\",\"ax\",%progbits",
];
const DATA: &[&str] = &[
    "\t.data",
    "\t.section\t.rodata,\"a\",@progbits",
    "\t.section\t.data.cfg,\"aw\",@progbits",
    "\t.section\t.rodata.str1.1,\"aMS\",@progbits,1",
];
const BSS: &str = "\t.bss";

/// One generated file and what it holds, for the summary.
pub struct Generated {
    pub text: String,
    pub lines: usize,
}

/// A file of about `items` statements for `target`.
pub fn random_source(rng: &mut Rng, items: usize, target: LlvmTarget) -> Generated {
    let mut g = Gen {
        rng,
        out: String::new(),
        target,
        funcs: Vec::new(),
        objects: Vec::new(),
        label: 0,
        numeric_open: Vec::new(),
    };
    g.file(items);
    let lines = g.out.lines().count();
    Generated { text: g.out, lines }
}

/// One of `xs`, cloned.
fn pick(rng: &mut Rng, xs: &[String]) -> String {
    xs[rng.below(xs.len() as u64) as usize].clone()
}

struct Gen<'r> {
    rng: &'r mut Rng,
    out: String,
    target: LlvmTarget,
    /// Global functions defined in code sections (call targets from anywhere).
    funcs: Vec<String>,
    /// Data objects (ld_imm64 and data relocation targets).
    objects: Vec<String>,
    label: usize,
    /// Numeric labels `1f` has been written for in this section (defined before it ends).
    numeric_open: Vec<u32>,
}

impl Gen<'_> {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn file(&mut self, items: usize) {
        if self.rng.chance(1, 2) {
            self.line("\t.file\t\"gen.c\"");
        }
        self.line("\t.set\t.Lk, 3");
        self.line("\t.equ\t.Lk2, .Lk * 2 + 1");
        self.funcs = (0..3).map(|k| format!("fn{k}")).collect();
        self.objects = (0..4).map(|k| format!("obj{k}")).collect();
        let weak = self.rng.below(3) as usize;
        for (k, f) in self.funcs.clone().iter().enumerate() {
            let d = if k == weak { ".weak" } else { ".globl" };
            self.line(&format!("\t{d}\t{f}"));
        }
        // A block comment over several lines, which must not be read.
        self.line("/* generated file\n   r0 = 1 ; .byte 7\n*/");
        let parts = 2 + self.rng.below(4) as usize;
        let per = items / parts + 1;
        let mut func = 0;
        let mut object = 0;
        for p in 0..parts + 4 {
            // Every function and object gets a home; further parts pick at random.
            if p % 2 == 0 && (func < self.funcs.len() || object >= self.objects.len()) {
                let section = CODE[self.rng.below(CODE.len() as u64) as usize];
                let name = self.funcs.get(func).cloned();
                func += 1;
                self.code(section, name, per);
            } else {
                let name = self.objects.get(object).cloned();
                object += 1;
                if name.is_none() && self.rng.chance(1, 3) {
                    self.bss();
                } else {
                    let section = DATA[self.rng.below(DATA.len() as u64) as usize];
                    self.data(section, name, per / 2 + 1);
                }
            }
            if func >= self.funcs.len() && object >= self.objects.len() && p >= parts {
                break;
            }
        }
        // Undefined functions and objects that are declared but only referenced.
        self.line("\t.addrsig");
        for f in ["fn0", "obj0"] {
            self.line(&format!("\t.addrsig_sym\t{f}"));
        }
        if self.rng.chance(1, 2) {
            self.line("\t.ident\t\"generated \\\"asmgen\\\"\"");
        }
    }

    /// Sometimes `.hidden`, `.protected` or `.internal` for `name`.
    fn visibility(&mut self, name: &str) {
        if self.rng.chance(1, 3) {
            let d = self.rng.pick(&[".hidden", ".protected", ".internal"]);
            self.line(&format!("\t{d}\t{name}"));
        }
    }

    fn new_label(&mut self) -> String {
        self.label += 1;
        format!(".Ltmp{}", self.label)
    }

    /// A function (named or not) in a code section.
    fn code(&mut self, section: &str, name: Option<String>, items: usize) {
        self.line(section);
        if self.rng.chance(1, 2) {
            self.line("\t.p2align\t3");
        }
        let end = self.new_label();
        if let Some(n) = &name {
            self.visibility(n);
            let ty = self
                .rng
                .pick(&["@function", "%function", "STT_FUNC", "\"function\""]);
            self.line(&format!("\t.type\t{n},{ty}"));
            self.line(&format!("{n}:"));
        }
        let labels: Vec<String> = (0..3).map(|_| self.new_label()).collect();
        let mut placed = 0;
        self.numeric_open.clear();
        for k in 0..items {
            if placed < labels.len() && self.rng.chance(1, 6) {
                self.line(&format!("{}:", labels[placed]));
                placed += 1;
            }
            if self.rng.chance(1, 8) {
                let n = 1 + self.rng.below(3) as u32;
                self.line(&format!("{n}:"));
                self.numeric_open.retain(|&m| m != n);
            }
            let stmt = self.code_stmt(&labels, k);
            self.with_comment(&stmt, true);
        }
        for l in &labels[placed..] {
            self.line(&format!("{l}:"));
        }
        for n in std::mem::take(&mut self.numeric_open) {
            self.line(&format!("{n}:"));
        }
        self.line("\texit");
        self.line(&format!("{end}:"));
        if let Some(n) = name {
            let size = self
                .rng
                .pick(&["{e}-{n}", ".-{n}", "({e}-{n})", "{e} - {n} + 0"]);
            let size = size.replace("{e}", &end).replace("{n}", &n);
            self.line(&format!("\t.size\t{n}, {size}"));
        }
    }

    /// A statement, sometimes with a comment, sometimes joined to the next with `;` (an
    /// instruction only in code: llvm-mc assembles one in a data section, skasm refuses it).
    fn with_comment(&mut self, stmt: &str, code: bool) {
        let line = match self.rng.below(12) {
            4 if !code => format!("{stmt} ; .byte 0"),
            0 => format!("{stmt}\t# note"),
            1 => format!("{stmt} // note ; not a statement"),
            2 => format!("/* before */ {stmt}"),
            3 => format!("{stmt}; /* after */"),
            4 => format!("{stmt} ; r0 = 0"),
            5 => format!("{stmt}\n/* a comment\n   over lines # ; */"),
            _ => stmt.to_string(),
        };
        self.line(&line);
    }

    fn code_stmt(&mut self, labels: &[String], k: usize) -> String {
        let reg = self.rng.below(10);
        let w = self.rng.below(10);
        match self.rng.below(20) {
            0 => {
                let l = pick(self.rng, labels);
                let c = self.rng.pick(&[">", "==", "s<", "!=", "<="]);
                format!("\tif r{reg} {c} r{w} goto {l}")
            }
            1 => {
                let n = 1 + self.rng.below(3) as u32;
                if self.rng.chance(1, 2) || k == 0 {
                    if !self.numeric_open.contains(&n) {
                        self.numeric_open.push(n);
                    }
                    format!("\tgoto {n}f")
                } else {
                    // A backward reference needs an earlier definition in this section.
                    self.line(&format!("{n}:"));
                    self.numeric_open.retain(|&m| m != n);
                    format!("\tif w{reg} s> {} goto {n}b", self.number(5))
                }
            }
            2 => {
                let f = pick(self.rng, &self.funcs);
                let f = if self.rng.chance(1, 4) {
                    "ext_fn".into()
                } else {
                    f
                };
                format!("\tcall {f}")
            }
            3 => {
                let o = pick(self.rng, &self.objects);
                let o = if self.rng.chance(1, 5) {
                    "ext_obj".into()
                } else {
                    o
                };
                match self.rng.below(4) {
                    0 => format!("\tr{reg} = {o} ll"),
                    1 => format!("\tr{reg} = {o} + {} ll", self.rng.below(64)),
                    2 => format!("\tr{reg} = {o} - {} ll", self.rng.below(64)),
                    _ => format!("\tr{reg} = {} ll", self.number(1 << 40)),
                }
            }
            4 => format!("\tr{reg} = {}", self.number(1 << 31)),
            5 if self.rng.chance(1, 3) => {
                // Data elsewhere, and back: the section stack.
                let fill = self.number(300);
                let back = self
                    .rng
                    .pick(&[".popsection", ".popsection\n\t.previous\n\t.previous"]);
                format!("\t.pushsection\t.rodata.pushed,\"a\",@progbits\n\t.fill\t2, 3, {fill}\n\t{back}")
            }
            6 if self.rng.chance(1, 3) => {
                let fill = self.number(1 << 20);
                format!(
                    "\t.section\t.data.prev,\"aw\",@progbits\n\t.fill\t1, 4, {fill}\n\t.previous"
                )
            }
            _ => loop {
                let insn = random_insn(self.rng);
                if (self.target.can_parse)(&insn) {
                    break format!("\t{}", self.respell(&insn.to_string()));
                }
            },
        }
    }

    /// A non-negative number below `max` in a random base.
    fn number(&mut self, max: u64) -> String {
        let v = self.rng.below(max);
        self.spell(v)
    }

    fn spell(&mut self, v: u64) -> String {
        match self.rng.below(6) {
            0 => format!("{v:#x}"),
            1 => format!("{v:#X}").replacen("0X", "0x", 1),
            2 if v != 0 => format!("0{v:o}"),
            3 => format!("{v:#b}"),
            _ => v.to_string(),
        }
    }

    /// `text` (as the printer writes it) with each number in another base.
    fn respell(&mut self, text: &str) -> String {
        let b = text.as_bytes();
        let mut out = String::new();
        let mut i = 0;
        while i < b.len() {
            let word_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
            if b[i].is_ascii_digit() && !word_before {
                let hex = b[i..].starts_with(b"0x");
                let start = if hex { i + 2 } else { i };
                let len = b[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_hexdigit() && (hex || c.is_ascii_digit()))
                    .count();
                let digits = &text[start..start + len];
                let v = u64::from_str_radix(digits, if hex { 16 } else { 10 }).unwrap();
                // An operand after `=` may be an expression llvm-mc folds: `2 + 3`.
                if out.ends_with("= ") && v > 0 && self.rng.chance(1, 4) {
                    let k = self.rng.below(v.min(1000));
                    let (a, b) = (self.spell(v - k), self.spell(k));
                    out.push_str(&format!("{a} + {b}"));
                } else {
                    out.push_str(&self.spell(v));
                }
                i = start + len;
            } else {
                out.push(b[i] as char);
                i += 1;
            }
        }
        out
    }

    fn data(&mut self, section: &str, name: Option<String>, items: usize) {
        self.line(section);
        let strings = section.contains("str1");
        if let Some(n) = &name {
            if self.rng.chance(1, 2) {
                self.line(&format!("\t.globl\t{n}"));
            } else if self.rng.chance(1, 2) {
                self.line(&format!("\t.local\t{n}"));
            }
            let align = self.rng.below(4);
            self.line(&format!("\t.p2align\t{align}"));
            self.visibility(n);
            let ty = self.rng.pick(&["@object", "%object", "STT_OBJECT"]);
            self.line(&format!("\t.type\t{n},{ty}"));
            self.line(&format!("{n}:"));
        }
        let end = self.new_label();
        for _ in 0..items {
            let stmt = if strings {
                self.string_stmt()
            } else {
                self.data_stmt()
            };
            self.with_comment(&stmt, false);
        }
        self.line(&format!("{end}:"));
        if let Some(n) = name {
            self.line(&format!("\t.size\t{n}, {end}-{n}"));
        }
    }

    fn bss(&mut self) {
        self.line(BSS);
        let n = format!("zeroed{}", self.label);
        self.label += 1;
        self.line(&format!("\t.globl\t{n}"));
        self.line("\t.p2align\t3");
        self.line(&format!("{n}:"));
        let size = 1 + self.rng.below(32);
        let spelled = self.spell(size);
        self.line(&format!("\t.zero\t{spelled}"));
        self.line(&format!("\t.size\t{n}, {size}"));
    }

    fn string_stmt(&mut self) -> String {
        let d = self.rng.pick(&[".ascii", ".asciz", ".string"]);
        let n = 1 + self.rng.below(3);
        let parts: Vec<String> = (0..n).map(|_| self.string()).collect();
        format!("\t{d}\t{}", parts.join(", "))
    }

    fn string(&mut self) -> String {
        let mut s = String::from("\"");
        for _ in 0..self.rng.below(8) {
            let piece = match self.rng.below(14) {
                0 => "\\n".to_string(),
                1 => "\\t".to_string(),
                2 => "\\\"".to_string(),
                3 => "\\\\".to_string(),
                4 => format!("\\x{:x}", self.rng.below(256)),
                5 => format!("\\{:o}", self.rng.below(256)),
                6 => "\\b\\f\\r".to_string(),
                7 => ";#/*".to_string(),
                _ => ((b'a' + self.rng.below(26) as u8) as char).to_string(),
            };
            s.push_str(&piece);
        }
        s.push('"');
        s
    }

    fn data_stmt(&mut self) -> String {
        let (d, bytes) = self.rng.pick(&[
            (".byte", 1u32),
            (".short", 2),
            (".2byte", 2),
            (".long", 4),
            (".4byte", 4),
            (".int", 4),
            (".quad", 8),
            (".8byte", 8),
        ]);
        match self.rng.below(13) {
            12 => {
                let size = self.rng.pick(&[1, 2, 3, 4, 8]);
                format!(
                    "\t.fill\t{}, {size}, {}",
                    self.rng.below(4),
                    self.number(1 << 40)
                )
            }
            0 if bytes >= 4 => {
                let o = pick(self.rng, &self.objects);
                let f = pick(self.rng, &self.funcs);
                let s = pick(self.rng, &[o, f, "ext_obj".to_string()]);
                let off = self.rng.below(16);
                match self.rng.below(3) {
                    0 => format!("\t{d}\t{s}"),
                    1 => format!("\t{d}\t{s} + {off}"),
                    _ => format!("\t{d}\t{s}+{}", self.spell(off)),
                }
            }
            1 => {
                let d = self.rng.pick(&[".zero", ".space", ".skip"]);
                let n = self.rng.below(9);
                if self.rng.chance(1, 2) {
                    format!("\t{d}\t{}", self.spell(n))
                } else {
                    format!("\t{d}\t{}, {}", n, self.rng.below(256))
                }
            }
            2 => {
                let a = self.rng.pick(&[
                    ".p2align\t2",
                    ".balign\t4",
                    ".align\t8",
                    ".p2align\t3, 0xaa",
                ]);
                format!("\t{a}")
            }
            3 => format!("\t{d}\t.Lk2 * (.Lk + 1)"),
            4 => {
                let l = self.new_label();
                self.line(&format!("{l}:"));
                format!("\t{d}\t. - {l}")
            }
            _ => {
                let n = 1 + self.rng.below(3);
                let values: Vec<String> = (0..n).map(|_| self.constant(bytes)).collect();
                format!("\t{d}\t{}", values.join(", "))
            }
        }
    }

    /// A constant expression whose value fits `bytes` bytes (signed or unsigned).
    fn constant(&mut self, bytes: u32) -> String {
        let max = if bytes >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * bytes)) - 1
        };
        let small = max.min(100);
        match self.rng.below(9) {
            0 => format!("-{}", self.rng.below(small / 2 + 1)),
            1 => format!(
                "{} + {}",
                self.rng.below(small / 2),
                self.rng.below(small / 2)
            ),
            2 => format!("({} << 2) | 1", self.rng.below(small / 8 + 1)),
            3 => format!("{} * 3 - 1", 1 + self.rng.below(small / 4)),
            4 => format!("~{}", self.rng.below(2)),
            5 => format!("{} == {}", self.rng.below(2), self.rng.below(2)),
            6 => format!("{} / 3 % 5", self.rng.below(small)),
            7 => format!("'{}'", (b'a' + self.rng.below(26) as u8) as char),
            _ => {
                let v = self.rng.next_u64() & max;
                self.spell(v)
            }
        }
    }
}

/// Summary of what the generated files held (directives and statements by kind).
pub fn coverage(text: &str, seen: &mut std::collections::BTreeMap<String, usize>) {
    for line in text.lines() {
        let t = line.trim_start();
        let key = if t.ends_with(':') {
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                "numeric label".into()
            } else {
                "label".into()
            }
        } else if let Some(d) = t.strip_prefix('.') {
            format!(
                ".{}",
                d.split(|c: char| c.is_whitespace()).next().unwrap_or("")
            )
        } else if t.starts_with("/*") {
            "/* */".into()
        } else {
            "instruction".into()
        };
        for (mark, what) in [
            ("; ", "`;`"),
            ("# ", "`#`"),
            ("//", "`//`"),
            (" 1b", "1b"),
            (" 1f", "1f"),
        ] {
            if t.contains(mark) {
                *seen.entry(what.to_string()).or_default() += 1;
            }
        }
        *seen.entry(key).or_default() += 1;
    }
}
