/// A request target decoded for the preview: the path and the query's items, percent-decoded.
/// Only the origin form (`/path?query`) is taken; a decoding that is not UTF-8 (`%ff`, the
/// overlong `%c0%ae`) or that holds a control character (`%00`, `%0a`) is refused, never
/// guessed at, so no file is looked up under a name the request did not spell.
struct RequestTarget: Sendable, Equatable {
    var path: String
    var query: [(name: String, value: String)]

    init(_ target: String) throws(Refusal) {
        guard target.hasPrefix("/") else { throw Refusal(.badRequest, "a request target that is not a path") }
        let bytes = Array(target.utf8)
        if bytes.contains(UInt8(ascii: "#")) { throw Refusal(.badRequest, "a fragment in the request target") }
        let mark = bytes.firstIndex(of: UInt8(ascii: "?"))
        path = try Self.decoded(bytes[..<(mark ?? bytes.endIndex)])
        query = []
        if let mark {
            for item in bytes[(mark + 1)...].split(separator: UInt8(ascii: "&")) {
                let equals = item.firstIndex(of: UInt8(ascii: "=")) ?? item.endIndex
                let value = equals < item.endIndex ? item[(equals + 1)...] : []
                query.append((try Self.decoded(item[..<equals]), try Self.decoded(value)))
            }
        }
    }

    static func == (lhs: RequestTarget, rhs: RequestTarget) -> Bool {
        lhs.path == rhs.path && lhs.query.elementsEqual(rhs.query) { $0.name == $1.name && $0.value == $1.value }
    }

    static func decoded(_ bytes: ArraySlice<UInt8>) throws(Refusal) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    throw Refusal(.badRequest, "a malformed percent escape")
                }
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        // Decoding with replacement and comparing back finds every invalid sequence (overlong
        // forms and surrogates included) in one pass, on every platform the package supports.
        let text = String(decoding: decoded, as: UTF8.self)
        guard text.utf8.elementsEqual(decoded) else { throw Refusal(.badRequest, "a percent-encoded path or query that is not UTF-8") }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw Refusal(.badRequest, "a control character in the path or query")
        }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
