//! Assembler expressions as llvm-mc reads and folds them: integer literals, symbols, `.`,
//! parentheses, unary `- + ~ !` and the binary operators with GNU precedence (lowest first:
//! `&& ||`; `== != <> < <= > >=`; `+ -`; `| ^ & !`; `* / % << >>`), evaluated in 64 bits
//! (comparisons give -1 for true, `>>` is a logical shift, shift counts wrap at 64).
//!
//! The result is linear, a constant plus symbols and locations with signs ([`Expr`]), which
//! is what a relocation or a later label difference needs; an operator other than `+` and
//! `-` needs constants on both sides, as in llvm-mc, where it is not a relocatable
//! expression otherwise.

use crate::syntax;

/// `a - b + 4`, `.`, `name`: a sum of signed terms.
#[derive(Debug, Clone)]
pub(crate) struct Expr {
    pub terms: Vec<(i64, Term)>,
}

impl Expr {
    pub fn constant(n: i128) -> Self {
        Expr {
            terms: vec![(1, Term::Num(n))],
        }
    }

    /// The value when the expression has no symbol and no location.
    pub fn as_constant(&self) -> Option<i128> {
        self.terms.iter().try_fold(0i128, |v, (sign, t)| match t {
            Term::Num(n) => Some(v + *sign as i128 * n),
            _ => None,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Term {
    Num(i128),
    Sym(String),
    /// `.`: the location where the expression appears.
    Dot(usize, u64),
}

/// What a name in an expression stands for: a constant (`.set`), or a symbol under the
/// name the symbol table knows it by (numeric labels `1b`/`1f` are renamed). `None`: an
/// error (e.g. `1b` with no `1:` before it).
pub(crate) type Resolve<'r> = &'r dyn Fn(&str) -> Option<Term>;

/// Parses `s` whole; `here` is the location `.` stands for.
pub(crate) fn parse(s: &str, here: Option<(usize, u64)>, resolve: Resolve) -> Option<Expr> {
    let mut p = Parser {
        s: s.as_bytes(),
        at: 0,
        here,
        resolve,
    };
    let e = p.binary(1)?;
    p.skip_space();
    (p.at == p.s.len()).then_some(e)
}

/// A constant expression (no symbol, no location).
pub(crate) fn constant(s: &str, resolve: Resolve) -> Option<i128> {
    parse(s, None, resolve)?.as_constant()
}

/// The length of the binary operator `s` starts with, if any.
pub(crate) fn binary_operator(s: &str) -> Option<usize> {
    BINARY
        .iter()
        .find(|(op, _, _)| s.starts_with(op))
        .map(|(op, _, _)| op.len())
}

struct Parser<'a, 'r> {
    s: &'a [u8],
    at: usize,
    here: Option<(usize, u64)>,
    resolve: Resolve<'r>,
}

/// How an operator folds two constants (`None`: division by zero).
type Fold = fn(i64, i64) -> Option<i64>;

/// The binary operators: spelling, precedence (higher binds tighter), and the fold.
const BINARY: &[(&str, u8, Fold)] = &[
    ("&&", 1, |a, b| Some((a != 0 && b != 0) as i64)),
    ("||", 1, |a, b| Some((a != 0 || b != 0) as i64)),
    ("==", 2, |a, b| Some(-((a == b) as i64))),
    ("!=", 2, |a, b| Some(-((a != b) as i64))),
    ("<>", 2, |a, b| Some(-((a != b) as i64))),
    ("<=", 2, |a, b| Some(-((a <= b) as i64))),
    (">=", 2, |a, b| Some(-((a >= b) as i64))),
    ("<<", 5, |a, b| Some(a.wrapping_shl(b as u32))),
    (">>", 5, |a, b| {
        Some(((a as u64).wrapping_shr(b as u32)) as i64)
    }),
    ("<", 2, |a, b| Some(-((a < b) as i64))),
    (">", 2, |a, b| Some(-((a > b) as i64))),
    ("+", 3, |a, b| Some(a.wrapping_add(b))),
    ("-", 3, |a, b| Some(a.wrapping_sub(b))),
    ("|", 4, |a, b| Some(a | b)),
    ("^", 4, |a, b| Some(a ^ b)),
    ("&", 4, |a, b| Some(a & b)),
    ("!", 4, |a, b| Some(a | !b)),
    ("*", 5, |a, b| Some(a.wrapping_mul(b))),
    ("/", 5, |a, b| (b != 0).then(|| a.wrapping_div(b))),
    ("%", 5, |a, b| (b != 0).then(|| a.wrapping_rem(b))),
];

impl Parser<'_, '_> {
    fn skip_space(&mut self) {
        while self
            .s
            .get(self.at)
            .is_some_and(|c| *c == b' ' || *c == b'\t')
        {
            self.at += 1;
        }
    }

    fn operator(&mut self) -> Option<(&'static str, u8, Fold)> {
        self.skip_space();
        let rest = &self.s[self.at..];
        BINARY
            .iter()
            .find(|(op, _, _)| rest.starts_with(op.as_bytes()))
            .copied()
    }

    /// Operators of precedence `min` and above, left-associative.
    fn binary(&mut self, min: u8) -> Option<Expr> {
        let mut left = self.unary()?;
        while let Some((op, prec, fold)) = self.operator().filter(|o| o.1 >= min) {
            self.at += op.len();
            let right = self.binary(prec + 1)?;
            left = combine(left, op, right, fold)?;
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Expr> {
        self.skip_space();
        let c = *self.s.get(self.at)?;
        if matches!(c, b'-' | b'+' | b'~' | b'!') {
            self.at += 1;
            let e = self.unary()?;
            return match c {
                b'-' => Some(negate(e)),
                b'+' => Some(e),
                b'~' => Some(Expr::constant(!(e.as_constant()? as i64) as i128)),
                _ => Some(Expr::constant((e.as_constant()? == 0) as i128)),
            };
        }
        self.primary()
    }

    fn primary(&mut self) -> Option<Expr> {
        let rest = &self.s[self.at..];
        if rest.first() == Some(&b'(') {
            self.at += 1;
            let e = self.binary(1)?;
            self.skip_space();
            if self.s.get(self.at) != Some(&b')') {
                return None;
            }
            self.at += 1;
            return Some(e);
        }
        if let Some((v, len)) = syntax::int_literal(rest) {
            let follows = rest.get(len).copied();
            if !follows.is_some_and(is_name_char) {
                self.at += len;
                return Some(Expr::constant(v? as i64 as i128));
            }
        }
        let len = rest.iter().take_while(|c| is_name_char(**c)).count();
        if len == 0 {
            return None;
        }
        let name = std::str::from_utf8(&rest[..len]).ok()?;
        self.at += len;
        let term = if name == "." {
            let (sec, off) = self.here?;
            Term::Dot(sec, off)
        } else if name.as_bytes()[0].is_ascii_digit() && !is_numeric_label_ref(name) {
            return None;
        } else {
            (self.resolve)(name)?
        };
        Some(Expr {
            terms: vec![(1, term)],
        })
    }
}

fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$')
}

/// `1b` or `1f`: the nearest `1:` before or after.
pub(crate) fn is_numeric_label_ref(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 2
        && matches!(b[b.len() - 1], b'b' | b'f')
        && b[..b.len() - 1].iter().all(u8::is_ascii_digit)
}

fn negate(mut e: Expr) -> Expr {
    for (sign, _) in &mut e.terms {
        *sign = -*sign;
    }
    e
}

/// `left op right`: sums stay linear; every other operator folds constants.
fn combine(mut left: Expr, op: &str, right: Expr, fold: Fold) -> Option<Expr> {
    match (op, left.as_constant(), right.as_constant()) {
        (_, Some(a), Some(b)) => Some(Expr::constant(fold(a as i64, b as i64)? as i128)),
        ("+", _, _) => {
            left.terms.extend(right.terms);
            Some(left)
        }
        ("-", _, _) => {
            left.terms.extend(negate(right).terms);
            Some(left)
        }
        _ => None,
    }
}
