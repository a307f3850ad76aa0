import CFuzzDriver
import Foundation
@testable import KizunaCore

/// What each fuzz target does with one input. Inputs never crash, hang or leak; the checks
/// below turn a wrong-but-quiet result (a location outside the file, a script tag in safe
/// output, a split that loses text) into a crash libFuzzer reports.
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
    static let loader = ContentLoader(contentDirectory: "content")

    // MARK: Targets

    /// (a) `FrontMatter.split`: succeeds or fails, and a success is exactly the file's lines.
    public static func frontMatter(_ input: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: input, as: UTF8.self)
        guard case .success(let parts) = FrontMatter.split(text) else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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
            body = loader.markdownItem(file, "input", zone, &diagnostics) { NewsPost.read($0, slug: $1, body: $2) }?.body
        case .page:
            body = loader.markdownItem(file, "input", zone, &diagnostics) { Page.read($0, slug: $1, body: $2) }?.body
        default:
            body = nil
            readYAML(kind, text, &diagnostics)
        }
        checkLocations(diagnostics, in: text)
        if let body { render(body.text, allowRawHTML: first & 0x80 != 0) }
    }

    /// Runs libFuzzer's driver over `test` with this process's command line.
    public static func runLibFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = argc
        var argv = argv
        return LLVMFuzzerRunDriver(&argc, &argv, test)
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
        MarkdownRenderer(allowRawHTML: false, labels: .init(footnotes: "脚注 <&\">", backToContent: "本文へ \"戻る\"")),
        MarkdownRenderer(allowRawHTML: true),
    ]

    static func render(_ markdown: String, allowRawHTML: Bool) {
        let rendered = renderers[allowRawHTML ? 1 : 0].render(markdown)
        // tagfilter is on in both modes and unsafe URLs are dropped unless raw HTML is allowed.
        let html = rendered.html.lowercased()
        check(!html.contains("<script"), "a <script> tag reached the HTML")
        if !allowRawHTML {
            check(!html.contains("href=\"javascript:"), "a javascript: link reached safe HTML")
        }
        let ids = rendered.headings.map(\.id)
        check(Set(ids).count == ids.count, "duplicate heading ids \(ids)")
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
        let lines = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        for d in diagnostics.all {
            check(d.location.path == path, "diagnostic for another file: \(d)")
            check(d.location.line >= 1 && d.location.line <= lines + 1 && d.location.column >= 1,
                  "diagnostic outside the file (\(lines) lines): \(d)")
        }
    }

    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz invariant failed: \(message())") }
    }
}
