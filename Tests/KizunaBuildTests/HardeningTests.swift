import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Inputs an attacker (or a careless editor) can commit: each must end in a located error or a
/// warning, never in a crash, a hang, a lost folder or a file written outside the output.
@Suite struct HardeningTests {
    // MARK: Crashes and hangs

    @Test func deeplyNestedYAMLIsALocatedError() throws {
        let deep = "d: " + String(repeating: "[", count: 6_000) + String(repeating: "]", count: 6_000) + "\n"
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/deep.yaml": "title: x\n" + deep,
            "news/deep.md": "---\ntitle: x\ndate: 2024-01-01\ntags: " + String(repeating: "[", count: 6_000) + String(repeating: "]", count: 6_000) + "\n---\n",
        ])
        #expect(lines == [
            "<dir>/events/deep.yaml:2:67: error: values are nested more than 64 levels deep; content needs only a few levels (a list of mappings at most)",
            "<dir>/news/deep.md:4:70: error: values are nested more than 64 levels deep; content needs only a few levels (a list of mappings at most)",
        ])
    }

    @Test func aliasesCannotStackDepthEither() {
        // Each anchor is 40 levels deep; an alias inside another 40 levels would make 80.
        let open = String(repeating: "[", count: 40), close = String(repeating: "]", count: 40)
        let text = "a: &a \(open)x\(close)\nb: \(open)*a\(close)\n"
        let result = YAMLParser().parse(text, path: "t.yaml")
        #expect(result.root == nil)
        #expect(result.diagnostics.all.map(\.description) == [
            "t.yaml:2:44: error: values are nested more than 64 levels deep; content needs only a few levels (a list of mappings at most)",
        ])
        // 64 levels exactly are fine.
        let ok = YAMLParser().parse("a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n", path: "t.yaml")
        #expect(!ok.diagnostics.hasErrors)
    }

    @Test func hugeSurveyCountsAreLocatedErrorsNotTraps() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "surveys/s.yaml": """
            title: t
            fielded: 2024-09
            respondents: 100
            questions:
              - {id: a, text: a, type: multi, options: [x, y], counts: [9223372036854775807, 1]}
              - {id: b, text: b, type: single, options: [x, y], counts: [9223372036854775807, 1]}
              - {id: c, text: c, type: nps, counts: [9223372036854775807, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}

            """,
            "surveys/t.yaml": """
            title: t
            fielded: 2024-09
            respondents: 100
            questions:
              - {id: d, text: d, type: multi, options: [x, y], counts: [101, 1]}
              - {id: e, text: e, type: single, options: [x, y], counts: [99999999, 99999999]}

            """,
        ])
        #expect(lines == [
            "<dir>/surveys/s.yaml:5:61: error: counts must be whole numbers from 0 to 100000000, not '9223372036854775807'",
            "<dir>/surveys/s.yaml:6:62: error: counts must be whole numbers from 0 to 100000000, not '9223372036854775807'",
            "<dir>/surveys/s.yaml:7:42: error: counts must be whole numbers from 0 to 100000000, not '9223372036854775807'",
            "<dir>/surveys/t.yaml:5:60: error: a count of question 'd' is 101, more than the 100 respondents",
            "<dir>/surveys/t.yaml:6:61: error: counts of question 'e' add up to 199999998, more than the 100 respondents",
        ])
    }

    @Test func contentFilesAboveTheSizeLimitAreRefusedBeforeReading() throws {
        let body = String(repeating: "あ", count: 1_000)  // 3,000 bytes
        let post = "---\ntitle: x\ndate: 2024-01-01\n---\n" + body + "\n"
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML + "max_file_size_kb: 2\n", "news/big.md": post])
        #expect(lines == ["<dir>/news/big.md:1:1: error: file is 3 KB, more than the limit of 2 KB per content file; split it, or raise 'max_file_size_kb' in site.yaml"])
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML + "max_file_size_kb: 4\n", "news/big.md": post]) == [])
        // The default is 1 MiB.
        let huge = "---\ntitle: x\ndate: 2024-01-01\n---\n" + String(repeating: "a", count: 1_100_000)
        #expect(try diagnostics(for: ["site.yaml": minimalSiteYAML, "news/huge.md": huge])
            == ["<dir>/news/huge.md:1:1: error: file is 1,075 KB, more than the limit of 1,024 KB per content file; split it, or raise 'max_file_size_kb' in site.yaml"])
    }

    // MARK: Folders

    @Test func anOutputInsideTheContentOrThemeIsRefused() throws {
        let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML, "content/static/a.txt": "a", "theme/templates/x.mustache": ""])
        let files = [OutputFile(path: "index.html", contents: .bytes(Data("x".utf8)))]
        for output in [work.path + "/content/static/preview", work.path + "/theme/out", work.path + "/content/../content/static/p"] {
            #expect(throws: OutputWriter.WriteError.self, "\(output)") {
                try OutputWriter(outputDirectory: output, protecting: [work.path + "/content", work.path + "/theme"]).writeAsABuild(files)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: work.path + "/content/static/preview"))
    }

    @Test func aBuiltSiteInsideStaticIsNeverCopied() throws {
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML, "static/ok.txt": "ok",
            "static/preview/.kizuna-site": "kizuna-site 1\n", "static/preview/index.html": "old build",
        ])
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(content.staticFiles.map(\.path) == ["ok.txt"])
        #expect(d.all.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") }
            == ["<dir>/static/preview:1:1: warning: skipped: a site built by Kizuna is never copied into another site"])
    }

    @Test func onlyAnEmptyFolderOrAKizunaSiteIsReplaced() throws {
        let work = try TemporaryDirectory([
            "web/index.html": "<h1>app</h1>", "web/README.md": "mine", "web/src/app.js": "code",
            "empty/.keep-not": "",
        ])
        try FileManager.default.removeItem(atPath: work.path + "/empty/.keep-not")
        let files = [OutputFile(path: "index.html", contents: .bytes(Data("new".utf8)))]
        #expect {
            try OutputWriter(outputDirectory: work.path + "/web").writeAsABuild(files)
        } throws: { error in
            "\(error)".contains("was not built by Kizuna (it has no .kizuna-site file)")
        }
        #expect(snapshot(of: work.path + "/web").keys.sorted() == ["README.md", "index.html", "src/app.js"])
        try OutputWriter(outputDirectory: work.path + "/empty").writeAsABuild(files)
        #expect(FileManager.default.contents(atPath: work.path + "/empty/.kizuna-site") == Data("kizuna-site 1\n".utf8))
        // Now it carries the marker, so the next build may replace it.
        try OutputWriter(outputDirectory: work.path + "/empty").writeAsABuild([OutputFile(path: "404.html", contents: .bytes(Data("x".utf8)))])
        #expect(snapshot(of: work.path + "/empty").keys.sorted() == [".kizuna-site", "404.html"])
        // A marker is read only as far as its first word, whatever its size.
        let big = work.path + "/big"
        try FileManager.default.createDirectory(atPath: big, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: big + "/.kizuna-site", contents: nil))
        let marker = try #require(FileHandle(forWritingAtPath: big + "/.kizuna-site"))
        try marker.write(contentsOf: Data("kizuna-site 1\n".utf8))
        try marker.truncate(atOffset: 8 << 30)  // 8 GiB, sparse
        try marker.close()
        #expect(OutputWriter.isBuiltSite(big))
        // A marker that is not ours (a directory, or other text) does not count.
        try FileManager.default.createDirectory(atPath: work.path + "/fake/.kizuna-site", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: work.path + "/fake/index.html"))
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter(outputDirectory: work.path + "/fake").writeAsABuild(files) }
    }

    @Test func foldersOfKilledBuildsAreCleanedUpNextTime() throws {
        let work = try TemporaryDirectory()
        // A pid far above pid_max (4194304 on Linux) is never running; pid 1 always is.
        let dead = work.path + "/.site.kizuna-new-99999999", deadOld = work.path + "/.site.kizuna-old-99999998"
        let live = work.path + "/.site.kizuna-new-1", other = work.path + "/.other.kizuna-new-99999999"
        for folder in [dead, deadOld, live, other] {
            try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
            try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/news/index.html"))
        }
        try OutputWriter(outputDirectory: work.path + "/site").writeAsABuild([OutputFile(path: "index.html", contents: .bytes(Data("x".utf8)))])
        let left = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        #expect(left == [".other.kizuna-new-99999999", ".site.kizuna-new-1", "site"])
        // A rebuild leaves nothing beside the output but the output.
        try OutputWriter(outputDirectory: work.path + "/site").writeAsABuild([OutputFile(path: "index.html", contents: .bytes(Data("y".utf8)))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == [".other.kizuna-new-99999999", ".site.kizuna-new-1", "site"])
    }

    @Test func symlinksLeavingTheContentFolderAreSkipped() throws {
        let outside = try TemporaryDirectory(["secret.yaml": "title: 秘密\nkind: rehire\nposted: 2024-01-01\nstatus: closed\naudience: public\n"])
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML,
            "opportunities/inside.yaml": "title: 公開\nkind: rehire\nposted: 2024-01-01\nstatus: closed\naudience: public\n",
        ])
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.path + "/opportunities/leak.yaml", withDestinationPath: outside.path + "/secret.yaml")
        try fm.createSymbolicLink(atPath: dir.path + "/opportunities/alias.yaml", withDestinationPath: dir.path + "/opportunities/inside.yaml")
        try fm.createSymbolicLink(atPath: dir.path + "/asks", withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: dir.path + "/static", withDestinationPath: "/etc")
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(content[OpportunityKind()].map(\.slug) == ["alias", "inside"])
        #expect(content[AskKind()].isEmpty && content.staticFiles.isEmpty)
        let outsidePath = ContentLoader.resolved(outside.path)
        #expect(d.sorted.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>").replacingOccurrences(of: outsidePath, with: "<out>") } == [
            "<dir>/asks:1:1: warning: skipped: a symbolic link to <out>, outside the content folder; only files inside the content folder are published",
            "<dir>/opportunities/leak.yaml:1:1: warning: skipped: a symbolic link to <out>/secret.yaml, outside the content folder; only files inside the content folder are published",
            "<dir>/static:1:1: warning: skipped: a symbolic link to /etc, outside the content folder; only files inside the content folder are published",
        ])
    }

    @Test func aFIFOAmongContentFilesIsSkippedNotRead() throws {
        let dir = try TemporaryDirectory(["site.yaml": minimalSiteYAML])
        try FileManager.default.createDirectory(atPath: dir.path + "/news", withIntermediateDirectories: true)
        #expect(mkfifo(dir.path + "/news/pipe.md", 0o644) == 0)
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(content[NewsKind()].isEmpty)
        #expect(d.all.map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") } == ["<dir>/news/pipe.md:1:1: warning: skipped: not a regular file"])
    }

    // MARK: Values

    @Test(arguments: [
        ("https://alumni.example.com/%0A%0AUser-agent:%20evilbot%0ADisallow:%20/%0A/", "1:11: error: 'base_url' must not encode a control character or line break (%0A)"),
        ("https://alumni.example.com/p?x=1#frag", "1:11: error: 'base_url' must not have a query ('?…'): the portal's pages are folders under its path"),
        ("https://alumni.example.com/p#frag", "1:11: error: 'base_url' must not have a fragment ('#…')"),
        ("https://user:pw@alumni.example.com/", "1:11: error: 'base_url' must not contain a user name or password ('…@')"),
        ("https:///path/", "1:11: error: 'base_url' needs a host name such as alumni.example.com, not ''"),
        ("https://alumni.example.com/a/../b/", "1:11: error: 'base_url' must not have '.' or '..' in its path"),
        ("https://alumni.example.com//x/", "1:11: error: 'base_url' must not have an empty path segment ('//') in '//x/'"),
        ("javascript:alert(1)", "1:11: error: 'base_url' must be an absolute web address starting with https:// or http://, not 'javascript:alert(1)'"),
        // A control character is refused by the YAML reader, at the escape, before base_url's own check.
        ("\"https://alumni.example.com/\\u0007/\"", "1:39: error: '\\u0007' makes the invisible character U+0007 (bell), which no page, feed or calendar can carry; delete it"),
        ("\"https://alumni.example.com/ /\"", "1:11: error: 'base_url' must be plain ASCII without spaces or control characters (found a control character or space); percent-encode other characters"),
    ])
    func baseURLIsCheckedStrictly(_ value: String, _ expected: String) throws {
        let lines = try diagnostics(for: ["site.yaml": "base_url: \(value)\ntitle: t\n"])
        #expect(lines == ["<dir>/site.yaml:\(expected)"])
    }

    @Test func anEncodedBasePathAppearsOnceInAbsoluteURLs() throws {
        let base = try BaseURL.parse("HTTPS://Alumni.Example.com:8443/%E3%81%82/portal").get()
        #expect(base.origin == "https://alumni.example.com:8443")
        #expect(base.path == "/%E3%81%82/portal/")
        let dir = try TemporaryDirectory(["site.yaml": "title: t\nbase_url: https://alumni.example.com/%E3%81%82/\n"])
        let (content, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        #expect(!d.hasErrors)
        let paths = URLPath(site: content.site)
        #expect(paths.absolute("news/") == "https://alumni.example.com/%E3%81%82/news/")
        #expect(paths.url("news/") == "/%E3%81%82/news/")
    }

    /// A quote or `<` followed by a combining mark is one `Character`, which swift-mustache's own
    /// escaping did not recognise: `title: 'a"\u{301} onmouseover=alert(1)'` ended the `content`
    /// attribute of `og:title` and added an event handler. Every page is checked byte by byte.
    @Test func combiningMarksDoNotLetTextOutOfAnAttribute() throws {
        let attack = "a\"\u{301} onmouseover=alert(1) x=\u{301}\" <\u{338}script>'\u{301}"
        let quoted = "|-\n  " + attack  // a block scalar takes the text as it is
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML,
            "news/attack.md": "---\ntitle: \(quoted)\ndate: 2024-01-01\nauthor: \(quoted)\n---\n本文\n",
        ])
        let (files, _) = try Build(settings(content: dir.path, output: dir.path + "/site")).renderedFiles()
        let pages = files.filter { $0.path.hasSuffix(".html") }.map { file -> (String, [UInt8]) in
            guard case .bytes(let data) = file.contents else { return (file.path, []) }
            return (file.path, [UInt8](data))
        }
        let post = try #require(pages.first { $0.0 == "news/attack/index.html" })
        #expect(String(decoding: post.1, as: UTF8.self).contains("<title>a&quot;\u{301} onmouseover=alert(1)"))
        for (path, bytes) in pages {
            let text = String(decoding: bytes, as: UTF8.self)
            for raw in ["\"\u{301}", "<\u{338}", "'\u{301}"] {
                #expect(!text.contains(raw), "\(path) holds \(raw.unicodeScalars.map { String($0.value, radix: 16) }) unescaped")
            }
        }
        #expect(HTMLEscape.text("\"\u{301}<\u{338}&'") == "&quot;\u{301}&lt;\u{338}&amp;&#39;")
        #expect(HTMLEscape.text("交流会") == "交流会")
    }

    @Test func controlCharactersInDiagnosticsAreEscaped() throws {
        // A value can no longer hold one (the YAML reader refuses it), but a file name can.
        let dir = try TemporaryDirectory([
            "site.yaml": minimalSiteYAML,
            "events/\u{1B}[2J\u{1B}]0;PWNED\u{7}.yaml": "title: x\nstart: 2024-01-01\nmode: online\nonline_url: https://x.example/\n",
        ])
        let (_, d) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
        let printed = DiagnosticFormatter().format(d.sorted)
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(printed.contains("'\\u{1B}[2J\\u{1B}]0;PWNED\\u{7}'"), "\(printed)")
        // The echoed source line is escaped too; the caret still lines up.
        let lines = DiagnosticFormatter().format([Diagnostic(.error, SourceLocation(path: "x", line: 1, column: 3), LocalizedText(en: "m", ja: "m"))]) { _ in ["\u{1B}[2Jab"] }
        #expect(lines == "x:1:3: error: m\n    \\u{1B}[2Jab\n           ^\n")
        #expect(TerminalSafe.escape("a\u{202E}b\u{2066}c") == "a\\u{202E}b\\u{2066}c")
    }

    @Test func namesThatBecomePathsHaveALengthLimit() throws {
        let longSlug = String(repeating: "a", count: 300)
        let longTag = String(repeating: "交", count: 90)
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/\(longSlug.prefix(200)).md": "---\ntitle: x\ndate: 2024-01-01\n---\n",
            "news/b.md": "---\ntitle: x\ndate: 2024-01-01\nslug: \(longSlug)\ntags: [\(longTag), ok]\n---\n",
            "events/e.yaml": "title: x\nstart: 2024-01-01\nmode: online\nonline_url: https://x.example/\nsegments: [\(longSlug)]\n",
        ])
        let cut = String(repeating: "a", count: 60) + "…"
        #expect(lines == [
            "<dir>/events/e.yaml:5:11: error: segment '\(cut)' must be at most 100 characters long, not 300",
            "<dir>/news/\(longSlug.prefix(200)).md:1:1: error: file name '\(cut)' is not a valid slug: it must be at most 100 characters long, not 200; rename the file or set 'slug:'",
            "<dir>/news/b.md:4:7: error: slug '\(cut)' must be at most 100 characters long, not 300",
        ])
        let tagLines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML + "tags:\n  ok: OK\n",
            "news/b.md": "---\ntitle: x\ndate: 2024-01-01\ntags: [\(longTag), ok]\n---\n",
        ])
        #expect(tagLines == ["<dir>/news/b.md:4:7: error: tag '\(String(repeating: "交", count: 60))…' is too long for a URL: at most 100 bytes (about 33 Japanese characters), not 270"])
    }

    @Test func everyFileIsCheckedEvenWhenSomeFail() throws {
        let lines = try diagnostics(for: [
            "site.yaml": "title: x\nbase_url: nope\n",
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\nslug: same\nimage: 3\n---\n",
            "news/b.md": "---\ntitle: B\ndate: 2024-01-01\nslug: same\n---\n",
            "alumni/broken.yaml": "name: x\njoined: last year\n",
            "asks/q.yaml": "title: q\nposted: 2024-01-01\nasker: broken\nstatus: closed\n",
            "asks/r.yaml": "title: r\nposted: 2024-01-01\nasker: nobody\nstatus: closed\n",
        ])
        #expect(lines == [
            "<dir>/alumni/broken.yaml:2:9: error: 'joined' must be a whole number, not 'last year'",
            "<dir>/asks/q.yaml:3:8: warning: 'asker' names 'broken', whose file <dir>/alumni/broken.yaml has errors; it is checked once that file loads",
            "<dir>/asks/r.yaml:3:8: error: 'asker' names 'nobody', but there is no alumni/nobody.yaml",
            "<dir>/news/a.md:5:8: error: 'image' must be a site path such as /static/x.png or a web address; it must be an absolute link starting with https://, not '3'",
            "<dir>/news/b.md:1:1: error: duplicate news post slug 'same': also used by <dir>/news/a.md",
            "<dir>/site.yaml:2:11: error: 'base_url' must be an absolute web address starting with https:// or http://, not 'nope'",
        ])
    }

    @Test(arguments: ["0000-01-01", "12024-01-01", "+2024-01-01", "-2024-01-01", "2024-+1-01", "２０２４-01-01", "2024-01-01T+1:00:00+09:00"])
    func impossibleYearsAndSignedNumbersAreNotDates(_ value: String) throws {
        let lines = try diagnostics(for: ["site.yaml": minimalSiteYAML, "news/a.md": "---\ntitle: x\ndate: \(value)\n---\n"])
        #expect(lines == ["<dir>/news/a.md:3:7: error: 'date' must be a date (2024-05-31) or a date-time with offset (2024-05-31T19:00:00+09:00), not '\(value)'"])
        #expect(LocalDate(iso: "0001-01-01") != nil && YearMonth(iso: "0000-09") == nil && YearMonth(iso: "+202-09") == nil)
    }
}
