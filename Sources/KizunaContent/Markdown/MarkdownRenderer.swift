import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches cmark-gfm. GitHub-flavoured Markdown (tables, strikethrough,
/// autolinks, tag filter, task lists, footnotes); raw HTML dropped unless the site allows it.
public struct MarkdownRenderer: Sendable {
    public var allowRawHTML: Bool
    /// Documents rendered by an earlier build (see `ResultCache`); nil renders every one.
    package var cache: ResultCache?

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
        Self.registerExtensions
    }

    package init(allowRawHTML: Bool, cache: ResultCache?) {
        self.init(allowRawHTML: allowRawHTML)
        self.cache = cache
    }

    /// The scheme of link placeholders. A writer's own `kizuna:` link is dropped (`href=""`),
    /// so a placeholder in the HTML always stands for an internal link of this document.
    package static let slotScheme = "kizuna:link:"

    /// cmark-gfm 0.29 flips process-global tables while parsing, so two parses at once corrupt
    /// each other's output (see docs/PITFALLS). Every parse goes through this lock; what follows
    /// the parse only touches the document's own tree.
    private static let lock = NSLock()
    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    /// cmark-gfm's own `autolink` extension is left out on purpose: it is quadratic in this
    /// version and runs URLs into Japanese text. `Autolinker` links bare addresses instead.
    static let extensionNames = ["table", "strikethrough", "tagfilter", "tasklist"]

    var options: Int32 {
        // Double tilde only: Japanese writes 10時~12時 with a single tilde.
        // Style attributes for table alignment: `align=` is obsolete HTML5.
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    public func render(_ source: MarkdownSource) -> RenderedMarkdown {
        guard let cache else { return render(source.text, at: source.location, indent: source.indent) }
        // Everything the result depends on: the text, where it is (links are located), the options.
        var hash = Hash128()
        hash.add("markdown")
        hash.add(word: allowRawHTML ? 1 : 0)
        hash.add(source.location.path)
        hash.add(word: UInt64(bitPattern: Int64(source.location.line)))
        hash.add(word: UInt64(bitPattern: Int64(source.location.column)))
        hash.add(word: UInt64(bitPattern: Int64(source.indent)))
        hash.add(source.text)
        let key = ResultCache.Key(hash)
        if let bytes = cache.value(for: key) {
            // The cache's checksum is public: a body is used only if it is HTML this renderer
            // could have made; anything else is rendered again and replaces the entry.
            if let cached = RenderedMarkdown(cacheBytes: bytes), RenderedHTMLRules.admits(cached.html, allowRawHTML: allowRawHTML) { return cached }
            cache.discard(key)
        }
        let rendered = render(source.text, at: source.location, indent: source.indent)
        cache.insert(for: key) { rendered.cacheBytes }
        return rendered
    }

    /// - Parameter location: where the Markdown starts in its file, so that links are located.
    /// - Parameter indent: columns each line after the first is indented by in the file.
    public func render(_ markdown: String, at location: SourceLocation? = nil, indent: Int = 0) -> RenderedMarkdown {
        // Content is checked at load (MarkdownLimits); text that still exceeds the limits never
        // reaches cmark-gfm, whose time on it would not be linear. It is shown as plain text.
        guard MarkdownLimits.check(markdown).isEmpty else { return Self.plain(markdown) }
        // Only parsing touches cmark-gfm's global tables: the lock covers it and nothing else, so
        // the tree rewrites and HTML rendering below run on every core.
        let parsed: (parser: OpaquePointer, document: OpaquePointer?)? = Self.lock.withLock {
            guard let parser = cmark_parser_new(options) else { return nil }
            for name in Self.extensionNames {
                if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
            }
            var utf8 = Array(markdown.utf8)  // cmark_parser_feed wants a mutable buffer; copy once
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
            return (parser, cmark_parser_finish(parser))
        }
        guard let parsed else { return RenderedMarkdown(html: "", headings: [], plainText: "", paragraphText: "") }
        let parser = parsed.parser
        defer { cmark_parser_free(parser) }
        guard let document = parsed.document else { return RenderedMarkdown(html: "", headings: [], plainText: "", paragraphText: "") }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)

        let nodes = Self.collect(document)
        if allowRawHTML { for html in nodes.html { Self.filterTags(html) } }
        for run in nodes.textRuns { Self.autolink(Self.merge(run)) }
        for softbreak in nodes.softbreaks { Self.dropBetweenCJK(softbreak) }
        let (links, imagesWithoutAlt) = Self.replaceInternalLinks(document, markdown: markdown, at: location ?? SourceLocation(path: ""), indent: indent)
        // Control characters are refused at load, but a character reference (`&#11;`) makes one
        // that cmark-gfm writes raw: every text that leaves here has them as U+FFFD.
        let plainText = ControlCharacters.replaced(in: Self.plainText(document))
        var paragraphs: [String] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { paragraphs.append(ControlCharacters.replaced(in: Self.plainText(node))) }
            child = cmark_node_next(node)
        }
        var ids = HeadingIDs()
        var headings: [RenderedMarkdown.Heading] = []
        for heading in nodes.headings {
            let level = Int(cmark_node_get_heading_level(heading))
            let text = ControlCharacters.replaced(in: Self.text(of: heading))
            let id = ids.make(for: text)
            headings.append(.init(level: level, id: id, text: text))
            replaceWithIdentifiedHeading(heading, level: level, id: id, extensions: extensions)
        }
        let html = ControlCharacters.replaced(in: Self.wrapTables(Self.take(cmark_render_html(document, options, extensions))))
        return RenderedMarkdown(html: html, headings: headings, plainText: plainText,
                                paragraphText: paragraphs.filter { !$0.isEmpty }.joined(separator: "\n"),
                                links: links, hasFootnotes: html.containsBytes("data-footnotes"), imagesWithoutAlt: imagesWithoutAlt)
    }

    /// Text shown as it is, escaped, one paragraph per blank-line-separated block.
    static func plain(_ text: String) -> RenderedMarkdown {
        let blocks = text.components(separatedBy: "\n\n").map(\.trimmed).filter { !$0.isEmpty }
        let html = blocks.map { "<p>" + HTMLEscape.text($0) + "</p>\n" }.joined()
        let joined = ControlCharacters.replaced(in: blocks.joined(separator: "\n"))
        return RenderedMarkdown(html: html, headings: [], plainText: joined, paragraphText: joined)
    }

    // MARK: Tree walking

    /// Headings, soft breaks, and the text outside links in runs of adjacent text nodes (cmark
    /// leaves `a_b` as three nodes when `_` opens no emphasis; an address must be seen whole).
    static func collect(_ root: OpaquePointer) -> (headings: [OpaquePointer], textRuns: [[OpaquePointer]], softbreaks: [OpaquePointer], html: [OpaquePointer]) {
        var headings: [OpaquePointer] = []
        var html: [OpaquePointer] = []
        var runs: [[OpaquePointer]] = []
        var softbreaks: [OpaquePointer] = []
        var insideLink = 0
        var previousText: OpaquePointer?
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                insideLink += event == CMARK_EVENT_ENTER ? 1 : -1
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_SOFTBREAK: softbreaks.append(node)
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK: html.append(node)
            case CMARK_NODE_TEXT where insideLink == 0:
                if let previousText, cmark_node_previous(node) == previousText {
                    runs[runs.count - 1].append(node)
                } else {
                    runs.append([node])
                }
                previousText = node
            default: break
            }
        }
        return (headings, runs, softbreaks, html)
    }

    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The visible text of a node: text and code spans, soft breaks as spaces.
    static func text(of root: OpaquePointer) -> String {
        var out = ""
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += literal(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    /// Text of every block, one line each; a line break between two Japanese characters joins
    /// them without a space, as a Japanese reader expects.
    static func plainText(_ document: OpaquePointer) -> String {
        var blocks: [String] = []
        var current = ""
        var pendingBreak = false
        var deleted = 0  // inside ~~struck-out~~ text, which a summary must not repeat
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (event, type) {
            case (CMARK_EVENT_ENTER, CMARK_NODE_TEXT), (CMARK_EVENT_ENTER, CMARK_NODE_CODE):
                guard deleted == 0 else { continue }
                let text = literal(node)
                if pendingBreak, let last = current.last, let next = text.first, !(CJK.isCJK(last) && CJK.isCJK(next)) {
                    current += " "
                }
                pendingBreak = false
                current += text
            case (CMARK_EVENT_ENTER, CMARK_NODE_SOFTBREAK), (CMARK_EVENT_ENTER, CMARK_NODE_LINEBREAK):
                pendingBreak = true
            case (CMARK_EVENT_EXIT, CMARK_NODE_PARAGRAPH), (CMARK_EVENT_EXIT, CMARK_NODE_HEADING),
                 (CMARK_EVENT_ENTER, CMARK_NODE_CODE_BLOCK):
                if type == CMARK_NODE_CODE_BLOCK { current += literal(node) }
                let block = current.trimmed
                if !block.isEmpty { blocks.append(block) }
                current = ""
                pendingBreak = false
            default:
                // Extension node types are numbered at run time: recognise strikethrough by name.
                if let name = cmark_node_get_type_string(node), strcmp(name, "strikethrough") == 0 {
                    deleted += event == CMARK_EVENT_ENTER ? 1 : -1
                }
            }
        }
        return blocks.joined(separator: "\n")
    }

    // MARK: Rewrites

    /// GFM's tag filter, applied everywhere in raw HTML. cmark-gfm's `tagfilter` looks only at the
    /// start of an HTML node, so `<?x > <script>…` or `<![CDATA[ > <script>…` (one node for cmark,
    /// but a browser ends `<?x >` at the first `>`) kept a live `<script>`. Here every `<` that
    /// opens one of the filtered tags, anywhere in the node, becomes `&lt;`. (Only with raw HTML
    /// on; without it cmark drops raw HTML altogether.)
    static func filterTags(_ node: OpaquePointer) {
        let text = literal(node)
        let filtered = TagFilter.apply(text)
        if filtered != text { cmark_node_set_literal(node, filtered) }
    }

    /// Joins adjacent text nodes into the first one.
    static func merge(_ run: [OpaquePointer]) -> OpaquePointer {
        let first = run[0]
        guard run.count > 1 else { return first }
        cmark_node_set_literal(first, run.map(literal).joined())
        for node in run.dropFirst() {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return first
    }

    /// Turns bare web and e-mail addresses in a text node into links (see `Autolinker`).
    static func autolink(_ node: OpaquePointer) {
        let text = literal(node)
        let matches = Autolinker.matches(in: text)
        guard !matches.isEmpty else { return }
        let scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        cmark_node_set_literal(node, piece(0..<matches[0].start))
        var last = node
        for (index, match) in matches.enumerated() {
            let link = cmark_node_new(CMARK_NODE_LINK)
            cmark_node_set_url(link, match.url)
            let label = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(label, piece(match.start..<match.end))
            cmark_node_append_child(link, label)
            cmark_node_insert_after(last, link)
            last = link!
            let next = index + 1 < matches.count ? matches[index + 1].start : scalars.count
            if match.end < next {
                let tail = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(tail, piece(match.end..<next))
                cmark_node_insert_after(last, tail)
                last = tail!
            }
        }
    }

    /// A line break inside a paragraph becomes a space in the browser, which Japanese text must
    /// not have: `担当しました。\n現在は` would read `担当しました。 現在は`. Drop it between CJK text.
    static func dropBetweenCJK(_ softbreak: OpaquePointer) {
        guard let before = cmark_node_previous(softbreak).flatMap({ edgeText($0, last: true) })?.last,
              let after = cmark_node_next(softbreak).flatMap({ edgeText($0, last: false) })?.first,
              CJK.isCJK(before) && CJK.isCJK(after) else { return }
        cmark_node_unlink(softbreak)
        cmark_node_free(softbreak)
    }

    /// The text at the start or end of an inline node, looking inside emphasis and links. A loop,
    /// not recursion: emphasis can be nested thousands deep, and threads have small stacks.
    static func edgeText(_ node: OpaquePointer, last: Bool) -> String? {
        var current = node
        while true {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: return literal(current)
            default:
                guard let child = last ? cmark_node_last_child(current) : cmark_node_first_child(current) else { return nil }
                current = child
            }
        }
    }

    /// A wide table scrolls on a phone instead of widening the page.
    static func wrapTables(_ html: String) -> String {
        guard html.containsBytes("<table") else { return html }
        return html.replacingAll([("<table>", "<div class=\"table-wrap\"><table>"), ("</table>", "</table></div>")])
    }

    // MARK: Internal links

    /// Replaces the destination of every link and image to a content file or site path with a
    /// slot, and returns those links with their positions in the file.
    static func replaceInternalLinks(_ document: OpaquePointer, markdown: String, at start: SourceLocation, indent: Int)
        -> (links: [RenderedMarkdown.InternalLink], imagesWithoutAlt: [SourceLocation]) {
        var links: [RenderedMarkdown.InternalLink] = []
        var withoutAlt: [SourceLocation] = []
        var lines: [Substring.UTF8View]?
        func location(_ node: OpaquePointer) -> SourceLocation {
            if lines == nil { lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0).utf8 } }
            return Self.fileLocation(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)),
                                     lines: lines!, start: start, indent: indent)
        }
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if url.lowercased().hasPrefix("kizuna:") {
                cmark_node_set_url(node, "")
                continue
            }
            if type == CMARK_NODE_IMAGE, Self.text(of: node).allSatisfy(\.isWhitespace) { withoutAlt.append(location(node)) }
            guard LinkDestination.isInternal(url) else { continue }
            links.append(.init(destination: url, location: location(node), isImage: type == CMARK_NODE_IMAGE))
            cmark_node_set_url(node, slotScheme + String(links.count - 1))
        }
        return (links, withoutAlt)
    }


    /// cmark-gfm counts lines from the Markdown's first line and columns in bytes; diagnostics
    /// count lines of the file (front matter included) and columns in characters.
    static func fileLocation(line: Int, byteColumn: Int, lines: [Substring.UTF8View], start: SourceLocation, indent: Int = 0) -> SourceLocation {
        guard line >= 1, line <= lines.count else { return start }
        let bytes = lines[line - 1]
        let prefix = bytes.prefix(max(0, byteColumn - 1))
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLocation(path: start.path, line: start.line + line - 1, column: line == 1 ? start.column + column - 1 : column + indent)
    }

    /// cmark-gfm writes `<h2>` without an id. Render the heading's inline HTML with the same
    /// (safe) options, then put it back as a custom block that carries the id.
    func replaceWithIdentifiedHeading(_ heading: OpaquePointer, level: Int, id: String, extensions: UnsafeMutablePointer<cmark_llist>?) {
        let rendered = Self.take(cmark_render_html(heading, options, extensions))
        let open = "<h\(level)>", close = "</h\(level)>"
        var inner = Substring(rendered.trimmed)
        if inner.hasPrefix(open) { inner = inner.dropFirst(open.count) }
        if inner.hasSuffix(close) { inner = inner.dropLast(close.count) }
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(HTMLEscape.attribute(id))\">\(inner)</h\(level)>")
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }
}
