/// A term's postings as one short string, decoded by the search page's script (`search.js`
/// `postings`): for each document in id order, the gap from the previous id, then the score, each
/// a number in base 32 written with 64 characters — the digits but the last from the first 32
/// (`A`–`f`), the last digit from the other 32 (`g`–`_`), most significant first. A document
/// beside the previous one costs two characters, where JSON numbers would cost four or more.
public struct SearchPostings: Sendable, Equatable {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private var characters: [UInt8] = []
    private var last = -1

    /// The postings as the index writes them.
    public var encoded: String { String(decoding: characters, as: UTF8.self) }

    public init() {}

    /// Ids must come in increasing order.
    public mutating func append(id: Int, score: Int) {
        precondition(id > last && score >= 0)
        write(id - last - 1)
        write(score)
        last = id
    }

    private mutating func write(_ n: Int) {
        if n < 32 {  // the usual case: one character
            characters.append(Self.alphabet[n + 32])
            return
        }
        var digits = [n & 31]
        var rest = n >> 5
        while rest > 0 {
            digits.append(rest & 31)
            rest >>= 5
        }
        for (i, d) in digits.reversed().enumerated() {
            characters.append(Self.alphabet[i == digits.count - 1 ? d + 32 : d])
        }
    }

    /// The (id, score) pairs of an encoded string: what the script reads.
    public static func decode(_ text: String) -> [(id: Int, score: Int)] {
        var out: [(Int, Int)] = []
        var n = 0, pending: Int? = nil, id = -1
        for c in text.utf8 {
            guard let v = alphabet.firstIndex(of: c) else { return [] }
            n = n * 32 + (v & 31)
            if v < 32 { continue }
            if let gap = pending {
                id += gap + 1
                out.append((id, n))
                pending = nil
            } else {
                pending = n
            }
            n = 0
        }
        return out
    }
}
