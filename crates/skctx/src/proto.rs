//! A BPF function's BTF prototype as the kernel's verifier reads a global function's
//! (`btf_prepare_func_args`): the return type, and per parameter its type (typedefs and
//! qualifiers skipped) and its `arg:<tag>` decl tags (`__arg_ctx`, `__arg_nonnull`, ...).
//!
//! One description for everyone who speaks of prototypes: the spec format's `# func:`
//! lines parse into it (the syntax is [`Param`]'s `FromStr` and `Display`, one table
//! [`POINTEES`] of the pointer kinds), the kernel crate builds BTF from it, `skasm lint`
//! reads it from clang's BTF, and the verifier decides per release what each one means.

use std::fmt;
use std::str::FromStr;

/// What a function returns, as far as the kernel tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ret {
    /// An integer or an enum.
    #[default]
    Int,
    /// `void`.
    Void,
    /// Anything else (a pointer, a struct).
    Other,
}

/// What a pointer parameter points to (`btf_resolve_size` of the pointee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pointee {
    /// `struct bpf_sk_lookup`: the program's context type.
    Ctx,
    /// A complete type of this many bytes (`struct sN`, `int`); 0 for a struct without
    /// members.
    Sized(u32),
    /// Another pointer (8 bytes).
    Ptr,
    /// `void`.
    Void,
    /// A struct declared but never defined (`BTF_KIND_FWD`), of this name.
    Fwd(String),
    /// A function type (`BTF_KIND_FUNC_PROTO`).
    Func,
}

/// A parameter's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// An integer or an enum.
    Int,
    Ptr(Pointee),
    /// A struct passed by value, of this many bytes.
    Struct(u32),
    /// A union passed by value, of this many bytes.
    Union(u32),
    /// A type this description has no word for (clang's BTF can hold any), in words: the
    /// verifier calls a global function with one unsupported.
    Other(String),
}

/// An `arg:<tag>` decl tag on a parameter (libbpf's `__arg_ctx`, `__arg_nonnull`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    Ctx,
    NonNull,
    Nullable,
    Trusted,
    Untrusted,
    Arena,
    /// Any other `arg:` tag, named.
    Other(String),
}

/// The tags a kernel knows, by the name after `arg:`.
const TAGS: [(&str, Tag); 6] = [
    ("ctx", Tag::Ctx),
    ("nonnull", Tag::NonNull),
    ("nullable", Tag::Nullable),
    ("trusted", Tag::Trusted),
    ("untrusted", Tag::Untrusted),
    ("arena", Tag::Arena),
];

impl Tag {
    /// The tag named `arg:<name>`.
    pub fn from_name(name: &str) -> Tag {
        (TAGS.iter().find(|(n, _)| *n == name))
            .map_or_else(|| Tag::Other(name.to_string()), |(_, t)| t.clone())
    }

    /// The name after `arg:`.
    pub fn name(&self) -> &str {
        match self {
            Tag::Other(name) => name,
            t => TAGS.iter().find(|(_, k)| k == t).map_or("?", |(n, _)| n),
        }
    }
}

/// One parameter: its type and its tags, in BTF order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub ty: Type,
    pub tags: Vec<Tag>,
}

impl Pointee {
    /// Its size in bytes (`btf_resolve_size`), `None` when it has none.
    pub fn size(&self) -> Option<u32> {
        match self {
            Pointee::Sized(n) => Some(*n),
            Pointee::Ptr => Some(8),
            _ => None,
        }
    }
}

impl Param {
    pub fn new(ty: Type) -> Param {
        Param {
            ty,
            tags: Vec::new(),
        }
    }

    pub fn has(&self, tag: &Tag) -> bool {
        self.tags.contains(tag)
    }
}

/// A prototype: its return and its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proto {
    pub ret: Ret,
    pub params: Vec<Param>,
}

/// The pointer kinds of the `# func:` syntax without a size: `(word, pointee)`; `mem:N`
/// is [`Pointee::Sized`] and `ctx` [`Pointee::Ctx`].
pub const POINTEES: [(&str, MakePointee); 4] = [
    ("void*", || Pointee::Void),
    ("ptr*", || Pointee::Ptr),
    ("fwd*", || Pointee::Fwd(FWD_NAME.to_string())),
    ("fn*", || Pointee::Func),
];

/// A [`POINTEES`] entry's pointee (a function: [`Pointee::Fwd`] holds a `String`).
pub type MakePointee = fn() -> Pointee;

/// The name of the undefined struct `fwd*` points to.
pub const FWD_NAME: &str = "opaque";

/// The largest `mem:N`, `struct:N` or `union:N` the syntax takes.
const MAX_SIZE: u32 = 4096;

/// `scalar`, `ctx`, `mem:N`, `void*`, `ptr*`, `fwd*`, `fn*`, `struct:N`, `union:N`,
/// followed by tag names (`nonnull`, `ctx`, ...), separated by spaces.
impl FromStr for Param {
    type Err = String;

    fn from_str(s: &str) -> Result<Param, String> {
        let mut words = s.split_whitespace();
        let ty = parse_type(words.next().unwrap_or_default())?;
        let tags = words.map(Tag::from_name).collect();
        Ok(Param { ty, tags })
    }
}

fn parse_type(word: &str) -> Result<Type, String> {
    let sized = |prefix: &str| -> Option<Result<u32, String>> {
        let n = word.strip_prefix(prefix)?;
        Some(
            n.parse::<u32>()
                .ok()
                .filter(|&n| n <= MAX_SIZE)
                .ok_or_else(|| format!("`{word}`: a size from 0 to {MAX_SIZE}")),
        )
    };
    if let Some(n) = sized("mem:") {
        return Ok(Type::Ptr(Pointee::Sized(n?)));
    }
    if let Some(n) = sized("struct:") {
        return Ok(Type::Struct(n?));
    }
    if let Some(n) = sized("union:") {
        return Ok(Type::Union(n?));
    }
    match word {
        "scalar" => Ok(Type::Int),
        "ctx" => Ok(Type::Ptr(Pointee::Ctx)),
        _ => (POINTEES.iter().find(|(w, _)| *w == word))
            .map(|(_, p)| Type::Ptr(p()))
            .ok_or_else(|| format!("unknown parameter type `{word}`")),
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.ty {
            Type::Int => f.write_str("scalar")?,
            Type::Struct(n) => write!(f, "struct:{n}")?,
            Type::Union(n) => write!(f, "union:{n}")?,
            Type::Other(what) => write!(f, "({what})")?,
            Type::Ptr(Pointee::Ctx) => f.write_str("ctx")?,
            Type::Ptr(Pointee::Sized(n)) => write!(f, "mem:{n}")?,
            Type::Ptr(p) => {
                let word = POINTEES.iter().find(|(_, q)| q() == *p).map(|(w, _)| *w);
                f.write_str(word.unwrap_or("fwd*"))?
            }
        }
        for t in &self.tags {
            write!(f, " {}", t.name())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_parse_and_print_back() {
        for text in [
            "scalar",
            "ctx",
            "mem:4 nonnull",
            "mem:0",
            "void* ctx",
            "void* nullable",
            "ptr*",
            "fwd*",
            "fn*",
            "struct:8",
            "union:4",
            "scalar weird",
        ] {
            let p: Param = text.parse().unwrap();
            assert_eq!(p.to_string(), text);
        }
        for bad in ["", "ptr", "mem:x", "mem:4097", "struct:"] {
            assert!(bad.parse::<Param>().is_err(), "{bad}");
        }
    }
}
