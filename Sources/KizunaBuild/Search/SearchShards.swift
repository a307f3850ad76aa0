import Foundation
import KizunaContent

/// The search index in shards, so a query downloads only what its terms need: a small manifest
/// (`search/manifest.json`: how many shards of each sort), term shards (`search/t/<n>.json`, the
/// term's FNV-1a hash modulo the count: every term with its postings) and document shards
/// (`search/d/<n>.json`, id modulo the count, about one document each: what a result shows and
/// the text its snippet and the script's phrase check read). Documents are numbered newest first,
/// so a lower id wins a tie (recency). Same input, same bytes.
///
/// A term's postings are one string (`SearchPostings`): for each document, its id as the gap
/// from the previous one and its score. A score's low bits say in which fields the term is
/// (`Field`), its high bits whether the term starts, ends or is a segment there (`SearchTokenizer`).
public struct SearchShards: Sendable {
    /// Where a term is, as bits of its score: a title match ranks above tags, tags above the
    /// summary, the summary above the body. The sum of a document's bits over the query's terms
    /// orders results of the same tier.
    public enum Field {
        public static let title = 8
        public static let tags = 4
        public static let text = 2
        public static let body = 1
        /// The term starts a segment somewhere (`SearchTokenizer`): a Japanese word's likely start,
        /// a Latin word's start.
        public static let start = SearchTokenizer.Edge.start
        /// The term ends a segment somewhere: a Japanese word's likely end, a Latin word's end.
        public static let end = SearchTokenizer.Edge.end
        /// The term is a segment somewhere: 京都 in 京都で, a whole Latin word.
        public static let whole = SearchTokenizer.Edge.whole
    }

    /// A result as its document shard holds it: the entry as `index.json` has it, and the tags
    /// and body the script matches and quotes (left out when empty).
    public struct Document: Encodable, Sendable {
        public var entry: SearchEntry

        enum CodingKeys: String, CodingKey { case tags, body }

        public func encode(to encoder: any Encoder) throws {
            try entry.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            if !entry.tags.isEmpty { try container.encode(entry.tags, forKey: .tags) }
            if !entry.body.isEmpty { try container.encode(entry.body, forKey: .body) }
        }
    }

    /// Each shard's terms with their encoded postings.
    public var termShards: [[String: String]]
    public var documentShards: [[String: Document]]
    public var count: Int

    /// Shard counts for a site of `pages` pages: about 4 pages per term shard (at most 4,096) and
    /// 2 per document shard (at most 8,192), powers of two so the counts move rarely. On a
    /// 10,000-post site a term shard holds a few dozen terms and a document shard one or two
    /// documents, so a query reads tens of kilobytes.
    public static func counts(pages: Int) -> (terms: Int, documents: Int) {
        func power(_ n: Int, _ cap: Int) -> Int {
            var p = 1
            while p < n && p < cap { p *= 2 }
            return p
        }
        return (power(pages / 4, 4096), power(pages / 2, 8192))
    }

    /// FNV-1a (32 bits) of the term's UTF-8: the script computes the same (`search.js` `shard`).
    public static func hash(_ term: String) -> UInt32 {
        var h: UInt32 = 0x811C9DC5
        for byte in term.utf8 {
            h ^= UInt32(byte)
            h = h &* 0x0100_0193
        }
        return h
    }

    /// Every term of an entry with its score (field bits and edge bits): Japanese terms by
    /// `SearchTokenizer.cjkKey`, Latin ones by text.
    struct Scores: Sendable {
        var cjk: [UInt64: Int] = [:]
        var latin: [String: Int] = [:]
    }

    static func scores(_ entry: SearchEntry) -> Scores {
        var scores = Scores()
        let fields = [(entry.title, Field.title), (entry.tags.joined(separator: " "), Field.tags), (entry.text, Field.text), (entry.body, Field.body)]
        for (text, bit) in fields where !text.isEmpty {
            SearchTokenizer.forEachTerm(text, cjk: { key, edges in scores.cjk[key, default: 0] |= bit | edges },
                                        latin: { word, _, edges in scores.latin[word, default: 0] |= bit | edges })
        }
        return scores
    }

    public init(_ entries: [SearchEntry], terms termCount: Int, documents documentCount: Int) {
        // Newest first; undated last; then by address, so the order never depends on the input's.
        let sorted = entries.sorted { a, b in
            if a.date != b.date { return (a.date ?? "") > (b.date ?? "") }
            return a.url < b.url
        }
        count = sorted.count
        // Each entry's terms on every core; the postings then in id order, on one.
        let scored = ParallelMap.map(sorted, chunk: 32, Self.scores)
        var cjk: [UInt64: SearchPostings] = [:], latin: [String: SearchPostings] = [:]
        for (id, scores) in scored.enumerated() {
            for (key, score) in scores.cjk { cjk[key, default: SearchPostings()].append(id: id, score: score) }
            for (word, score) in scores.latin { latin[word, default: SearchPostings()].append(id: id, score: score) }
        }
        var postings = latin
        for (key, list) in cjk { postings[SearchTokenizer.text(ofKey: key)] = list }
        var termShards = Array(repeating: [String: String](), count: termCount)
        for (term, list) in postings {
            termShards[Int(Self.hash(term) % UInt32(termCount))][term] = list.encoded
        }
        self.termShards = termShards
        var documentShards = Array(repeating: [String: Document](), count: documentCount)
        for (id, e) in sorted.enumerated() {
            documentShards[id % documentCount][String(id)] = Document(entry: e)
        }
        self.documentShards = documentShards
    }
}
