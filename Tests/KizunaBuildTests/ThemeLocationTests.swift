import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Which theme a build uses without `--theme`: site.yaml's `theme`, found beside the content
/// folder, else beside the executable (docs/THEMES.md).
@Suite struct ThemeLocationTests {
    func settings(_ content: String, output: String) -> Build.Settings {
        Build.Settings(contentDirectory: content, themeDirectory: nil, outputDirectory: output,
                       options: BuildOptions(audience: .public, now: fixedNow))
    }

    /// A project folder with `content/` (a minimal site) and a copy of the default theme under
    /// `themes/<name>/` whose home page says `marker`.
    func project(theme name: String, marker: String, siteYAML: String = minimalSiteYAML) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(["content/site.yaml": siteYAML])
        try FileManager.default.createDirectory(atPath: dir.path + "/themes", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.theme, toPath: dir.path + "/themes/" + name)
        let home = dir.path + "/themes/\(name)/templates/home.mustache"
        let text = try String(contentsOfFile: home, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1>{{site.title}}</h1>", with: "<h1>{{site.title}}</h1><p>\(marker)</p>")
            .write(toFile: home, atomically: true, encoding: .utf8)
        return dir
    }

    func home(_ files: [OutputFile]) -> String {
        guard case .bytes(let data)? = files.first(where: { $0.path == "index.html" })?.contents else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theThemeBesideTheContentFolderIsUsed() throws {
        let dir = try project(theme: "default", marker: "beside-the-content")
        let files = try Build(settings(dir.path + "/content", output: dir.path + "/site")).renderedFiles().files
        #expect(home(files).contains("<p>beside-the-content</p>"))
    }

    @Test func siteYAMLNamesTheTheme() throws {
        let dir = try project(theme: "brand", marker: "brand-theme", siteYAML: minimalSiteYAML + "theme: brand\n")
        let files = try Build(settings(dir.path + "/content", output: dir.path + "/site")).renderedFiles().files
        #expect(home(files).contains("<p>brand-theme</p>"))
    }

    @Test func aThemePathIsRelativeToTheProjectFolder() throws {
        let dir = try project(theme: "brand", marker: "by-path", siteYAML: minimalSiteYAML + "theme: themes/brand\n")
        let files = try Build(settings(dir.path + "/content", output: dir.path + "/site")).renderedFiles().files
        #expect(home(files).contains("<p>by-path</p>"))
    }

    @Test func aMissingThemeIsAnErrorAtItsLineListingWhereItLooked() throws {
        let dir = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML + "theme: nowhere\n"])
        var message = ""
        do {
            _ = try Build(settings(dir.path + "/content", output: dir.path + "/site")).renderedFiles()
        } catch {
            message = error.diagnostics.map(\.description).joined(separator: "\n")
        }
        #expect(message.hasPrefix(dir.path + "/content/site.yaml:4:8: error: theme 'nowhere' not found; looked in \(dir.path)/themes/nowhere, "))
        #expect(message.contains("/share/kizuna/themes/nowhere"))
    }

    @Test func candidatesGoFromTheProjectToTheExecutable() {
        let found = ThemeLocator.candidates(for: "default", contentDirectory: "/p/content", executable: "/opt/kizuna/bin/kizuna")
        #expect(found == [
            "/p/themes/default", "/opt/kizuna/bin/themes/default", "/opt/kizuna/themes/default", "/opt/themes/default",
            "/themes/default", "/opt/kizuna/share/kizuna/themes/default",
        ])
    }

    /// The command from another working directory, without --theme: the old default
    /// (`themes/default` relative to the working directory) failed there.
    @Test func theCommandWorksFromAnyDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        let result = try KizunaCLI().run(["build", "--content", Repo.content, "--output", elsewhere.path + "/site"],
                                                environment: ["SOURCE_DATE_EPOCH": "1795000000"], directory: elsewhere.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(FileManager.default.fileExists(atPath: elsewhere.path + "/site/index.html"))
    }
}

/// An English portal reads as English: plural forms and Western punctuation.
@Suite struct EnglishUITests {
    @Test func countsAndPunctuationFollowTheLanguage() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML + "language: en\n",
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\ntags: [solo, pair]\n---\nText\n",
            "news/b.md": "---\ntitle: B\ndate: 2024-01-02\ntags: [pair]\n---\nText\n",
            "opportunities/o.yaml": "title: Coach\nkind: mentor\nposted: 2024-01-01\nlocation: Tokyo\nremote: hybrid\napply: mailto:a@example.com\naudience: public\n",
            "events/e.yaml": "title: Lunch\nstart: 2030-01-01T12:00:00+09:00\nmode: in-person\nvenue:\n  name: Cafe\ncapacity: 1\naudience: public\n",
        ])
        let files = try Build(settings(content: dir.path, output: dir.path + "-site")).renderedFiles().files
        func page(_ path: String) -> String {
            guard case .bytes(let data)? = files.first(where: { $0.path == path })?.contents else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(page("news/tags/solo/index.html").contains("<span>1 post</span> <a"))
        #expect(page("news/tags/pair/index.html").contains("<span>2 posts</span> <a"))
        // Whole English labels, in English order and punctuation.
        #expect(page("news/tags/pair/index.html").contains("<title>News tagged “pair” | テスト アルムナイ</title>"))
        #expect(page("index.html").contains(">See all events<span aria-hidden=\"true\"> →</span></a>"))
        #expect(page("opportunities/index.html").contains("<dd>Tokyo (Hybrid)</dd>"))
        #expect(page("events/e/index.html").contains("<dd>1 person</dd>"))
        for file in files where file.path.hasSuffix(".html") {
            #expect(!page(file.path).contains(where: { "（）「」".contains($0) }), "\(file.path) has Japanese punctuation")
        }
    }
}
