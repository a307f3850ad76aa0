/// A rendered document as `ResultCache` keeps it, so a rebuild skips cmark-gfm for every body
/// that did not change.
extension RenderedMarkdown {
    /// Bump when the fields or their order change (the engine's identity changes too, but a
    /// test build may reuse a binary's size and time).
    static let cacheFormat = 2

    package var cacheBytes: [UInt8] {
        var w = CacheWriter()
        w.int(Self.cacheFormat)
        w.string(html)
        w.int(headings.count)
        for h in headings {
            w.int(h.level)
            w.string(h.id)
            w.string(h.text)
        }
        w.string(plainText)
        w.string(paragraphText)
        w.int(links.count)
        for link in links {
            w.string(link.destination)
            w.string(link.location.path)
            w.int(link.location.line)
            w.int(link.location.column)
            w.bool(link.isImage)
        }
        w.bool(hasFootnotes)
        w.int(imagesWithoutAlt.count)
        for at in imagesWithoutAlt {
            w.string(at.path)
            w.int(at.line)
            w.int(at.column)
        }
        return w.bytes
    }

    package init?(cacheBytes: ArraySlice<UInt8>) {
        var r = CacheReader(cacheBytes)
        guard r.int() == Self.cacheFormat, let html = r.string(), let headingCount = r.count(ofAtLeast: 24) else { return nil }
        var headings: [Heading] = []
        for _ in 0..<headingCount {
            guard let level = r.int(), let id = r.string(), let text = r.string() else { return nil }
            headings.append(Heading(level: level, id: id, text: text))
        }
        guard let plainText = r.string(), let paragraphText = r.string(), let linkCount = r.count(ofAtLeast: 41) else { return nil }
        var links: [InternalLink] = []
        for _ in 0..<linkCount {
            guard let destination = r.string(), let path = r.string(), let line = r.int(), let column = r.int(),
                  let isImage = r.bool() else { return nil }
            links.append(InternalLink(destination: destination, location: SourceLocation(path: path, line: line, column: column), isImage: isImage))
        }
        guard let hasFootnotes = r.bool(), let altCount = r.count(ofAtLeast: 24) else { return nil }
        var withoutAlt: [SourceLocation] = []
        for _ in 0..<altCount {
            guard let path = r.string(), let line = r.int(), let column = r.int() else { return nil }
            withoutAlt.append(SourceLocation(path: path, line: line, column: column))
        }
        guard r.atEnd else { return nil }
        self.init(html: html, headings: headings, plainText: plainText, paragraphText: paragraphText, links: links,
                  hasFootnotes: hasFootnotes, imagesWithoutAlt: withoutAlt)
    }
}
