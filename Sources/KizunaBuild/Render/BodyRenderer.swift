import KizunaContent
import KizunaSite

/// How a text writes the site's URLs.
enum LinkStyle: Sendable, Hashable {
    /// `/portal/news/x/`, under base_url's path: the site's own pages.
    case rootRelative
    /// `https://alumni.example.com/portal/news/x/`: text read away from the site (feeds, the
    /// digest e-mail, JSON-LD). `page` is the page the text stands for: a fragment link
    /// (`#fn-1`, `#見出し`) points into it.
    case absolute(page: RouteTarget)
}

/// The one place a Markdown body (`RenderedMarkdown`) becomes the HTML a page, feed or JSON-LD
/// carries, in either link style. Internal links are written at their slots from the route table
/// (an image of the site with its width and height), images after the first `eagerImages` load
/// lazily, and cmark-gfm's footnote words are put in the site's language. In the absolute style
/// a fragment link (`href="#…"`) gets the page's URL, and where site.yaml allows raw HTML, a
/// root-relative `href="/…"` or `src="/…"` a writer typed gets the origin (without raw HTML,
/// every such URL is an internal link's slot, written absolute already).
///
/// One pass over the bytes, whatever the body holds: a body may carry thousands of links and
/// footnotes, and a search through the rest of the body per link, or a pass per rewrite that
/// did so, took minutes (issue 16; `scripts/bench-markdown.sh`).
struct BodyRenderer: Sendable {
    /// cmark-gfm's English footnote words in the site's language, HTML-escaped.
    struct Footnotes: Sendable {
        var heading: String
        var backToContent: String
    }

    /// What the absolute style adds: the origin for a root-relative URL a writer typed (nil
    /// without raw HTML: there is none), and the page's URL (escaped) for a fragment link.
    struct Absolute: Sendable {
        var origin: String?
        var page: String
    }

    let routes: RouteTable
    let links: LinkResolver
    let footnotes: Footnotes
    let rawHTML: Bool

    init(routes: RouteTable, links: LinkResolver, strings: Strings, allowRawHTML: Bool) {
        self.routes = routes
        self.links = links
        footnotes = Footnotes(heading: HTMLEscape.text(strings["markdown.footnotes"]),
                              backToContent: HTMLEscape.attribute(strings["markdown.back_to_content"]))
        rawHTML = allowRawHTML
    }

    /// A page of the site, in `style`.
    func url(_ target: RouteTarget, _ style: LinkStyle) -> String {
        switch style {
        case .rootRelative: routes.url(target)
        case .absolute: routes.absoluteURL(target)
        }
    }

    /// - Parameter eagerImages: how many images at the top load at once; the browser fetches the
    ///   others only when they come near (`loading="lazy"`) and decodes them off the main thread.
    ///   A post with an `image:` above its body passes 0.
    func html(_ body: RenderedMarkdown, _ style: LinkStyle, eagerImages: Int = 1) -> String {
        var absolute: Absolute?
        if case .absolute(let page) = style {
            absolute = Absolute(origin: rawHTML ? routes.paths.origin : nil, page: HTMLEscape.attribute(routes.absoluteURL(page)))
        }
        return Self.write(body.html, slots: body.links.map { slot($0, style) }, eagerImages: eagerImages,
                          footnotes: body.hasFootnotes ? footnotes : nil, absolute: absolute)
    }

    /// What an internal link's slot becomes: its URL in quotes, and an image's size after it. A
    /// link to nothing becomes `""` (the link check has reported it, so a build that renders has none).
    func slot(_ link: RenderedMarkdown.InternalLink, _ style: LinkStyle) -> String {
        guard let destination = links.destination(of: link) else { return "\"\"" }
        var value = "\"" + HTMLEscape.attribute(url(destination.target, style) + destination.suffix) + "\""
        if let size = destination.imageSize { value += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        return value
    }

    static let slotPrefix = Array(RenderedMarkdown.slot(0).utf8.dropLast(2))  // `"kizuna:link:`
    static let image = Array("<img ".utf8)
    static let lazyImage = Array("<img loading=\"lazy\" decoding=\"async\"".utf8)
    static let footnotesSection = Array("<section class=\"footnotes\" data-footnotes>".utf8)
    static let backToContent = Array("aria-label=\"Back to content\"".utf8)
    static let href = Array(" href=\"".utf8)
    static let src = Array(" src=\"".utf8)

    /// The pass itself, over `html` as the renderer wrote it: `slots[i]` (with its quotes) in
    /// place of `slot(i)`; a slot without a value is left as it is.
    static func write(_ html: String, slots: [String], eagerImages: Int, footnotes: Footnotes?, absolute: Absolute?) -> String {
        // Most bodies of a large site have none of these: no copy.
        if slots.isEmpty && footnotes == nil && absolute == nil && !html.containsBytes("<img ") { return html }
        var html = html
        return html.withUTF8 { bytes in
            let n = bytes.count
            var out: [UInt8] = []
            out.reserveCapacity(n + 64 * slots.count + 256)
            func matches(_ pattern: [UInt8], at i: Int) -> Bool {
                guard i + pattern.count <= n else { return false }
                for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
                return true
            }
            /// The slot starting at `i` (its opening quote): its index and the position after it.
            func slot(at i: Int) -> (index: Int, end: Int)? {
                guard i + slotPrefix.count < n, matches(slotPrefix, at: i) else { return nil }
                var j = i + slotPrefix.count, index = 0
                while j < n, (0x30...0x39).contains(bytes[j]), index < slots.count {
                    index = index * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                guard j > i + slotPrefix.count, j < n, bytes[j] == UInt8(ascii: "\""), index < slots.count else { return nil }
                return (index, j + 1)
            }
            var images = 0, i = 0
            while i < n {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""):
                    if let found = slot(at: i) {
                        out.append(contentsOf: slots[found.index].utf8)
                        i = found.end
                        continue
                    }
                case UInt8(ascii: "<"):
                    if matches(image, at: i) {
                        // The space after `<img` stays in the input: it starts ` src="`.
                        out.append(contentsOf: images < eagerImages ? image.dropLast() : lazyImage[...])
                        images += 1
                        i += image.count - 1
                        continue
                    }
                    if let footnotes, matches(footnotesSection, at: i) {
                        out.append(contentsOf: footnotesSection)
                        out.append(contentsOf: "\n<h2 class=\"visually-hidden\">\(footnotes.heading)</h2>".utf8)
                        i += footnotesSection.count
                        continue
                    }
                case UInt8(ascii: "a"):
                    if let footnotes, matches(backToContent, at: i) {
                        out.append(contentsOf: "aria-label=\"\(footnotes.backToContent)\"".utf8)
                        i += backToContent.count
                        continue
                    }
                case UInt8(ascii: " "):
                    guard let absolute, let attribute = matches(href, at: i) ? href : matches(src, at: i) ? src : nil else { break }
                    let quote = i + attribute.count - 1
                    if slot(at: quote) != nil {
                        // An internal link: its slot is written absolute already.
                        out.append(contentsOf: attribute.dropLast())
                        i = quote
                        continue
                    }
                    out.append(contentsOf: attribute)
                    i += attribute.count
                    let next = i < n ? bytes[i] : 0, after = i + 1 < n ? bytes[i + 1] : 0
                    if next == UInt8(ascii: "/") && after != UInt8(ascii: "/"), let origin = absolute.origin {
                        out.append(contentsOf: origin.utf8)
                    } else if next == UInt8(ascii: "#") && attribute == href {
                        out.append(contentsOf: absolute.page.utf8)
                    }
                    continue
                default:
                    break
                }
                out.append(byte)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
