import Foundation

/// A 128-bit fingerprint of bytes, for telling whether inputs changed (files, template
/// contexts, cache keys): two 64-bit lanes that each take 8 bytes per step with a multiply and
/// a shift, so hashing a large site's files costs little next to reading them. It guards
/// against accidental collisions, not against someone forging content.
///
/// Each `add` mixes in its length too, so the sequence of pieces counts, not only their bytes:
/// `add("ab"); add("c")` differs from `add("a"); add("bc")`.
package struct Hash128: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    package init() {}

    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    package mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    package mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            Self.mix(&a, &b, word)
            offset += 8
        }
        // The last 0–7 bytes, then the length: pieces of different lengths never line up.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        Self.mix(&a, &b, tail)
        Self.mix(&a, &b, UInt64(count))
        self.a = a
        self.b = b
    }

    /// One number (a tag, a count): cheaper than formatting it as text.
    package mutating func add(word: UInt64) {
        Self.mix(&a, &b, word)
    }

    @inline(__always)
    private static func mix(_ a: inout UInt64, _ b: inout UInt64, _ word: UInt64) {
        a = (a ^ word) &* 0x9e37_79b9_7f4a_7c15
        a ^= a >> 29
        b = (b ^ (word &+ 0x632b_e59b_d9b4_e019)) &* 0xbf58_476d_1ce4_e5b9
        b ^= b >> 31
    }

    /// The two lanes, finalized so that every input bit reaches every output bit.
    package var words: (UInt64, UInt64) {
        var x = a ^ (b >> 17), y = b ^ (a << 13)
        x = (x ^ (x >> 33)) &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        y = (y ^ (y >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        y ^= y >> 33
        return (x, y)
    }

    package var hex: String {
        let (x, y) = words
        return Self.hex(x) + Self.hex(y)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        for i in 0..<16 { out[i] = digits[Int((value >> (60 - 4 * UInt64(i))) & 0xf)] }
        return String(decoding: out, as: UTF8.self)
    }
}
