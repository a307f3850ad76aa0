import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// An editor's typical mistakes, in real files through the loader and the validator, read as a
/// Japanese editor reads them (`Diagnostic.line(.ja)`): what is wrong, where, how to fix it.
@Suite struct JapaneseDiagnosticsTests {
    /// Every diagnostic of `files`, sorted, and the temporary folder they were read from.
    static func diagnostics(for files: [String: String]) throws -> (all: [Diagnostic], folder: String) {
        let dir = try TemporaryDirectory(files)
        let kinds = ContentKinds.builtIn.items
        let (content, loaded) = ContentLoader(contentDirectory: dir.path, kinds: kinds).load()
        var all = loaded
        if case .failure(let failure) = SiteValidator(kinds: kinds).validate(content) {
            failure.diagnostics.forEach { all.append($0) }
        }
        return (all.sorted, dir.path)
    }

    static let mistakes: [String: String] = [
        "site.yaml": minimalSiteYAML,
        "opportunities/data.yaml": "title: データ分析\nkind: contract\nposted: 2025-07-28\ndeadine: 2025-09-30\napply: https://forms.example.com/apply\n",
        "events/osaka-meetup.yaml": "title: 大阪交流会\nstart: 2027/1/23 14:00\nmode: online\nonline_url: https://meet.example.com/x\n",
        "events/osaka-meetup.yml": "title: 大阪交流会（2回目）\nstart: 2027-03-20T14:00:00+09:00\nend: 2027-03-20T13:00:00+09:00\nmode: online\nonline_url: https://meet.example.com/y\n",
        "events/quote.yaml": "title: \"関西ランチ会\nstart: 2027-02-01\nmode: online\n",
        "news/no-front-matter.md": "title: お知らせ\n本文\n",
        "news/colon.md": "---\ntitle: 交流会: 秋\ndate: 2025-07-01\n---\n本文\n",
        "news/tab.md": "---\ntitle: 見えない文字\ndate: 2025-07-01\n---\n本文に\u{0B}垂直タブ\n",
        "evnets/x.yaml": "title: x\n",
    ]

    @Test func typicalMistakesReadInJapanese() throws {
        let found = try Self.diagnostics(for: Self.mistakes)
        let lines = found.all.map { $0.line(.ja).replacingOccurrences(of: found.folder, with: "<dir>") }
        let expected = [
            "<dir>/events/osaka-meetup.yaml:2:8: エラー：`start` の日時の書き方が違います（`2027/1/23 14:00`）。`2024-05-31` か `2024-05-31T19:00:00+09:00` の形で書いてください。",
            "<dir>/events/osaka-meetup.yml:1:1: エラー：スラッグ `osaka-meetup` は別のイベント（`<dir>/events/osaka-meetup.yaml`）でも使われています。どちらかの名前を変えてください。",
            "<dir>/events/osaka-meetup.yml:3:6: エラー：終了（`end`：`2027-03-20T13:00:00+09:00`）が開始（`start`：`2027-03-20T14:00:00+09:00`）より前です。日付と時刻を確かめてください。",
            "<dir>/events/quote.yaml:3:13: エラー：引用符が閉じられていません（1行目8文字目から始まる引用符で囲んだ値の途中）。値の終わりに、始めと同じ引用符（`\"` か `'`）を書いてください。",
            "<dir>/evnets:1:1: 警告：`evnets` はコンテンツフォルダーに置くものではありません。このままでも公開されますが、その中身は含まれません。打ち間違いなら、`alumni`、`asks`、`events`、`news`、`opportunities`、`pages`、`site.yaml`、`static`、`stats` か `surveys` のどれかに直してください。",
            "<dir>/news/colon.md:2:11: エラー：ここでは `:` を項目名と値の区切りとして使えません。値に `:` を含めるときは値全体を `\"` で囲み、そうでなければ字下げを確かめてください。",
            "<dir>/news/no-front-matter.md:1:1: エラー：ファイルの先頭にフロントマターがありません。1行目を `---` にして項目を書き、そのあとにもう一度 `---` の行を書いてください。",
            "<dir>/news/tab.md:5:4: エラー：見えない文字 U+000B（垂直タブ）が入っています。エディターでは見えないので、この位置の前後の1文字を消してください。",
            "<dir>/opportunities/data.yaml:4:1: エラー：`deadine` という項目はありません。`deadline` の打ち間違いではありませんか。",
        ]
        #expect(lines == expected, "\(lines)")
    }

    /// Whatever the mistake, the Japanese line is Japanese: no English sentence left in it (only
    /// names such as YAML, UTF-8 or site.yaml outside the backticks), the style guide's rules
    /// kept, and the English still there for `--lang en`.
    @Test func noEnglishIsLeftInAJapaneseLine() throws {
        let all = try Self.diagnostics(for: Self.mistakes).all
        #expect(all.count == 9)
        let names: Set<String> = ["YAML", "UTF", "Kizuna", "URL", "ID", "site", "yaml", "docs", "CONTENT", "md", "KB", "Markdown", "U"]
        for d in all {
            let ja = d.message(.ja), en = d.message(.en)
            #expect(ja != en, "untranslated: \(en)")
            let prose = MessageCatalogueTests.prose(ja)
            // Words of ASCII letters; code points and versions (U+000B, UTF-8) are not words.
            let words = prose.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init).filter { !$0.contains(where: \.isNumber) }
            #expect(words.allSatisfy(names.contains), "English in \(ja): \(words.filter { !names.contains($0) })")
            #expect(JapaneseStyle.findings(in: prose).isEmpty, "\(ja)")
            #expect(d.line(.en).hasSuffix(": \(d.severity.rawValue): \(en)"))
        }
    }

    /// The check above catches an English message passed through unchanged.
    @Test func anUntranslatedLineIsCaught() {
        let untranslated = Diagnostic(.error, SourceLocation(path: "a.yaml"), LocalizedText(en: "cannot read file", ja: "cannot read file"))
        let words = MessageCatalogueTests.prose(untranslated.message(.ja)).split { !($0.isASCII && $0.isLetter) }
        #expect(untranslated.message(.ja) == untranslated.message(.en))
        #expect(words.contains("cannot"))
    }
}
