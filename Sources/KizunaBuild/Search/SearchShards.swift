import Foundation

/// The search index in shards, so a query downloads only what its terms need: a small manifest
/// (`search/manifest.json`: how many shards of each sort), term shards (`search/t/<n>.json`, the
/// term's FNV-1a hash modulo the count: every term with the documents that have it and a score) and
/// document shards (`search/d/<n>.json`, id modulo the count: what a result shows). Documents are
/// numbered newest first, so a lower id wins a tie (recency). Same input, same bytes.
public struct SearchShards: Sendable {
    /// How much a term counts in each field: a title match ranks above tags, tags above the rest.
    public enum Weight {
        public static let title = 8
        public static let tags = 4
        public static let text = 2
    }

    public struct Document: Encodable, Sendable, Equatable {
        public var kind: String
        public var title: String
        public var url: String
        public var date: String?
        public var dateLabel: String?
        public var text: String
    }

    public var termShards: [[String: [Int]]]
    public var documentShards: [[String: Document]]
    public var count: Int

    /// Shard counts for a site of `pages` pages: about 24 pages per term shard and 16 per
    /// document shard (a power of two, so the counts move rarely), at most 1,024 and 2,048. On a
    /// 10,000-post site a two-word query reads a few shards of tens of kilobytes each.
    public static func counts(pages: Int) -> (terms: Int, documents: Int) {
        func power(_ n: Int, _ cap: Int) -> Int {
            var p = 1
            while p < n && p < cap { p *= 2 }
            return p
        }
        return (power(pages / 24, 1024), power(pages / 16, 2048))
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

    public init(_ entries: [SearchEntry], terms termCount: Int, documents documentCount: Int) {
        // Newest first; undated last; then by address, so the order never depends on the input's.
        let sorted = entries.sorted { a, b in
            if a.date != b.date { return (a.date ?? "") > (b.date ?? "") }
            return a.url < b.url
        }
        count = sorted.count
        var postings: [String: [Int: Int]] = [:]
        for (id, entry) in sorted.enumerated() {
            var scores: [String: Int] = [:]
            for (fieldText, weight) in [(entry.title, Weight.title), (entry.tags.joined(separator: " "), Weight.tags), (entry.text, Weight.text)] {
                // A word's start alone counts half (`alumni` ranks above `alumnus` for `alumni`);
                // each field counts once per term.
                var field: [String: Int] = [:]
                for term in SearchTokenizer.indexTerms(fieldText) {
                    field[term.text] = max(field[term.text] ?? 0, term.prefix ? weight / 2 : weight)
                }
                for (term, score) in field { scores[term, default: 0] += score }
            }
            for (term, score) in scores { postings[term, default: [:]][id] = score }
        }
        var termShards = Array(repeating: [String: [Int]](), count: termCount)
        for (term, docs) in postings {
            let flat = docs.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
            termShards[Int(Self.hash(term) % UInt32(termCount))][term] = flat
        }
        self.termShards = termShards
        var documentShards = Array(repeating: [String: Document](), count: documentCount)
        for (id, e) in sorted.enumerated() {
            documentShards[id % documentCount][String(id)] = Document(kind: e.kind, title: e.title, url: e.url, date: e.date, dateLabel: e.dateLabel, text: e.text)
        }
        self.documentShards = documentShards
    }
}
