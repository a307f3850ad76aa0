/// The byte format of cached results: little-endian integers and length-prefixed UTF-8, read
/// back with every length checked, so a damaged entry decodes to nil instead of crashing.
package struct CacheWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func int(_ value: Int) { bytes.appendWord(UInt64(bitPattern: Int64(value))) }
    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    package mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }
}

package struct CacheReader {
    let bytes: ArraySlice<UInt8>
    var offset: Int

    package init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    package var atEnd: Bool { offset == bytes.endIndex }

    package mutating func int() -> Int? {
        guard bytes.endIndex - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    package mutating func bool() -> Bool? {
        guard offset < bytes.endIndex else { return nil }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    package mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= bytes.endIndex - offset else { return nil }
        defer { offset += count }
        return String(validating: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    /// A count of things to read next, each at least `minimum` bytes long: never more than fit.
    package mutating func count(ofAtLeast minimum: Int) -> Int? {
        guard let count = int(), count >= 0, count <= (bytes.endIndex - offset) / max(minimum, 1) else { return nil }
        return count
    }
}
