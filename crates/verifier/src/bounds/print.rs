//! A scalar as the verifier log prints it (`print_reg_state`, `print_scalar_ranges` in
//! kernel/bpf/log.c; before [`Domain::compact_scalar_print`], `print_verifier_state` in
//! kernel/bpf/verifier.c).

use std::fmt;

use super::Scalar;
use crate::releases::Domain;
use crate::tnum::{fmt_snum, fmt_unum};

impl Scalar {
    /// This scalar as `domain`'s kernel prints it in its log (`Display` is the newest
    /// form).
    pub fn log_text(&self, domain: &Domain) -> String {
        if domain.compact_scalar_print() {
            self.to_string()
        } else {
            self.old_log_text()
        }
    }

    /// 6.1's form: a constant in decimal, else each bound that is neither its type's limit
    /// nor (for the signed and the 32-bit ones) equal to its unsigned or 64-bit
    /// counterpart, in decimal, the 32-bit ones as signed numbers.
    fn old_log_text(&self) -> String {
        if self.var_off.is_const() {
            return (self.var_off.value as i64).to_string();
        }
        let mut parts = Vec::new();
        if self.smin as u64 != self.umin && self.smin != i64::MIN {
            parts.push(format!("smin={}", self.smin));
        }
        if self.smax as u64 != self.umax && self.smax != i64::MAX {
            parts.push(format!("smax={}", self.smax));
        }
        if self.umin != 0 {
            parts.push(format!("umin={}", self.umin));
        }
        if self.umax != u64::MAX {
            parts.push(format!("umax={}", self.umax));
        }
        if !self.var_off.is_unknown() {
            parts.push(format!("var_off={}", self.var_off));
        }
        if self.s32_min as i64 != self.smin && self.s32_min != i32::MIN {
            parts.push(format!("s32_min={}", self.s32_min));
        }
        if self.s32_max as i64 != self.smax && self.s32_max != i32::MAX {
            parts.push(format!("s32_max={}", self.s32_max));
        }
        if self.u32_min as u64 != self.umin && self.u32_min != 0 {
            parts.push(format!("u32_min={}", self.u32_min as i32));
        }
        if self.u32_max as u64 != self.umax && self.u32_max != u32::MAX {
            parts.push(format!("u32_max={}", self.u32_max as i32));
        }
        format!("scalar({})", parts.join(","))
    }
}

impl fmt::Display for Scalar {
    /// A scalar as `print_reg_state` prints it (without the `P` precision mark): a
    /// constant as a number, else `scalar(<ranges>,var_off=...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.var_off.is_const() {
            return f.write_str(&fmt_snum(self.var_off.value as i64));
        }
        let mut parts = self.range_parts();
        if !self.var_off.is_unknown() {
            parts.push(format!("var_off={}", self.var_off));
        }
        write!(f, "scalar({})", parts.join(","))
    }
}

impl Scalar {
    /// `print_scalar_ranges`: the bounds that are not the type's limits, equal values of the
    /// same sign merged as `smin=umin=...`.
    fn range_parts(&self) -> Vec<String> {
        struct Item {
            name: &'static str,
            val: u64,
            omit: bool,
        }
        // In hex a negative 32-bit bound is printed as its u32, not sign-extended.
        let s32 = |v: i32| {
            if (i16::MIN as i64..=i16::MAX as i64).contains(&(v as i64)) {
                v as i64 as u64
            } else {
                v as u32 as u64
            }
        };
        let mut items = [
            Item {
                name: "smin",
                val: self.smin as u64,
                omit: self.smin == i64::MIN,
            },
            Item {
                name: "smax",
                val: self.smax as u64,
                omit: self.smax == i64::MAX,
            },
            Item {
                name: "umin",
                val: self.umin,
                omit: self.umin == 0,
            },
            Item {
                name: "umax",
                val: self.umax,
                omit: self.umax == u64::MAX,
            },
            Item {
                name: "smin32",
                val: s32(self.s32_min),
                omit: self.s32_min == i32::MIN,
            },
            Item {
                name: "smax32",
                val: s32(self.s32_max),
                omit: self.s32_max == i32::MAX,
            },
            Item {
                name: "umin32",
                val: self.u32_min as u64,
                omit: self.u32_min == 0,
            },
            Item {
                name: "umax32",
                val: self.u32_max as u64,
                omit: self.u32_max == u32::MAX,
            },
        ];
        let negative = |it: &Item| it.name.starts_with('s') && (it.val as i64) < 0;
        let mut parts = Vec::new();
        for i in 0..items.len() {
            if items[i].omit {
                continue;
            }
            let mut names = items[i].name.to_string();
            let neg1 = negative(&items[i]);
            let mut j = i + 2;
            while j < items.len() {
                if !items[j].omit && items[j].val == items[i].val && negative(&items[j]) == neg1 {
                    items[j].omit = true;
                    names.push('=');
                    names.push_str(items[j].name);
                }
                j += 2;
            }
            let v = items[i].val;
            let shown = if items[i].name.starts_with('s') {
                fmt_snum(v as i64)
            } else {
                fmt_unum(v)
            };
            parts.push(format!("{names}={shown}"));
        }
        parts
    }
}
