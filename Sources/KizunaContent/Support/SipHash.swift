/// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit fingerprint that nobody without
/// the key can compute, for cache entries that must not be forged (`ResultCache` with a key).
/// `Hash128` is for telling inputs apart; this is for telling who wrote an entry.
package struct SipHash: Sendable {
    package let k0: UInt64, k1: UInt64

    package init(key: [UInt8]) {
        precondition(key.count == 16, "a SipHash key is 16 bytes")
        k0 = Self.word(key, 0)
        k1 = Self.word(key, 8)
    }

    /// A key made from a secret of any length (a passphrase in the environment): SipHash under a
    /// fixed key, twice, so every byte of the secret counts.
    package init(secret: [UInt8]) {
        let fixed = SipHash(k0: 0x6b69_7a75_6e61_2d63, k1: 0x6163_6865_2d6b_6579)  // "kizuna-c" "ache-key"
        var key: [UInt8] = []
        for lane in [UInt8(1), 2] {
            let word = fixed.hash([lane] + secret)
            for i in 0..<8 { key.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(i)))) }
        }
        self.init(key: key)
    }

    init(k0: UInt64, k1: UInt64) {
        self.k0 = k0
        self.k1 = k1
    }

    package func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { hash($0) } }

    package func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        @inline(__always) func round() {
            v0 &+= v1; v1 = v1.rotated(13); v1 ^= v0; v0 = v0.rotated(32)
            v2 &+= v3; v3 = v3.rotated(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotated(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotated(17); v1 ^= v2; v2 = v2.rotated(32)
        }
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            let m = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            v3 ^= m
            round(); round()
            v0 ^= m
            offset += 8
        }
        var last = UInt64(truncatingIfNeeded: count) << 56
        var shift: UInt64 = 0
        while offset < count {
            last |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        v3 ^= last
        round(); round()
        v0 ^= last
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    static func word(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
    }
}

extension UInt64 {
    @inline(__always) func rotated(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
