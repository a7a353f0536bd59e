//! Byte snapshots of plain state: the [`Snap`] trait (little-endian integers, length-prefixed
//! vectors and strings, options, results, fixed arrays) and the [`snap_struct!`] /
//! [`snap_enum!`] macros that derive it field by field. zlib/deflate, zlib/inflate and
//! zlib/binding use it to move a zlib stream's whole state (window, hash chains, pending
//! output, trees) to a thread-pool Web Worker and back; a restored state continues exactly
//! like the original. The core's thread-pool messages (`Work`, `WorkResult`) use the same
//! format on the wire.
//!
//! The format is private to one build: both ends run the same wasm, so there is no versioning.
//! Reading checks every length against the remaining bytes, so a bad snapshot is an error,
//! never a panic or a huge allocation.

#![forbid(unsafe_code)]

/// A snapshot that does not match the state it should restore.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapError;

impl std::fmt::Display for SnapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("malformed snapshot")
    }
}

impl std::error::Error for SnapError {}

/// Reads a snapshot front to back.
pub struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader over `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], SnapError> {
        if n > self.data.len() {
            return Err(SnapError);
        }
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        Ok(head)
    }

    /// Whether every byte was read.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], SnapError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
}

/// A value that can be written to and read back from a snapshot.
pub trait Snap: Sized {
    /// Appends the value.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a value written by [`Snap::put`].
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError>;

    /// Appends `items` one by one (bytes and 16-bit words override this with one copy).
    fn put_all(items: &[Self], out: &mut Vec<u8>) {
        for v in items {
            v.put(out);
        }
    }

    /// Reads `n` values written by [`Snap::put_all`].
    fn get_all(n: usize, r: &mut Reader<'_>) -> Result<Vec<Self>, SnapError> {
        (0..n).map(|_| Self::get(r)).collect()
    }
}

macro_rules! snap_int {
    ($($t:ty),*) => {$(
        impl Snap for $t {
            fn put(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
                Ok(<$t>::from_le_bytes(r.array()?))
            }
        }
    )*};
}
snap_int!(u32, u64, i32, i64);

impl Snap for u8 {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        Ok(r.take(1)?[0])
    }
    fn put_all(items: &[Self], out: &mut Vec<u8>) {
        out.extend_from_slice(items);
    }
    fn get_all(n: usize, r: &mut Reader<'_>) -> Result<Vec<Self>, SnapError> {
        r.take(n).map(<[u8]>::to_vec)
    }
}

impl Snap for u16 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        Ok(u16::from_le_bytes(r.array()?))
    }
    fn put_all(items: &[Self], out: &mut Vec<u8>) {
        out.reserve(items.len() * 2);
        out.extend(items.iter().flat_map(|v| v.to_le_bytes()));
    }
    fn get_all(n: usize, r: &mut Reader<'_>) -> Result<Vec<Self>, SnapError> {
        let bytes = r.take(n.checked_mul(2).ok_or(SnapError)?)?;
        Ok(bytes
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect())
    }
}

impl Snap for usize {
    fn put(&self, out: &mut Vec<u8>) {
        (*self as u64).put(out);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        usize::try_from(u64::get(r)?).map_err(|_| SnapError)
    }
}

impl Snap for isize {
    fn put(&self, out: &mut Vec<u8>) {
        (*self as i64).put(out);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        isize::try_from(i64::get(r)?).map_err(|_| SnapError)
    }
}

impl Snap for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        match u8::get(r)? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(SnapError),
        }
    }
}

impl<T: Snap> Snap for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        T::put_all(self, out);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        let n = usize::get(r)?;
        // Every element takes at least one byte: a length past the data is malformed.
        if n > r.data.len() {
            return Err(SnapError);
        }
        T::get_all(n, r)
    }
}

impl<T: Snap + Copy + Default, const N: usize> Snap for [T; N] {
    fn put(&self, out: &mut Vec<u8>) {
        for v in self {
            v.put(out);
        }
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        let mut a = [T::default(); N];
        for v in &mut a {
            *v = T::get(r)?;
        }
        Ok(a)
    }
}

impl Snap for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        let n = usize::get(r)?;
        let bytes = r.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| SnapError)
    }
}

impl<T: Snap> Snap for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        match u8::get(r)? {
            0 => Ok(None),
            1 => T::get(r).map(Some),
            _ => Err(SnapError),
        }
    }
}

impl<T: Snap, E: Snap> Snap for Result<T, E> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Ok(v) => {
                out.push(0);
                v.put(out);
            }
            Err(e) => {
                out.push(1);
                e.put(out);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        match u8::get(r)? {
            0 => T::get(r).map(Ok),
            1 => E::get(r).map(Err),
            _ => Err(SnapError),
        }
    }
}

macro_rules! snap_tuple {
    ($($n:tt $t:ident),*) => {
        impl<$($t: Snap),*> Snap for ($($t,)*) {
            fn put(&self, out: &mut Vec<u8>) {
                $( self.$n.put(out); )*
            }
            fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
                Ok(($($t::get(r)?,)*))
            }
        }
    };
}
snap_tuple!(0 A, 1 B);
snap_tuple!(0 A, 1 B, 2 C);
snap_tuple!(0 A, 1 B, 2 C, 3 D, 4 E);
snap_tuple!(0 A, 1 B, 2 C, 3 D, 4 E, 5 F);

impl<T: Snap> Snap for Box<T> {
    fn put(&self, out: &mut Vec<u8>) {
        (**self).put(out);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        T::get(r).map(Box::new)
    }
}

/// A message out of a fixed list (zlib's `strm->msg` texts are `&'static str`): written as
/// its index, `None` as 0.
pub fn put_message(msg: Option<&'static str>, list: &[&'static str], out: &mut Vec<u8>) {
    let i = msg.and_then(|m| list.iter().position(|l| *l == m));
    // A message missing from the list would be lost: the unit tests of each user cover
    // every text it can set.
    u16::try_from(i.map_or(0, |i| i + 1)).unwrap_or(0).put(out);
}

/// Reads a message written by [`put_message`] with the same list.
pub fn get_message(
    list: &[&'static str],
    r: &mut Reader<'_>,
) -> Result<Option<&'static str>, SnapError> {
    match usize::from(u16::get(r)?) {
        0 => Ok(None),
        i => list.get(i - 1).copied().map(Some).ok_or(SnapError),
    }
}

/// Implements [`Snap`] for a struct from the list of its fields (all of them: the struct
/// literal in `get` does not compile if one is missing).
#[macro_export]
macro_rules! snap_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl $crate::Snap for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $( $crate::Snap::put(&self.$f, out); )*
            }
            fn get(r: &mut $crate::Reader<'_>) -> Result<Self, $crate::SnapError> {
                Ok($t { $( $f: $crate::Snap::get(r)?, )* })
            }
        }
    };
}

/// Implements [`Snap`] for a fieldless enum from the list of its variants (all of them: the
/// match in `put` does not compile if one is missing).
#[macro_export]
macro_rules! snap_enum {
    ($t:ident { $($v:ident),* $(,)? }) => {
        impl $crate::Snap for $t {
            fn put(&self, out: &mut Vec<u8>) {
                let all = [$($t::$v),*];
                let i = all.iter().position(|v| v == self).unwrap_or(0);
                // Exhaustiveness: a variant left out of the list is a compile error here.
                match self { $($t::$v)|* => {} }
                out.push(i as u8);
            }
            fn get(r: &mut $crate::Reader<'_>) -> Result<Self, $crate::SnapError> {
                let all = [$($t::$v),*];
                let i = usize::from(<u8 as $crate::Snap>::get(r)?);
                all.get(i).copied().ok_or($crate::SnapError)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Colour {
        Red,
        Green,
    }
    snap_enum!(Colour { Red, Green });

    #[derive(Debug, PartialEq)]
    struct State {
        a: u32,
        b: isize,
        c: Vec<u16>,
        d: [u8; 3],
        e: bool,
        f: Colour,
        g: Vec<Vec<u8>>,
        h: String,
        i: Option<u64>,
        j: Result<bool, String>,
    }
    snap_struct!(State {
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j
    });

    fn sample() -> State {
        State {
            a: 0xdead_beef,
            b: -7,
            c: vec![1, 65535, 3],
            d: [9, 8, 7],
            e: true,
            f: Colour::Green,
            g: vec![vec![], vec![1, 2]],
            h: "héllo".into(),
            i: Some(7),
            j: Err("no".into()),
        }
    }

    #[test]
    fn round_trips() {
        let mut out = Vec::new();
        sample().put(&mut out);
        let mut r = Reader::new(&out);
        assert_eq!(State::get(&mut r), Ok(sample()));
        assert!(r.is_empty());
    }

    #[test]
    fn truncated_or_corrupt_snapshots_are_errors() {
        let mut out = Vec::new();
        sample().put(&mut out);
        for n in 0..out.len() {
            assert_eq!(State::get(&mut Reader::new(&out[..n])), Err(SnapError));
        }
        // A vector length far past the data allocates nothing.
        let mut huge = Vec::new();
        (u64::MAX / 2).put(&mut huge);
        assert!(Vec::<u8>::get(&mut Reader::new(&huge)).is_err());
        assert!(Colour::get(&mut Reader::new(&[2])).is_err());
        assert!(bool::get(&mut Reader::new(&[2])).is_err());
        assert!(Option::<u8>::get(&mut Reader::new(&[2, 0])).is_err());
        assert!(Result::<u8, u8>::get(&mut Reader::new(&[2, 0])).is_err());
        // Not UTF-8.
        let mut bad = Vec::new();
        2usize.put(&mut bad);
        bad.extend_from_slice(&[0xc3, 0x28]);
        assert!(String::get(&mut Reader::new(&bad)).is_err());
    }

    #[test]
    fn tuples_go_in_order() {
        let mut out = Vec::new();
        (1u8, 2u32, String::from("x")).put(&mut out);
        assert_eq!(out, [1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, b'x']);
        let back = <(u8, u32, String)>::get(&mut Reader::new(&out));
        assert_eq!(back, Ok((1, 2, "x".into())));
    }

    #[test]
    fn messages_go_by_index() {
        const LIST: &[&str] = &["one", "two"];
        let mut out = Vec::new();
        put_message(Some("two"), LIST, &mut out);
        put_message(None, LIST, &mut out);
        let mut r = Reader::new(&out);
        assert_eq!(get_message(LIST, &mut r), Ok(Some("two")));
        assert_eq!(get_message(LIST, &mut r), Ok(None));
        assert!(get_message(LIST, &mut Reader::new(&[3, 0])).is_err());
    }
}
