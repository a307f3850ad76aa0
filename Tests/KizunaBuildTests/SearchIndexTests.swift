import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaSite
@testable import KizunaContent

/// The sharded search index's parts: folding, terms (bigrams, single characters, Latin
/// prefixes), weights and recency, the same bytes whatever the input order, and nothing in any
/// shard that the public build does not publish.
@Suite struct SearchIndexTests {
    @Test func kanaFormsFoldToOne() {
        #expect(SearchFold.fold("ｱﾙﾑﾅｲ") == "あるむない")
        #expect(SearchFold.fold("アルムナイ") == "あるむない")
        #expect(SearchFold.fold("ｶﾞｲﾄﾞ") == "がいど")
        // The long-vowel mark dropped, small kana full size, full-width Latin lower-cased.
        #expect(SearchFold.fold("サーバー") == SearchFold.fold("さば"))
        #expect(SearchFold.fold("キッチン") == "きつちん")
        #expect(SearchFold.fold("ＡＬＵＭＮＩ") == "alumni")
    }

    @Test func japaneseByBigramsAndSingleCharacters() {
        let terms = Set(SearchTokenizer.indexTerms("冬の交流会").map(\.text))
        #expect(terms == ["冬", "の", "交", "流", "会", "冬の", "の交", "交流", "流会"])
        #expect(SearchTokenizer.queryTerms("交流会") == ["交流", "流会"])
        #expect(SearchTokenizer.queryTerms("会") == ["会"])
        #expect(SearchTokenizer.queryTerms("ｺｳﾘｭｳ") == SearchTokenizer.queryTerms("こうりゅう"))
    }

    @Test func latinByWordsWithPrefixes() {
        let terms = SearchTokenizer.indexTerms("Alumni 2026")
        func has(_ text: String, prefix: Bool) -> Bool { terms.contains { $0.text == text && $0.prefix == prefix } }
        #expect(has("alumni", prefix: false) && terms.contains(.init(text: "alumni", prefix: false, start: true, end: true, whole: true)))
        #expect(has("alum", prefix: true))
        #expect(has("al", prefix: true))
        #expect(!terms.contains { $0.text == "a" })
        #expect(has("2026", prefix: false))
        #expect(SearchTokenizer.queryTerms("ALUM 交流") == ["alum", "交流"])
        // Latin and Japanese written together part at the change of script.
        #expect(SearchTokenizer.queryTerms("Swift勉強会") == ["swift", "勉強", "強会"])
    }

    /// FNV-1a of "a" is 0xe40c292c: the script's `shard` computes the same.
    @Test func hashIsFNV1a() {
        #expect(SearchShards.hash("a") == 0xE40C_292C)
        #expect(SearchShards.hash("") == 0x811C_9DC5)
    }

    static func entry(_ title: String, _ date: String?, text: String = "", tags: [String] = []) -> SearchEntry {
        SearchEntry(kind: "お知らせ", title: title, url: "/news/\(title)/", date: date, text: text, tags: tags)
    }

    static func score(_ shards: SearchShards, _ term: String, _ title: String) -> Int? {
        let shard = shards.termShards[Int(SearchShards.hash(term) % UInt32(shards.termShards.count))]
        guard let encoded = shard[term], let id = shards.documentShards.enumerated().lazy
            .compactMap({ $0.element.first { $0.value.entry.title == title }.map(\.key) }).first.flatMap(Int.init) else { return nil }
        return SearchPostings.decode(encoded).first { $0.id == id }?.score
    }

    @Test func titleOverTagsOverTextNewerFirst() {
        let shards = SearchShards([Self.entry("本文", "2026-01-01", text: "交流会の報告"), Self.entry("交流会", "2025-01-01"),
                                   Self.entry("タグ", "2026-02-01", tags: ["交流会"])], terms: 4, documents: 2)
        let title = Self.score(shards, "交流", "交流会"), tags = Self.score(shards, "交流", "タグ"), text = Self.score(shards, "交流", "本文")
        // Each starts a segment (交流会 after nothing, after の): the start bit beside the field's.
        let edges = SearchShards.Field.start
        #expect(title == SearchShards.Field.title | edges && tags == SearchShards.Field.tags | edges && text == SearchShards.Field.text | edges)
        // Ids newest first: a tie goes to the newer.
        #expect(shards.documentShards[0]["0"]?.entry.title == "タグ" && shards.documentShards[1]["1"]?.entry.title == "本文")
    }

    @Test func sameEntriesSameShardsInAnyOrder() throws {
        let entries = (0..<40).map { Self.entry("お知らせ\($0) Alumni", $0 % 3 == 0 ? nil : "2026-01-\(String(format: "%02d", $0 % 28 + 1))", text: "交流会 \($0)") }
        let a = SearchShards(entries, terms: 8, documents: 4), b = SearchShards(entries.reversed(), terms: 8, documents: 4)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(a.termShards) == encoder.encode(b.termShards))
        #expect(try encoder.encode(a.documentShards) == encoder.encode(b.documentShards))
        // Every term in its hash's shard; every shard written, even an empty one.
        for (n, shard) in a.termShards.enumerated() {
            for term in shard.keys { #expect(Int(SearchShards.hash(term) % 8) == n) }
        }
        #expect(a.termShards.count == 8 && a.documentShards.count == 4 && a.count == 40)
        let small = SearchShards.counts(pages: 60), large = SearchShards.counts(pages: 10_000)
        #expect(small.terms == 16 && small.documents == 32)
        #expect(large.terms == 4096 && large.documents == 8192)
    }

    /// 京都 ends 東京都の and is 京都で whole: a search for 京都 ranks the second first. 社長 has no
    /// edge in 会社長期 but ends 新社長の; java is a whole word, and only the start of javascript.
    @Test func segmentEdgesTellAWordFromPartOfAnother() {
        func edges(_ text: String, _ term: String) -> String? {
            SearchTokenizer.indexTerms(text).first { $0.text == term }.map { ($0.start ? "s" : "") + ($0.end ? "e" : "") + ($0.whole ? "w" : "") }
        }
        #expect(edges("東京都の会場", "京都") == "e")
        #expect(edges("京都で集い", "京都") == "sew")
        #expect(edges("東京都と京都府", "京都") == "se", "each occurrence adds its edges")
        #expect(edges("会社長期計画", "社長") == "")
        #expect(edges("新社長の挨拶", "社長") == "e")
        // A change of script parts segments: katakana after kanji, kanji after Latin.
        #expect(edges("新リモートワーク", "りも") == "s")
        #expect(edges("DX推進", "推進") == "sew")
        // The long-vowel mark is folded away but does not part a katakana word; a pair across
        // scripts (サーバー管理's ば管) is in no segment.
        #expect(edges("サーバー管理", "さば") == "sew" && edges("サーバー管理", "管理") == "sew" && edges("サーバー管理", "ば管") == "")
        // Okurigana: 集い starts where 集 does, but is not a segment.
        #expect(edges("京都の集いに", "集い") == "s")
        #expect(edges("JavaScript", "java") == "s" && edges("Java", "java") == "sew")
    }

    /// The postings string round-trips, gaps and scores of any size, and a neighbour costs two characters.
    @Test func postingsRoundTrip() {
        var p = SearchPostings()
        let pairs = [(0, 17), (1, 1), (2, 31), (40, 32), (1_000, 9), (70_000, 24)]
        for (id, score) in pairs { p.append(id: id, score: score) }
        #expect(SearchPostings.decode(p.encoded).map { [$0.id, $0.score] } == pairs.map { [$0.0, $0.1] })
        var near = SearchPostings()
        near.append(id: 0, score: 1)
        near.append(id: 1, score: 2)
        #expect(near.encoded.count == 4)
    }

    /// The privacy canary over every file of the index: a public build's shards hold no
    /// members-only posting and no member's name, a members build's do (so the check can fail).
    @Test func noShardOfThePublicBuildHoldsMembersOnlyText() throws {
        for audience in [Audience.public, .members] {
            let site = try DigestAndSearchTests.built(audience)
            let files = site.filter { $0.key.hasPrefix("search/") && $0.key.hasSuffix(".json") }
            #expect(files.keys.contains("search/manifest.json") && files.keys.contains("search/t/0.json") && files.keys.contains("search/d/0.json"))
            let all = files.values.joined(separator: "\n")
            for secret in ["会員向けのお知らせ", "人事制度の相談", "会員 1号", "公開 太郎"] {
                #expect(all.contains(secret) == (audience == .members), "\(audience): \(secret)")
            }
            #expect(!all.contains("非公開"), "the unlisted profile is in no build's index")
        }
    }
}
