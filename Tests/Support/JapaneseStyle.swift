import Foundation

/// The mechanical rules of docs/JAPANESE.md, checked on any Japanese text Kizuna ships or
/// renders: message catalogue, theme strings, rendered pages. A finding names the rule and
/// quotes the spot, so a failing test says what to fix.
enum JapaneseStyle {
    struct Finding: CustomStringConvertible, Equatable {
        var rule: String
        var excerpt: String
        var description: String { "\(rule): …\(excerpt)…" }
    }

    /// Kana, kanji, the ideographic iteration mark and the long-vowel mark: the characters that
    /// make a word Japanese.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3005, 0x3006:
            return true
        default:
            return false
        }
    }

    /// Terms the style guide's table avoids (§2), with the term to use.
    static let avoidedTerms: [(avoid: String, use: String)] = [
        ("元社員", "卒業生"), ("退職者", "卒業生"), ("メンバー向け", "会員限定"), ("登録メンバー", "会員"),
        ("入会", "登録"), ("エントリー", "申し込む／応募する"), ("お仕事", "求人・案件／募集"),
        ("有償メンター", "外部メンター（有償）"), ("社外メンター", "外部メンター"), ("謝礼", "報酬"),
        ("ウェルカムサーベイ", "登録時アンケート"), ("入会アンケート", "登録時アンケート"), ("ニュース記事", "お知らせ"),
        ("フィールド", "項目"), ("隠しています", "伏せています"),
    ]

    /// Katakana words that keep their long vowel (JTF 2.1.6): the short form is a finding.
    static let longVowelWords = ["フォルダ", "ブラウザ", "マネージャ", "ユーザ", "サーバ", "メンバ"]

    /// Characters that sit between words without being one: spaces, digits and the punctuation
    /// around figures and quotes (`19:00`, `5,000`, `（木）`, `「…」`). Looking past them finds the
    /// word a mark stands beside: in 「2026年6月3日（水） · 1分で読めます」 the `·` stands between
    /// 水 and 分.
    static func isBetweenWords(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\u{A0}", "0"..."9", ",", ".", "%", "+", "#", "（", "）", "「", "」", "『", "』", "、", "。", "〜", "・", "：":
            return true
        default:
            return false
        }
    }

    static func findings(in text: String) -> [Finding] {
        var found: [Finding] = []
        let scalars = Array(text.unicodeScalars)
        func excerpt(_ at: Int) -> String {
            let from = max(0, at - 8), to = min(scalars.count, at + 9)
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[from..<to])
            return String(s)
        }
        /// The nearest non-space scalar before / after `at`, skipping ASCII spaces.
        func neighbour(_ at: Int, _ step: Int) -> Unicode.Scalar? {
            var i = at + step
            while i >= 0 && i < scalars.count {
                if scalars[i] != " " { return scalars[i] }
                i += step
            }
            return nil
        }
        /// Whether the nearest word before / after `at` on its line is Japanese (figures, spaces
        /// and brackets looked past).
        func japaneseWord(_ at: Int, _ step: Int) -> Bool {
            var i = at + step
            while i >= 0 && i < scalars.count, scalars[i] != "\n" {
                if isJapanese(scalars[i]) { return true }
                if !isBetweenWords(scalars[i]) { return false }
                i += step
            }
            return false
        }
        /// Whether the figure at `at` is all of its line (a table cell).
        func standsAlone(_ at: Int) -> Bool {
            let start = scalars[..<at].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            let end = scalars[at...].firstIndex(of: "\n") ?? scalars.count
            return scalars[start..<at].allSatisfy { $0 == " " } && scalars[(at + 1)..<end].allSatisfy { ("0"..."9").contains($0) || $0 == " " }
        }
        for (i, s) in scalars.enumerated() {
            switch s {
            case ":":
                // `ラベル: 値` — an ASCII colon and space between Japanese words (times like 19:00
                // and `key: value` in backticks have no Japanese on both sides); 「掲載日: 2026年…」
                // has a date after it, whose 年 is the word.
                if i + 1 < scalars.count, scalars[i + 1] == " ", japaneseWord(i, -1), japaneseWord(i, 1) {
                    found.append(Finding(rule: "ASCII ': ' between Japanese words (use ：)", excerpt: excerpt(i)))
                }
            case "·", "•":
                if japaneseWord(i, -1) || japaneseWord(i, 1) {
                    found.append(Finding(rule: "'\(s)' beside Japanese (use ・ or a whole sentence)", excerpt: excerpt(i)))
                }
            case "‹", "<":
                // 「‹5」 anywhere, 「<5」 beside Japanese or alone in its cell: a screen reader says
                // 小なり, and the privacy page promises 5未満.
                if i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]),
                   s == "‹" || japaneseWord(i, -1) || japaneseWord(i, 1) || standsAlone(i) {
                    found.append(Finding(rule: "'\(s)' before a figure (write 5未満)", excerpt: excerpt(i)))
                }
            case "千", "百":
                if i > 0, ("0"..."9").contains(scalars[i - 1]) || scalars[i - 1] == "," {
                    found.append(Finding(rule: "\(s) after digits (write 1,500 or 1万5,000)", excerpt: excerpt(i)))
                }
            case "．", "，":
                found.append(Finding(rule: "full-width '\(s)' (use 。 and 、)", excerpt: excerpt(i)))
            case "～":
                found.append(Finding(rule: "full-width tilde '～' (ranges take 〜, U+301C)", excerpt: excerpt(i)))
            case "—", "―":
                // A dash in Japanese prose, or standing for a figure a page does not print.
                if japaneseWord(i, -1) || japaneseWord(i, 1) {
                    found.append(Finding(rule: "'\(s)' beside Japanese (no dashes in Japanese prose; a hidden figure is 5未満 or 非公開)", excerpt: excerpt(i)))
                }
            default:
                if (0xFF61...0xFF9F).contains(s.value) {
                    found.append(Finding(rule: "half-width katakana", excerpt: excerpt(i)))
                } else if (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value) {
                    found.append(Finding(rule: "full-width digit or Latin letter (write them half-width)", excerpt: excerpt(i)))
                }
            }
        }
        /// Katakana, the long-vowel mark included: a katakana term inside a longer katakana word
        /// is another word (フィールドセールス, ネクストフィールド are not the editor's フィールド).
        func isKatakana(_ c: Character?) -> Bool {
            guard let scalar = c?.unicodeScalars.first else { return false }
            return (0x30A1...0x30FA).contains(scalar.value) || scalar == "ー"
        }
        for (avoid, use) in avoidedTerms {
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: avoid, range: search) {
                defer { search = range.upperBound..<text.endIndex }
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
                let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
                if (isKatakana(avoid.first) && isKatakana(before)) || (isKatakana(avoid.last) && isKatakana(after)) { continue }
                found.append(Finding(rule: "avoided term \(avoid) (use \(use))", excerpt: String(text[text.index(range.lowerBound, offsetBy: -min(8, text.distance(from: text.startIndex, to: range.lowerBound)))..<range.upperBound])))
            }
        }
        for word in longVowelWords {
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: word, range: search) {
                if range.upperBound == text.endIndex || text[range.upperBound] != "ー" {
                    found.append(Finding(rule: "\(word) without its long vowel (write \(word)ー)", excerpt: String(text[range.lowerBound..<text.index(range.upperBound, offsetBy: min(4, text.distance(from: range.upperBound, to: text.endIndex)))])))
                }
                search = range.upperBound..<text.endIndex
            }
        }
        return found
    }
}
