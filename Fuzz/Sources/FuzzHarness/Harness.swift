import Foundation
@testable import KizunaContent
@testable import KizunaBuild

/// What each fuzz target does with one input. This file is also compiled into the test target
/// (Tests/KizunaContentTests/FuzzHarness.swift is a link to it), where FuzzRegressionTests replays
/// every input kept in Fuzz/regressions/ through the same functions.
///
/// Inputs must never crash, hang or leak; the checks below also turn a wrong-but-quiet result
/// (a location outside the file, a script tag in safe output, a control character in HTML, a
/// split that loses text) into a crash libFuzzer reports. A hang is an input that takes longer
/// than libFuzzer's `-timeout` (scripts/fuzz.sh: 5 s); Markdown goes on through what every build
/// does with the HTML next (pages and feeds), where issue 16's quadratic footnotes were.
///
/// Input format (so seeds stay readable text files):
/// - `frontMatter`: the whole input is a Markdown file.
/// - `yaml`, `loader`: the first byte picks the kind, `byte % 8` in the order of `Kind`
///   (ASCII `0`…`7` in seeds); the rest is the file. In `loader`, bit 7 of that byte also
///   turns raw HTML on for the Markdown body.
/// - `markdown`: bit 0 of the first byte turns raw HTML on (`0` off, `1` on in seeds); the rest
///   is the Markdown.
public enum Harness {
    public enum Kind: Int, CaseIterable, Sendable {
        case news, page, event, opportunity, profile, survey, ask, site

        /// The content folder a file of this kind lives in, for seed generation and messages.
        public var folder: String {
            switch self {
            case .news: "news"
            case .page: "pages"
            case .event: "events"
            case .opportunity: "opportunities"
            case .profile: "alumni"
            case .survey: "surveys"
            case .ask: "asks"
            case .site: "."
            }
        }

        public init(byte: UInt8) { self = Self.allCases[Int(byte) % Self.allCases.count] }
    }

    static let path = "content/fuzz/input"
    static let zone = TimeZone(identifier: "Asia/Tokyo")!
    static let loader = ContentLoader(contentDirectory: "content", kinds: [])

    // MARK: Targets

    /// (a) `FrontMatter.split`: succeeds or fails, and a success is exactly the file's lines.
    public static func frontMatter(_ input: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: input, as: UTF8.self)
        guard case .success(let parts) = FrontMatter.split(text) else { return }
        // Lines over UTF-8 bytes, like the splitter: `"\r\n"` is one `Character`, so splitting
        // the `String` at `"\n"` would not split there (only the loader removes `\r`).
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        check(parts.bodyLine >= 3 && parts.bodyLine <= lines.count + 1, "bodyLine \(parts.bodyLine) outside 3...\(lines.count + 1)")
        check(parts.yaml == lines[1..<(parts.bodyLine - 2)].joined(separator: "\n"), "YAML text is not the lines between the fences")
        check(parts.body == lines[(parts.bodyLine - 1)...].joined(separator: "\n"), "body is not the lines after the closing fence")
    }

    /// (b) A YAML document read into the kind's item: YAMLParser, FieldReader, `Kind.read`.
    public static func yaml(_ input: UnsafeBufferPointer<UInt8>) {
        guard let first = input.first else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input.dropFirst()), as: UTF8.self)
        var diagnostics = Diagnostics()
        readYAML(Kind(byte: first), text, &diagnostics)
        checkLocations(diagnostics, in: text)
    }

    /// (c) `MarkdownRenderer.render`, with or without raw HTML.
    public static func markdown(_ input: UnsafeBufferPointer<UInt8>) {
        guard let first = input.first else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input.dropFirst()), as: UTF8.self)
        render(text, allowRawHTML: first & 1 == 1)
    }

    /// The whole loader on one in-memory file: bytes checked like `SourceFile.read`, then front
    /// matter, YAML and the item (Markdown kinds also render their body), as `ContentLoader` does.
    public static func loader(_ input: UnsafeBufferPointer<UInt8>) {
        guard let first = input.first else { return }
        guard let text = decodeLikeSourceFile(Array(input.dropFirst())) else { return }
        let kind = Kind(byte: first)
        let file = SourceFile(path: path, text: text)
        var diagnostics = Diagnostics()
        let body: MarkdownSource?
        switch kind {
        case .news:
            body = loader.markdownItem(file, "input", zone, &diagnostics) { NewsPost.read($0, slug: $1, body: $2) }.item?.body
        case .page:
            body = loader.markdownItem(file, "input", zone, &diagnostics) { Page.read($0, slug: $1, body: $2) }.item?.body
        default:
            body = nil
            readYAML(kind, text, &diagnostics)
        }
        checkLocations(diagnostics, in: text)
        if let body { render(body.text, allowRawHTML: first & 0x80 != 0) }
    }

    // MARK: Steps

    static func readYAML(_ kind: Kind, _ text: String, _ diagnostics: inout Diagnostics) {
        let file = SourceFile(path: path, text: text)
        let body = MarkdownSource(text: "", location: SourceLocation(path: path))
        switch kind {
        case .news: _ = loader.yamlItem(file, "input", zone, &diagnostics) { NewsPost.read($0, slug: $1, body: body) }
        case .page: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Page.read($0, slug: $1, body: body) }
        case .event: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Event.read($0, slug: $1) }
        case .opportunity: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Opportunity.read($0, slug: $1) }
        case .profile: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Profile.read($0, slug: $1) }
        case .survey: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Survey.read($0, slug: $1) }
        case .ask: _ = loader.yamlItem(file, "input", zone, &diagnostics) { Ask.read($0, slug: $1) }
        case .site:
            // `ContentLoader.loadSite` reads a path; this is its body on text.
            let result = loader.parser.parse(text, path: path)
            diagnostics.append(contentsOf: result.diagnostics)
            guard let root = result.root, !result.diagnostics.hasErrors else { return }
            let reader = FieldReader(root, zone: zone)
            _ = SiteConfig.read(reader, file: SourceLocation(path: path))
            diagnostics.append(contentsOf: reader.finish())
        }
    }

    static let renderers = [
        MarkdownRenderer(allowRawHTML: false),
        MarkdownRenderer(allowRawHTML: true),
    ]

    static func render(_ markdown: String, allowRawHTML: Bool) {
        let rendered = renderers[allowRawHTML ? 1 : 0].render(markdown, at: SourceLocation(path: "content/news/x.md", line: 5))
        // No filtered tag (<script>, <iframe> …) reaches the page as a browser reads it, with or
        // without raw HTML (with it, Kizuna's TagFilter covers what cmark-gfm's tagfilter misses:
        // `<?x > <script>…`, `<![CDATA[ > <script>…`). Without raw HTML, no javascript: link either.
        if let tag = firstFilteredTag(in: rendered.html) {
            check(false, "a <\(tag.name)> tag reached the HTML\(allowRawHTML ? " (raw HTML on)" : ""): …\(tag.context)…")
        }
        if !allowRawHTML {
            check(!rendered.html.lowercased().contains("href=\"javascript:"), "a javascript: link reached safe HTML")
        }
        // A body read back from the cache must obey the rules of fresh output; fresh output must
        // too, or the cache would refuse (and render again) what the renderer makes.
        check(RenderedHTMLRules.admits(rendered.html, allowRawHTML: allowRawHTML), "the cache's rules refuse fresh output: \(rendered.html.prefix(300))")
        // Internal links leave one slot each in the HTML, and nothing a writer types becomes one.
        if !allowRawHTML {
            var rest = rendered.html[...]
            while let found = rest.range(of: "\"" + MarkdownRenderer.slotScheme) {
                let digits = rest[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
                check(Int(digits).map { $0 < rendered.links.count } == true, "a placeholder that is not a link's slot: \(rest[found.lowerBound...].prefix(40))")
                rest = rest[found.upperBound...]
            }
        }
        for link in rendered.links {
            check(link.location.line >= 5, "link located before the Markdown starts: \(link.location)")
        }
        let ids = rendered.headings.map(\.id)
        check(Set(ids).count == ids.count, "duplicate heading ids \(ids)")
        // What pages and feeds do with the HTML next (`BodyRenderer`, both link styles): slots
        // filled with the links' URLs, images made lazy, footnote words replaced, links made absolute.
        let footnotes = rendered.hasFootnotes ? BodyRenderer.Footnotes(heading: "脚注", backToContent: "本文に戻る") : nil
        let pageHTML = BodyRenderer.write(rendered.html, slots: rendered.links.map { _ in "\"/news/x/\"" }, eagerImages: 1,
                                          footnotes: footnotes, absolute: nil)
        let feedHTML = BodyRenderer.write(rendered.html, slots: rendered.links.map { _ in "\"https://alumni.example.com/news/x/\"" },
                                          eagerImages: 1, footnotes: footnotes,
                                          absolute: .init(origin: allowRawHTML ? "https://alumni.example.com" : nil, page: "https://alumni.example.com/news/x/"))
        if !allowRawHTML {
            for html in [pageHTML, feedHTML] {
                check(!html.contains("\"" + MarkdownRenderer.slotScheme), "a slot left after filling: \(html.prefix(200))")
            }
            // Without raw HTML every root-relative URL is an internal link's slot: none is left in a feed.
            if let left = rootRelativeURL(in: feedHTML) { check(false, "a root-relative URL left in a feed: \(left)") }
        }
        // No control character or noncharacter reaches the HTML, or a text made from it, raw.
        let texts = [("HTML", rendered.html), ("page HTML", pageHTML), ("feed HTML", feedHTML), ("plain text", rendered.plainText),
                     ("paragraph text", rendered.paragraphText)] + rendered.headings.map { ("heading", $0.text) }
        for (what, text) in texts {
            if let c = text.unicodeScalars.first(where: isRawControl) {
                check(false, "U+\(String(c.value, radix: 16, uppercase: true)) reached the \(what) raw\(allowRawHTML ? " (raw HTML on)" : "")")
            }
        }
    }

    /// The first `href="/…"` or `src="/…"` (root-relative, not `//host`) in `html`.
    static func rootRelativeURL(in html: String) -> Substring? {
        for attribute in [" href=\"/", " src=\"/"] {
            var rest = html[...]
            while let found = rest.range(of: attribute) {
                if !rest[found.upperBound...].hasPrefix("/") { return rest[found.lowerBound...].prefix(60) }
                rest = rest[found.upperBound...]
            }
        }
        return nil
    }

    /// Control characters other than tab and line feed, and noncharacters: written out here, not
    /// taken from `ControlCharacters`, so the check does not share the code's blind spots.
    static func isRawControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFF >= 0xFFFE
    }

    /// The tags GFM's tagfilter must neutralise.
    static let filteredTags: Set<String> = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    /// The first start tag of `filteredTags` a browser would see, skipping what it skips: comments
    /// (`<!--…-->`), bogus comments (`<?…>`, `<!…>`, which end at the first `>`), attribute values.
    static func firstFilteredTag(in html: String) -> (name: String, context: Substring)? {
        let s = Array(html.utf8)
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        func skip(past end: [UInt8], from i: Int) -> Int {
            var j = i
            while j + end.count <= s.count, !s[j..<(j + end.count)].elementsEqual(end) { j += 1 }
            return j + end.count
        }
        var i = 0
        while i < s.count {
            guard s[i] == UInt8(ascii: "<"), i + 1 < s.count else { i += 1; continue }
            let next = s[i + 1]
            if s[i...].starts(with: Array("<!--".utf8)) {
                i = skip(past: Array("-->".utf8), from: i + 4)
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || (next == UInt8(ascii: "/") && !(i + 2 < s.count && isLetter(s[i + 2]))) {
                i = skip(past: [UInt8(ascii: ">")], from: i + 2)
            } else if isLetter(next) || next == UInt8(ascii: "/") {
                let start = i
                i += next == UInt8(ascii: "/") ? 2 : 1
                var name: [UInt8] = []
                while i < s.count, !" \t\n\u{0C}\r/>".utf8.contains(s[i]) { name.append(s[i] | (isLetter(s[i]) ? 0x20 : 0)); i += 1 }
                let tag = String(decoding: name, as: UTF8.self)
                if next != UInt8(ascii: "/"), filteredTags.contains(tag) {
                    let from = html.utf8.index(html.utf8.startIndex, offsetBy: max(0, start - 120))
                    let to = html.utf8.index(html.utf8.startIndex, offsetBy: min(s.count, start + 80))
                    return (tag, html[from..<to])
                }
                // Attributes up to the closing `>`; a quoted value may hold `>` and `<`.
                while i < s.count, s[i] != UInt8(ascii: ">") {
                    if s[i] == UInt8(ascii: "=") {
                        i += 1
                        while i < s.count, " \t\n\u{0C}\r".utf8.contains(s[i]) { i += 1 }
                        if i < s.count, s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") {
                            i = skip(past: [s[i]], from: i + 1)
                            continue
                        }
                    }
                    i += 1
                }
                i += 1
            } else {
                i += 1
            }
        }
        return nil
    }

    /// What `SourceFile.read` does after reading the bytes: drop a BOM, require UTF-8, CRLF → LF.
    static func decodeLikeSourceFile(_ bytes: [UInt8]) -> String? {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else { return nil }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    // MARK: Checks

    /// Every diagnostic points into the file: line 1…(lines + 1), column ≥ 1.
    static func checkLocations(_ diagnostics: Diagnostics, in text: String) {
        let lines = lineCount(text)
        for d in diagnostics.all {
            check(d.location.path == path, "diagnostic for another file: \(d)")
            check(d.location.line >= 1 && d.location.line <= lines + 1 && d.location.column >= 1,
                  "diagnostic outside the file (\(lines) lines): \(d)")
        }
    }

    /// Lines as libyaml counts them: CR LF, CR, LF, NEL, LS and PS each end one. (The loader turns
    /// CR into LF first; NEL, LS and PS stay, and most editors do not break lines there.)
    static func lineCount(_ text: String) -> Int {
        var lines = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": if !afterCR { lines += 1 }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
            default: break
            }
            afterCR = scalar == "\r"
        }
        return lines
    }

    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz invariant failed: \(message())") }
    }
}
