import Foundation
import Testing
@testable import KizunaContent

/// Which language the commands speak: `--lang`, else `KIZUNA_LANG`, else site.yaml's
/// `language`; and everything they say around the problems (summaries, the build's line, a
/// folder that cannot be written, `new`, a mistyped command) in that language.
@Suite struct MessageLanguageTests {
    let cli = KizunaCLI()
    static let now = "2026-11-25T12:00:00+09:00"
    static let japaneseSummary = "確認を終えました：エラー7件、警告1件。エラーを直して、もう一度実行してください。\n"
    static let englishSummary = "check failed: 7 errors, 1 warning\n"

    /// `check` on the editor-check fixture (a Japanese site: no `language:`, so the default ja),
    /// or on a copy of it whose site.yaml says `language: en`.
    func check(_ extra: [String], environment: [String: String], englishSite: Bool = false) throws -> (status: Int32, out: String, err: String) {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/editor-check", toPath: work.path + "/content")
        if englishSite {
            let site = work.path + "/content/site.yaml"
            try Data((try String(contentsOfFile: site, encoding: .utf8) + "language: en\n").utf8).write(to: URL(fileURLWithPath: site))
        }
        return try cli.run(["check", "--content", "content", "--theme", Repo.theme, "--now", Self.now] + extra,
                           environment: environment.merging(["NO_COLOR": "1"]) { $1 }, directory: work.path)
    }

    @Test func theFlagWinsOverTheEnvironmentWhichWinsOverTheSite() throws {
        // --lang over KIZUNA_LANG, both ways.
        #expect(try check(["--lang", "en"], environment: ["KIZUNA_LANG": "ja"]).out == Self.englishSummary)
        #expect(try check(["--lang", "ja"], environment: ["KIZUNA_LANG": "en"]).out == Self.japaneseSummary)
        // KIZUNA_LANG over site.yaml, both ways.
        #expect(try check([], environment: ["KIZUNA_LANG": "en"]).out == Self.englishSummary)
        #expect(try check([], environment: ["KIZUNA_LANG": "ja"], englishSite: true).out == Self.japaneseSummary)
        // Neither: the site's language (a Japanese site by default, English when it says so).
        let japanese = try check([], environment: ["KIZUNA_LANG": ""])
        #expect(japanese.out == Self.japaneseSummary)
        #expect(japanese.err.contains("content/news/welcome.md:5:1: エラー：リンク先 `/static/missing.png` に当たるページやファイルが、このサイトにはありません。"))
        #expect(try check([], environment: ["KIZUNA_LANG": ""], englishSite: true).out == Self.englishSummary)
        // Spelt as locales are.
        #expect(try check(["--lang", "ja_JP.UTF-8"], environment: [:]).out == Self.japaneseSummary)
    }

    /// A misspelt value of an option with a fixed set is a usage error (64) with the value it was
    /// likely meant to be, in the editor's language: `--audience`, `--format`, `new <kind>`.
    @Test func aMisspeltOptionValueIsAUsageErrorWithItsSuggestion() throws {
        let work = try TemporaryDirectory()
        let site = ["--content", Repo.fixtures + "/sites/small"]
        for (command, english, japanese) in [
            (["check", "--audience", "memebers"], "--audience must be one of public, members, not 'memebers'; did you mean 'members'?",
             "`--audience` に `memebers` は使えません。`members` の打ち間違いではありませんか。"),
            (["build", "--audience", "pubic"], "--audience must be one of public, members, not 'pubic'; did you mean 'public'?",
             "`--audience` に `pubic` は使えません。`public` の打ち間違いではありませんか。"),
            (["check", "--format", "jsn"], "--format must be one of text, github, json, not 'jsn'; did you mean 'json'?",
             "`--format` に `jsn` は使えません。`json` の打ち間違いではありませんか。"),
            (["new", "evnt", "x"], "<kind> must be one of news, event, opportunity, profile, survey, ask, page, not 'evnt'; did you mean 'event'?",
             "`<kind>` に `evnt` は使えません。`event` の打ち間違いではありませんか。"),
        ] {
            let en = try cli.run(command + site + ["--lang", "en"], directory: work.path)
            #expect(en.status == 64 && en.err.contains(english), "\(command): \(en.err)")
            let ja = try cli.run(command + site + ["--lang", "ja"], directory: work.path)
            #expect(ja.status == 64 && ja.err.contains(japanese), "\(command): \(ja.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.path + "/site"))
    }

    /// A language Kizuna has no messages for is a usage error (64), said in the language the
    /// rest would choose; for every command that takes --lang.
    @Test func anUnknownLanguageIsAUsageError() throws {
        let english = try check(["--lang", "fr"], environment: ["KIZUNA_LANG": "en"])
        #expect(english.status == 64)
        #expect(english.err.contains("--lang must be ja or en, not 'fr'"))
        let japanese = try check(["--lang", "fr"], environment: ["KIZUNA_LANG": ""])
        #expect(japanese.status == 64)
        #expect(japanese.err.contains("`--lang` に `fr` は使えません。`ja` か `en` を書いてください。"))
        let work = try TemporaryDirectory()
        for command in [["build"], ["serve"], ["new", "news", "x"], ["stats", "snapshot"]] {
            let run = try cli.run(command + ["--content", Repo.fixtures + "/sites/small", "--lang", "xx"], directory: work.path)
            #expect(run.status == 64, "\(command)")
            #expect(run.err.contains("--lang must be ja or en, not 'xx'"), "\(command): \(run.err)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }

    @Test func theBuildSpeaksJapanese() throws {
        let work = try TemporaryDirectory(["somefile": "plain text"])
        let arguments = ["build", "--content", Repo.fixtures + "/sites/small", "--theme", Repo.theme, "--now", Self.now, "--lang", "ja"]
        let built = try cli.run(arguments + ["--output", "site", "--audience", "members", "--allowlist", "auth.txt"], directory: work.path)
        #expect(built.status == 0, "\(built.err)")
        #expect(built.out.hasPrefix("会員版を `site/` に作りました：ページ"))
        #expect(built.out.contains("（お知らせ") && built.out.contains("名簿") && built.out.contains("、警告1件、"))
        #expect(built.out.split(separator: "\n").first?.hasSuffix("秒。") == true)
        #expect(built.out.split(separator: "\n").last?.hasPrefix("許可リスト `auth.txt` を書き出しました：メールアドレス6件、SHA-256 `") == true)
        let again = try cli.run(arguments + ["--output", "site", "--audience", "members", "--allowlist", "auth.txt"], directory: work.path)
        #expect(again.out.hasPrefix("`site/` は、同じコンテンツ・テーマ・オプション・kizuna で作ったものです（ページ"))

        // A folder that cannot be written: the writer's sentence, in Japanese.
        let blocked = try cli.run(arguments + ["--output", "somefile/site"], directory: work.path)
        #expect(blocked.status == 1)
        #expect(blocked.err == "エラー：出力先のフォルダー `somefile/site` を作れません。`\(work.path)/somefile` がフォルダーではなくファイルになっています。そのファイルを移すか、別の出力先を `--output` で指定してください。\n")

        // A failed build: the located errors and the line after them.
        let broken = try cli.run(["build", "--content", Repo.fixtures + "/sites/editor-check", "--theme", Repo.theme, "--now", Self.now,
                                  "--output", "out"], environment: ["KIZUNA_LANG": "ja"], directory: work.path)
        #expect(broken.status == 1)
        #expect(broken.err.contains("/opportunities/late-posting.yaml:2:7: エラー："))
        #expect(broken.err.hasSuffix("サイトを作れませんでした：エラー7件。`out/` は前のままです。エラーを直して、もう一度実行してください。\n"))
        // A --now that cannot be read is a usage error in the chosen language.
        let now = try cli.run(["build", "--content", Repo.fixtures + "/sites/small", "--now", "tomorrow", "--lang", "ja"], directory: work.path)
        #expect(now.status == 64)
        #expect(now.err.contains("`--now` の書き方が違います（`tomorrow`）。"))
    }

    @Test func newAndAMistypedCommandSpeakJapanese() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let created = try cli.run(["new", "news", "fresh", "--now", Self.now, "--lang", "ja"], directory: work.path)
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out == "`content/news/fresh.md` を作りました。下書きなので、`kizuna serve --drafts` で確かめてから、`draft: true` の行を消して公開してください。\n")
        // The site (small) is Japanese: without --lang or KIZUNA_LANG, the typo is said in Japanese.
        let typo = try cli.run(["buidl"], environment: ["KIZUNA_LANG": ""], directory: work.path)
        #expect(typo.status == 64)
        #expect(typo.err == "エラー：`buidl` というコマンドはありません。`build` の打ち間違いではありませんか。\n使えるコマンドは `build`、`check`、`serve`、`new`、`stats`、`import`、`init`、`diff` です（詳しくは `kizuna --help`）。\n")
        #expect(try cli.run(["buidl", "--lang", "en"], environment: ["KIZUNA_LANG": "ja"], directory: work.path).err
            .hasPrefix("error: unknown command 'buidl'; did you mean 'build'?\n"))
    }
}
