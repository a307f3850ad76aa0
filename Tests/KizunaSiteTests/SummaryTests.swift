import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Derived news summaries end at a sentence end that is not inside brackets or quotes.
@Suite struct SummaryTests {
    static func text(_ character: Character, _ count: Int) -> String { String(repeating: character, count: count) }

    /// The post's first paragraph is followed by a quote with a 。 inside it; the summary used
    /// to stop there, inside 「…」.
    @Test func realPostEndsBeforeTheQuote() throws {
        let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: ContentKinds.builtIn.items).load()
        let post = try #require(content[NewsKind()].first { $0.slug == "hr-alumni-roundtable-report" })
        #expect(post.summary == nil, "the post must not give its own summary for this test to mean anything")
        let paragraphs = MarkdownRenderer().render(post.body.text).paragraphText
        #expect(paragraphs.contains("「採用市場の変化はどの会社でも同じ悩み。現役の"))
        #expect(Summary.derive(from: paragraphs)
            == "7月5日（土）、人事部門に在籍していた卒業生を対象とした少人数の座談会を本社22階の会議室で開催しました。当日は卒業生14名と、現役の人事部員4名が参加しました。")
    }

    @Test func sentenceEndsInsideBracketsAreSkipped() {
        let before = Self.text("あ", 40) + "。"
        for (open, close) in [("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"), ("【", "】"), ("〈", "〉"), ("《", "》"),
                              ("“", "”"), ("‘", "’"), ("\"", "\"")] {
            let text = before + open + Self.text("い", 20) + "。" + Self.text("う", 100) + close + "。"
            #expect(Summary.derive(from: text) == before, "\(open)…\(close)")
        }
    }

    @Test func sentenceEndAfterTheClosingBracketCounts() {
        let text = "彼は「" + Self.text("い", 30) + "。」と言いました。" + Self.text("え", 100)
        #expect(Summary.derive(from: text) == "彼は「" + Self.text("い", 30) + "。」と言いました。")
    }

    @Test func nestedBracketsCloseInOrder() {
        // 」 inside 『…』 is still inside 「…」 until the outer 」.
        let quoted = "「外『中。』外。」"
        let text = Self.text("あ", 40) + "。" + quoted + "続き。" + Self.text("お", 100)
        #expect(Summary.derive(from: text) == Self.text("あ", 40) + "。" + quoted + "続き。")
        let unclosed = Self.text("あ", 40) + "。「外『中。」外。" + Self.text("お", 100)
        // 」 also closes the 『 left open inside it.
        #expect(Summary.derive(from: unclosed) == Self.text("あ", 40) + "。「外『中。」外。")
    }

    @Test func anUnbalancedClosingBracketDoesNotHideLaterSentences() {
        let text = "）」" + Self.text("あ", 50) + "。" + Self.text("い", 100)
        #expect(Summary.derive(from: text) == "）」" + Self.text("あ", 50) + "。")
    }

    @Test func latinQuotesAndApostrophes() {
        let question = "Did she say \"Stop! Wait.\" to the students' union, who didn't listen?"
        let text = question + " " + String(repeating: "word ", count: 30)
        #expect(Summary.derive(from: text) == question)
        // A ' that opens a quote is one: the ! inside it is not the end.
        let single = String(repeating: "x", count: 30) + " They called it 'the best day! ever' and left, " + String(repeating: "word ", count: 30)
        let cut = Summary.derive(from: single)
        #expect(!cut.hasSuffix("day!"))
        #expect(cut.hasSuffix(" word…"))
    }

    /// With no sentence end outside brackets, the old cut applies, and the brackets it leaves
    /// open are closed after the ellipsis.
    @Test func fallbackClosesWhatTheCutLeavesOpen() {
        let quote = "「" + String(repeating: Self.text("い", 30) + "。", count: 5) + "」"
        let text = Self.text("あ", 30) + quote
        let window = String(Array(text).prefix(120))
        #expect(Summary.derive(from: text) == window + "…」")

        let nested = Self.text("あ", 30) + "（『" + Self.text("い", 150) + "』）"
        #expect(Summary.derive(from: nested) == String(Array(nested).prefix(120)) + "…』）")

        let latin = "Intro (" + String(repeating: "word ", count: 40) + ")"
        let cut = Summary.derive(from: latin)
        #expect(cut.hasSuffix(" word…)"))
        #expect(cut.count <= 122)
    }

    @Test func aBracketLeftOpenInOneParagraphDoesNotSpillIntoTheNext() {
        let text = "「閉じ忘れ。\n" + Self.text("あ", 40) + "。" + Self.text("い", 100)
        #expect(Summary.derive(from: text) == "「閉じ忘れ。" + Self.text("あ", 40) + "。")
    }

    @Test func textWithinTheLimitIsKept() {
        #expect(Summary.derive(from: "「短い。」") == "「短い。」")
        #expect(Summary.derive(from: Self.text("あ", 120)) == Self.text("あ", 120))
    }
}
