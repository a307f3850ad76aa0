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
        for (i, s) in scalars.enumerated() {
            switch s {
            case ":":
                // `ラベル: 値` — an ASCII colon and space between Japanese words (times like 19:00
                // and `key: value` in backticks have no Japanese on both sides).
                if i + 1 < scalars.count, scalars[i + 1] == " ",
                   let before = neighbour(i, -1), let after = neighbour(i, 1), isJapanese(before), isJapanese(after) {
                    found.append(Finding(rule: "ASCII ': ' between Japanese words (use ：)", excerpt: excerpt(i)))
                }
            case "·", "•":
                if let before = neighbour(i, -1), let after = neighbour(i, 1), isJapanese(before) || isJapanese(after) {
                    found.append(Finding(rule: "'\(s)' beside Japanese (use ・ or a whole sentence)", excerpt: excerpt(i)))
                }
            case "‹", "<":
                if i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]),
                   let after = neighbour(i + 1, 1), isJapanese(after) || neighbour(i, -1).map(isJapanese) == true {
                    found.append(Finding(rule: "'\(s)' before a figure (write 5未満)", excerpt: excerpt(i)))
                }
            case "千":
                if i > 0, ("0"..."9").contains(scalars[i - 1]) || scalars[i - 1] == "," {
                    found.append(Finding(rule: "千 after digits (write 1,500 or 1万5,000)", excerpt: excerpt(i)))
                }
            case "．", "，":
                found.append(Finding(rule: "full-width '\(s)' (use 。 and 、)", excerpt: excerpt(i)))
            default:
                if (0xFF61...0xFF9F).contains(s.value) {
                    found.append(Finding(rule: "half-width katakana", excerpt: excerpt(i)))
                }
            }
        }
        for (avoid, use) in avoidedTerms {
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: avoid, range: search) {
                found.append(Finding(rule: "avoided term \(avoid) (use \(use))", excerpt: String(text[text.index(range.lowerBound, offsetBy: -min(8, text.distance(from: text.startIndex, to: range.lowerBound)))..<range.upperBound])))
                search = range.upperBound..<text.endIndex
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
