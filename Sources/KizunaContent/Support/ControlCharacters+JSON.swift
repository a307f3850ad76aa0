import Foundation

extension ControlCharacters {
    /// Encoded JSON with every refused character turned into U+FFFD, as the other escapers do.
    /// Foundation's encoders escape C0 controls (`\u000b`, `\b`, `\f`, `\r`) but write DEL, C1
    /// controls and noncharacters raw; both kinds are replaced here. A backslash only occurs in a
    /// string, where it starts an escape, so the text needs no parsing beyond that.
    public static func replaced(inJSON data: Data) -> Data {
        data.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            func replace(_ length: Int) {
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += length
                copied = i
            }
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    switch bytes[i + 1] {
                    case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"): replace(2)
                    case UInt8(ascii: "u"):
                        if let value = hexValue(bytes, from: i + 2), let scalar = Unicode.Scalar(value), isRefused(scalar) {
                            replace(6)
                        } else {
                            i += 2
                        }
                    default: i += 2  // \" \\ \/ \n \t: kept, and the escaped byte is never a start
                    }
                } else if mayStartRefused[Int(byte)], case let length = refusedLength(bytes, at: i), length > 0 {
                    replace(length)
                } else {
                    i += 1
                }
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied...])
            return Data(out)
        } ?? data
    }

    /// Four hexadecimal digits at `start`, or nil.
    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<(start + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
