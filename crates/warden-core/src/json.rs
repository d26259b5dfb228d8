//! A small JSON reader and writer, the only one the extension runs.
//!
//! serde and serde_json stay the declarative description of every stored and exchanged shape
//! (the derives on the types, used natively and by the tests), but their generated code is
//! large in WebAssembly: a decoder per type and per source, error messages that format
//! floating-point numbers, number tables. The engine therefore reads JSON into a [`Json`] tree
//! and writes it with a [`Writer`], by hand, type by type; tests check that both ways agree
//! with the serde derives byte for byte.
//!
//! Numbers: whole numbers that fit are kept exactly (`u64`, or `i64` when negative); other
//! numbers become an `f64` read without correct rounding in the last digit (Warden stores and
//! exchanges whole numbers only; a fraction only has to be recognised as one). The writer
//! writes whole numbers only.

use crate::date::Date;
use crate::map::Map;
use std::borrow::Cow;

/// A JSON value; strings without escapes borrow from the text they were read from.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Num(Num),
    Str(Cow<'a, str>),
    Arr(Vec<Json<'a>>),
    /// Members in the order written (a repeated name: the last one counts, as in serde_json).
    Obj(Vec<(Cow<'a, str>, Json<'a>)>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// A whole number from 0 to `u64::MAX`.
    U(u64),
    /// A negative whole number from `i64::MIN`.
    I(i64),
    /// Any other number.
    F(f64),
}

/// Why text is not JSON: a short reason and the byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub reason: &'static str,
    pub at: usize,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.at)
    }
}

/// Nesting deeper than this is refused (serde_json's limit too): no stack overflow on hostile text.
const MAX_DEPTH: u32 = 128;

impl<'a> Json<'a> {
    /// Reads one JSON value (surrounding whitespace allowed, nothing else).
    pub fn parse(text: &'a str) -> Result<Json<'a>, SyntaxError> {
        let mut p = Parser {
            text,
            b: text.as_bytes(),
            i: 0,
        };
        let v = p.value(0)?;
        p.ws();
        if p.i != p.b.len() {
            return Err(p.err("trailing characters"));
        }
        Ok(v)
    }

    /// The member `key` of an object (the last one of that name), else `None`.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Num(Num::U(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Num(Num::U(n)) => i64::try_from(*n).ok(),
            Json::Num(Num::I(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, reason: &'static str) -> SyntaxError {
        SyntaxError { reason, at: self.i }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let hit = self.b.get(self.i) == Some(&c);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn word(&mut self, w: &[u8], v: Json<'a>) -> Result<Json<'a>, SyntaxError> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("expected a value"))
        }
    }

    fn value(&mut self, depth: u32) -> Result<Json<'a>, SyntaxError> {
        self.ws();
        let Some(&c) = self.b.get(self.i) else {
            return Err(self.err("unexpected end"));
        };
        match c {
            b'{' | b'[' => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("nested too deeply"));
                }
                self.i += 1;
                if c == b'{' {
                    self.object(depth + 1)
                } else {
                    self.array(depth + 1)
                }
            }
            b'"' => Ok(Json::Str(self.string()?)),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'n' => self.word(b"null", Json::Null),
            b'-' | b'0'..=b'9' => Ok(Json::Num(self.number()?)),
            _ => Err(self.err("expected a value")),
        }
    }

    fn object(&mut self, depth: u32) -> Result<Json<'a>, SyntaxError> {
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Obj(members));
        }
        loop {
            self.ws();
            if self.b.get(self.i) != Some(&b'"') {
                return Err(self.err("expected a member name"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.err("expected `:`"));
            }
            members.push((key, self.value(depth)?));
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(Json::Obj(members));
            }
            return Err(self.err("expected `,` or `}`"));
        }
    }

    fn array(&mut self, depth: u32) -> Result<Json<'a>, SyntaxError> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(Json::Arr(items));
            }
            return Err(self.err("expected `,` or `]`"));
        }
    }

    /// A string from its opening quote; borrowed when it has no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.i += 1;
        let start = self.i;
        // Fast path: up to the closing quote without an escape.
        loop {
            match self.b.get(self.i) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    let s = self.text.get(start..self.i).unwrap_or_default();
                    self.i += 1;
                    return Ok(Cow::Borrowed(s));
                }
                Some(b'\\') => break,
                Some(&c) if c < 0x20 => return Err(self.err("control character in string")),
                Some(_) => self.i += 1,
            }
        }
        let mut out = String::from(self.text.get(start..self.i).unwrap_or_default());
        loop {
            let run = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.text.get(run..self.i).unwrap_or_default());
            match self.b.get(self.i) {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(&e) = self.b.get(self.i) else {
                        return Err(self.err("unterminated string"));
                    };
                    self.i += 1;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.err("bad escape")),
                    });
                }
                Some(_) => return Err(self.err("control character in string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .b
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.err("bad \\u escape"))?;
        let mut n = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.err("bad \\u escape")),
            };
            n = n * 16 + u32::from(v);
        }
        self.i += 4;
        Ok(n)
    }

    /// After `\u`: one code point, a surrogate pair counting as one. A lone surrogate is refused.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let hi = self.hex4()?;
        let code = match hi {
            0xD800..=0xDBFF => {
                if self.b.get(self.i..self.i + 2) != Some(b"\\u") {
                    return Err(self.err("lone surrogate"));
                }
                self.i += 2;
                let lo = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return Err(self.err("lone surrogate"));
                }
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.err("lone surrogate")),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.err("bad \\u escape"))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.b.get(self.i) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Num, SyntaxError> {
        let negative = self.b[self.i] == b'-';
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        let n_int = self.digits();
        if n_int == 0 || (n_int > 1 && self.b[int_start] == b'0') {
            return Err(self.err("bad number"));
        }
        let int_end = self.i;
        let mut frac = int_end..int_end;
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            let f = self.i;
            if self.digits() == 0 {
                return Err(self.err("bad number"));
            }
            frac = f..self.i;
        }
        let mut exp: i32 = 0;
        let mut has_exp = false;
        if let Some(b'e' | b'E') = self.b.get(self.i) {
            has_exp = true;
            self.i += 1;
            let minus = match self.b.get(self.i) {
                Some(b'-') => {
                    self.i += 1;
                    true
                }
                Some(b'+') => {
                    self.i += 1;
                    false
                }
                _ => false,
            };
            let e = self.i;
            if self.digits() == 0 {
                return Err(self.err("bad number"));
            }
            for &d in &self.b[e..self.i] {
                exp = exp.saturating_mul(10).saturating_add(i32::from(d - b'0'));
            }
            if minus {
                exp = -exp;
            }
        }
        let whole = &self.b[int_start..int_end];
        if frac.is_empty() && !has_exp {
            let mut n: u64 = 0;
            let mut fits = true;
            for &d in whole {
                match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(u64::from(d - b'0')))
                {
                    Some(v) => n = v,
                    None => fits = false,
                }
            }
            if fits {
                if !negative {
                    return Ok(Num::U(n));
                }
                // "-0" is the float -0.0, as in serde_json.
                if n != 0 && n <= i64::MAX as u64 + 1 {
                    return Ok(Num::I((n as i64).wrapping_neg()));
                }
            }
        }
        // Not a whole number that fits: an approximate f64 (exact for short decimals).
        let mut v = 0f64;
        for &d in whole.iter().chain(&self.b[frac.clone()]) {
            v = v * 10.0 + f64::from(d - b'0');
        }
        let scale = exp.saturating_sub(frac.len() as i32).clamp(-400, 400);
        for _ in 0..scale.unsigned_abs() {
            if v == 0.0 || v.is_infinite() {
                break;
            }
            if scale < 0 {
                v /= 10.0;
            } else {
                v *= 10.0;
            }
        }
        Ok(Num::F(if negative { -v } else { v }))
    }
}

// ---------------------------------------------------------------------------------------------
// Writing.
// ---------------------------------------------------------------------------------------------

/// Writes compact JSON, the same bytes serde_json's `to_string` writes for the same values:
/// commas are placed by the writer (`key` then a value, or values in an array).
#[derive(Default)]
pub struct Writer {
    out: String,
    comma: bool,
}

/// Something the [`Writer`] can write as a JSON value.
pub trait ToJson {
    fn write(&self, w: &mut Writer);
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn with_capacity(n: usize) -> Writer {
        Writer {
            out: String::with_capacity(n),
            comma: false,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn sep(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    pub fn begin_obj(&mut self) -> &mut Writer {
        self.sep();
        self.out.push('{');
        self.comma = false;
        self
    }

    pub fn end_obj(&mut self) -> &mut Writer {
        self.out.push('}');
        self.comma = true;
        self
    }

    pub fn begin_arr(&mut self) -> &mut Writer {
        self.sep();
        self.out.push('[');
        self.comma = false;
        self
    }

    pub fn end_arr(&mut self) -> &mut Writer {
        self.out.push(']');
        self.comma = true;
        self
    }

    /// A member name; the next value written is its value.
    pub fn key(&mut self, k: &str) -> &mut Writer {
        self.sep();
        write_str(&mut self.out, k);
        self.out.push(':');
        self.comma = false;
        self
    }

    /// `key` and its value at once.
    pub fn field<T: ToJson + ?Sized>(&mut self, k: &str, v: &T) -> &mut Writer {
        self.key(k);
        v.write(self);
        self
    }

    /// `key` and its value, unless the value is `None` (serde's `skip_serializing_if`).
    pub fn field_some<T: ToJson>(&mut self, k: &str, v: &Option<T>) -> &mut Writer {
        if let Some(v) = v {
            self.field(k, v);
        }
        self
    }

    pub fn value<T: ToJson + ?Sized>(&mut self, v: &T) -> &mut Writer {
        v.write(self);
        self
    }

    pub fn null(&mut self) {
        self.sep();
        self.out.push_str("null");
    }

    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn u64(&mut self, n: u64) {
        self.sep();
        push_u64(&mut self.out, n);
    }

    pub fn i64(&mut self, n: i64) {
        self.sep();
        if n < 0 {
            self.out.push('-');
        }
        push_u64(&mut self.out, n.unsigned_abs());
    }

    pub fn str(&mut self, s: &str) {
        self.sep();
        write_str(&mut self.out, s);
    }

    /// Text that already is one JSON value, written as it is.
    pub fn raw(&mut self, json: &str) {
        self.sep();
        self.out.push_str(json);
    }
}

fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[i..] {
        out.push(char::from(d));
    }
}

/// A JSON string, escaped as serde_json escapes: `"`, `\`, and control characters.
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        let short = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0c => b'f',
            0..=0x1f => b'u',
            _ => continue,
        };
        out.push_str(s.get(run..i).unwrap_or_default());
        out.push('\\');
        out.push(short as char);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            out.push(HEX[usize::from(c >> 4)] as char);
            out.push(HEX[usize::from(c & 15)] as char);
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

impl ToJson for str {
    fn write(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl ToJson for String {
    fn write(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl ToJson for bool {
    fn write(&self, w: &mut Writer) {
        w.bool(*self);
    }
}

impl ToJson for u32 {
    fn write(&self, w: &mut Writer) {
        w.u64(u64::from(*self));
    }
}

impl ToJson for u64 {
    fn write(&self, w: &mut Writer) {
        w.u64(*self);
    }
}

impl ToJson for usize {
    fn write(&self, w: &mut Writer) {
        w.u64(*self as u64);
    }
}

impl ToJson for i64 {
    fn write(&self, w: &mut Writer) {
        w.i64(*self);
    }
}

impl ToJson for Date {
    fn write(&self, w: &mut Writer) {
        w.sep();
        w.out.push('"');
        let (y, m, d) = self.ymd();
        let digits = |out: &mut String, n: u32, width: usize| {
            let mut buf = [b'0'; 4];
            let mut n = n;
            for slot in buf[..width].iter_mut().rev() {
                *slot = b'0' + (n % 10) as u8;
                n /= 10;
            }
            for &d in &buf[..width] {
                out.push(char::from(d));
            }
        };
        // Dates Warden handles are years 1 to 9999 (`Date::from_ymd` refuses others).
        digits(&mut w.out, y.clamp(0, 9999) as u32, 4);
        w.out.push('-');
        digits(&mut w.out, m, 2);
        w.out.push('-');
        digits(&mut w.out, d, 2);
        w.out.push('"');
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write(w),
            None => w.null(),
        }
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write(&self, w: &mut Writer) {
        (**self).write(w);
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write(&self, w: &mut Writer) {
        w.begin_arr();
        for v in self {
            v.write(w);
        }
        w.end_arr();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write(&self, w: &mut Writer) {
        self.as_slice().write(w);
    }
}

/// Compact JSON (as written by [`Writer`]) indented as serde_json's `to_string_pretty` does:
/// two spaces, `": "` after names, empty `[]` and `{}` kept on one line.
pub fn pretty(compact: &str) -> String {
    let b = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut i = 0;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str(compact.get(start..i.min(b.len())).unwrap_or_default());
                continue;
            }
            b'{' | b'[' => {
                out.push(c as char);
                if b.get(i + 1) == Some(&if c == b'{' { b'}' } else { b']' }) {
                    out.push(b[i + 1] as char);
                    i += 2;
                    continue;
                }
                depth += 1;
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            b':' => out.push_str(": "),
            _ => {
                let start = i;
                while i < b.len() && !matches!(b[i], b'"' | b'{' | b'[' | b'}' | b']' | b',' | b':')
                {
                    i += 1;
                }
                out.push_str(compact.get(start..i).unwrap_or_default());
                continue;
            }
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Reading typed fields (the rules serde's derives follow).
// ---------------------------------------------------------------------------------------------

/// Why a JSON value does not have the expected shape.
pub type Bad = String;

fn bad<T>(field: &str, what: &str) -> Result<T, Bad> {
    Err(format!("`{field}`: expected {what}"))
}

/// The members of an object, read field by field: a required field must be there and not
/// null; an optional one may be left out or null; a field with a default may be left out
/// (null is still wrong, as for serde's `#[serde(default)]`). Unknown members are ignored.
#[derive(Clone, Copy)]
pub struct Fields<'v, 'a>(&'v [(Cow<'a, str>, Json<'a>)]);

impl<'v, 'a> Fields<'v, 'a> {
    pub fn of(v: &'v Json<'a>, what: &str) -> Result<Fields<'v, 'a>, Bad> {
        match v {
            Json::Obj(members) => Ok(Fields(members)),
            _ => bad(what, "an object"),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'v Json<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn required(&self, key: &str) -> Result<&'v Json<'a>, Bad> {
        match self.get(key) {
            Some(v) => Ok(v),
            None => Err(format!("missing field `{key}`")),
        }
    }

    /// The value of an optional field: `None` when left out or null.
    pub fn optional(&self, key: &str) -> Option<&'v Json<'a>> {
        self.get(key).filter(|v| !v.is_null())
    }

    pub fn string(&self, key: &str) -> Result<String, Bad> {
        string(key, self.required(key)?)
    }

    pub fn string_or_default(&self, key: &str) -> Result<String, Bad> {
        self.get(key).map_or(Ok(String::new()), |v| string(key, v))
    }

    pub fn opt_string(&self, key: &str) -> Result<Option<String>, Bad> {
        self.optional(key).map(|v| string(key, v)).transpose()
    }

    pub fn u32(&self, key: &str) -> Result<u32, Bad> {
        u32_of(key, self.required(key)?)
    }

    pub fn u32_or(&self, key: &str, default: u32) -> Result<u32, Bad> {
        self.get(key).map_or(Ok(default), |v| u32_of(key, v))
    }

    pub fn opt_u32(&self, key: &str) -> Result<Option<u32>, Bad> {
        self.optional(key).map(|v| u32_of(key, v)).transpose()
    }

    pub fn i64(&self, key: &str) -> Result<i64, Bad> {
        let v = self.required(key)?;
        v.as_i64().map_or_else(|| bad(key, "a whole number"), Ok)
    }

    pub fn opt_i64(&self, key: &str) -> Result<Option<i64>, Bad> {
        self.optional(key)
            .map(|v| v.as_i64().map_or_else(|| bad(key, "a whole number"), Ok))
            .transpose()
    }

    pub fn bool(&self, key: &str) -> Result<bool, Bad> {
        let v = self.required(key)?;
        v.as_bool().map_or_else(|| bad(key, "true or false"), Ok)
    }

    pub fn bool_or(&self, key: &str, default: bool) -> Result<bool, Bad> {
        self.get(key).map_or(Ok(default), |v| {
            v.as_bool().map_or_else(|| bad(key, "true or false"), Ok)
        })
    }

    pub fn date(&self, key: &str) -> Result<Date, Bad> {
        let v = self.required(key)?;
        v.as_str()
            .and_then(Date::parse)
            .map_or_else(|| bad(key, "a YYYY-MM-DD date"), Ok)
    }

    /// A YYYY-MM-DD date, `None` when left out or `null`.
    pub fn opt_date(&self, key: &str) -> Result<Option<Date>, Bad> {
        match self.optional(key) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .and_then(Date::parse)
                .map_or_else(|| bad(key, "a YYYY-MM-DD date"), |d| Ok(Some(d))),
        }
    }

    /// An array field, each item read by `item`; `[]` when left out.
    pub fn list_or_default<T>(
        &self,
        key: &str,
        item: impl Fn(&'v Json<'a>) -> Result<T, Bad>,
    ) -> Result<Vec<T>, Bad> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(v) => list(key, v, item),
        }
    }

    /// A required array field, each item read by `item`.
    pub fn list<T>(
        &self,
        key: &str,
        item: impl Fn(&'v Json<'a>) -> Result<T, Bad>,
    ) -> Result<Vec<T>, Bad> {
        list(key, self.required(key)?, item)
    }

    /// Text of strings, `[]` when left out.
    pub fn strings_or_default(&self, key: &str) -> Result<Vec<String>, Bad> {
        self.list_or_default(key, |v| string(key, v))
    }

    /// The members of an object field, each value read by `item`, by member name; empty when
    /// left out.
    pub fn map_or_default<T>(
        &self,
        key: &str,
        item: impl Fn(&'v Json<'a>) -> Result<T, Bad>,
    ) -> Result<Map<T>, Bad> {
        let mut map = Map::new();
        match self.get(key) {
            None => {}
            Some(Json::Obj(members)) => {
                for (k, v) in members {
                    map.insert(k.to_string(), item(v)?);
                }
            }
            Some(_) => return bad(key, "an object"),
        }
        Ok(map)
    }
}

fn string(key: &str, v: &Json<'_>) -> Result<String, Bad> {
    v.as_str()
        .map_or_else(|| bad(key, "a string"), |s| Ok(s.to_owned()))
}

fn u32_of(key: &str, v: &Json<'_>) -> Result<u32, Bad> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .map_or_else(|| bad(key, "a whole number from 0 to 4294967295"), Ok)
}

fn list<'v, 'a, T>(
    key: &str,
    v: &'v Json<'a>,
    item: impl Fn(&'v Json<'a>) -> Result<T, Bad>,
) -> Result<Vec<T>, Bad> {
    match v {
        Json::Arr(items) => {
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push(item(v)?);
            }
            Ok(out)
        }
        _ => bad(key, "an array"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Our tree, as a serde_json value (numbers compared by kind and value).
    fn to_value(v: &Json<'_>) -> Value {
        match v {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Num(Num::U(n)) => Value::from(*n),
            Json::Num(Num::I(n)) => Value::from(*n),
            Json::Num(Num::F(f)) => Value::from(*f),
            Json::Str(s) => Value::from(s.as_ref()),
            Json::Arr(items) => Value::Array(items.iter().map(to_value).collect()),
            Json::Obj(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.to_string(), to_value(v)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            "null",
            " true ",
            "false",
            "0",
            "-0",
            "42",
            "-42",
            "18446744073709551615",
            "-9223372036854775808",
            "1.5",
            "-2.25e3",
            "1E-2",
            "12.0",
            r#""""#,
            r#""plain""#,
            r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \u20ac \ud83d\ude00""#,
            "\"é€😀 raw\"",
            "[]",
            "[1,[2,[3,{}]],\"x\"]",
            r#"{"a":1,"b":{"c":[true,null]},"a":2}"#,
            "\t\n\r {\"k\" : [ 1 , 2 ] }\n",
        ] {
            let ours = Json::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(to_value(&ours), theirs, "{text}");
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        for text in [
            "",
            " ",
            "nul",
            "tru",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "[1 2]",
            "\"unterminated",
            "\"bad \\x escape\"",
            "\"\\ud800\"",
            "\"\\udc00 alone\"",
            "\"tab\there\"",
            "1 2",
            "{\"a\"}",
            "[",
            "]",
            &deep,
        ] {
            assert!(Json::parse(text).is_err(), "{text:?} should be refused");
            assert!(
                serde_json::from_str::<Value>(text).is_err(),
                "{text:?}: serde_json accepts it"
            );
        }
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        for s in [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "é€😀",
            "\u{7f}\u{2028}",
            &all_controls,
        ] {
            let mut w = Writer::new();
            w.str(s);
            assert_eq!(w.finish(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn writes_numbers_and_structure_as_serde_json_does() {
        let mut w = Writer::new();
        w.begin_obj()
            .field("a", &0u32)
            .field("b", &u64::MAX)
            .field("c", &i64::MIN)
            .field("d", &-5i64);
        w.key("e")
            .begin_arr()
            .value(&true)
            .value(&None::<u32>)
            .value(&Some("x"))
            .end_arr();
        w.key("f")
            .begin_obj()
            .end_obj()
            .key("g")
            .begin_arr()
            .end_arr();
        w.field("h", &crate::date::Date::parse("2026-01-09").unwrap())
            .end_obj();
        let text = w.finish();
        let want = serde_json::json!({"a": 0, "b": u64::MAX, "c": i64::MIN, "d": -5, "e": [true, null, "x"], "f": {}, "g": [], "h": "2026-01-09"});
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), want);
        assert_eq!(
            text,
            r#"{"a":0,"b":18446744073709551615,"c":-9223372036854775808,"d":-5,"e":[true,null,"x"],"f":{},"g":[],"h":"2026-01-09"}"#
        );
    }

    #[test]
    fn pretty_is_serde_json_pretty() {
        let compact = r#"{"a":[1,{"b":"x, y: [z] {w}","c":[]},{}],"d":{"e":"q\"uote"},"f":null}"#;
        let v: Value = serde_json::from_str(compact).unwrap();
        assert_eq!(pretty(compact), serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn fields_follow_the_derive_rules() {
        let v = Json::parse(r#"{"s":"x","n":7,"neg":-1,"big":4294967296,"nul":null,"b":true,"list":["a","b"],"obj":{"k":1}}"#).unwrap();
        let f = Fields::of(&v, "t").unwrap();
        assert_eq!(f.string("s").unwrap(), "x");
        assert!(f.string("missing").is_err());
        assert!(f.string("nul").is_err());
        assert_eq!(f.string_or_default("missing").unwrap(), "");
        assert_eq!(f.opt_string("nul").unwrap(), None);
        assert!(f.opt_string("n").is_err());
        assert_eq!(f.u32("n").unwrap(), 7);
        assert!(f.u32("neg").is_err());
        assert!(f.u32("big").is_err());
        assert_eq!(f.i64("neg").unwrap(), -1);
        assert_eq!(f.u32_or("missing", 3).unwrap(), 3);
        assert!(f.u32_or("nul", 3).is_err());
        assert!(f.bool("b").unwrap());
        assert_eq!(f.strings_or_default("list").unwrap(), ["a", "b"]);
        assert!(f.strings_or_default("obj").is_err());
        assert_eq!(
            f.map_or_default("obj", |v| Ok(v.as_u64()))
                .unwrap()
                .get("k"),
            Some(&Some(1))
        );
        assert!(Fields::of(&Json::Null, "t").is_err());
    }
}
