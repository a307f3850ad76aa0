import Foundation
import KizunaContent

/// A comparison as `kizuna diff` prints it: text for a terminal, Markdown for a pull request's
/// job summary or comment (GitHub's flavour), or JSON for a script.
public struct ComparisonReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    public var comparison: SiteComparison
    /// Where the new site is published (`--link`, ending in `/`): its pages' addresses are then
    /// printed whole, and linked in Markdown. Removed pages are never linked.
    public var link: BaseURL?
    /// At most this many lines per group in text and Markdown; the rest is counted ("and 12 more").
    public var limit: Int

    public init(_ comparison: SiteComparison, link: BaseURL? = nil, limit: Int = 50) {
        self.comparison = comparison
        self.link = link
        self.limit = max(0, limit)
    }

    public func render(_ format: Format, _ language: EditorLanguage) -> String {
        switch format {
        case .text: return text(language)
        case .markdown: return markdown(language)
        case .json: return json()
        }
    }

    enum Group: CaseIterable {
        case added, changed, removed
    }

    func pages(_ group: Group) -> [SiteComparison.Page] {
        switch group {
        case .added: return comparison.pages.added
        case .changed: return comparison.pages.changed
        case .removed: return comparison.pages.removed
        }
    }

    func files(_ group: Group) -> [String] {
        switch group {
        case .added: return comparison.files.added
        case .changed: return comparison.files.changed
        case .removed: return comparison.files.removed
        }
    }

    func pageHeading(_ group: Group, _ count: Int) -> DiffHeading {
        switch group {
        case .added: return .pagesAdded(count)
        case .changed: return .pagesChanged(count)
        case .removed: return .pagesRemoved(count)
        }
    }

    func fileHeading(_ group: Group, _ count: Int) -> DiffHeading {
        switch group {
        case .added: return .filesAdded(count)
        case .changed: return .filesChanged(count)
        case .removed: return .filesRemoved(count)
        }
    }

    var summary: DiffMessage {
        let p = comparison.pages, f = comparison.files
        return .summary(pages: .init(added: p.added.count, changed: p.changed.count, removed: p.removed.count, unchanged: p.unchanged),
                        files: .init(added: f.added.count, changed: f.changed.count, removed: f.removed.count, unchanged: f.unchanged))
    }

    /// The address of a page from the site's root, percent-encoded where it is not a plain
    /// URL character (so it reads the same in a terminal, a table or a link).
    static func encoded(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The page's whole address under `link`.
    func address(_ url: String) -> String? {
        guard let link else { return nil }
        let base = link.description.hasSuffix("/") ? link.description : link.description + "/"
        return Self.linkSafe(base) + Self.encoded(String(url.drop { $0 == "/" }))
    }

    /// A URL made safe for a Markdown link's destination and a terminal: spaces, brackets,
    /// parentheses, quotes and controls percent-encoded.
    static func linkSafe(_ url: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%")
        return url.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    // MARK: Text

    func text(_ language: EditorLanguage) -> String {
        var out = summary.text(language) + "\n"
        if comparison.isEmpty { return out + DiffMessage.identical.text(language) + "\n" }
        for group in Group.allCases {
            let items = pages(group)
            guard !items.isEmpty else { continue }
            out += "\n" + pageHeading(group, items.count).text(language) + "\n"
            for page in items.prefix(limit) {
                let whole = group == .removed ? nil : address(page.url)
                out += "  " + (whole ?? Self.encoded(page.url))
                if let title = page.title { out += "  " + TerminalSafe.escape(title) }
                out += "\n"
            }
            if items.count > limit { out += "  " + DiffMessage.andMore(items.count - limit).text(language) + "\n" }
        }
        for group in Group.allCases {
            let items = files(group)
            guard !items.isEmpty else { continue }
            out += "\n" + fileHeading(group, items.count).text(language) + "\n"
            for path in items.prefix(limit) { out += "  " + Self.encoded(path) + "\n" }
            if items.count > limit { out += "  " + DiffMessage.andMore(items.count - limit).text(language) + "\n" }
        }
        return out
    }

    // MARK: Markdown

    func markdown(_ language: EditorLanguage) -> String {
        let p = comparison.pages, f = comparison.files
        func row(_ heading: DiffHeading, _ pages: Int, _ files: Int) -> String {
            "| \(MarkdownText.escape(heading.text(language))) | \(pages) | \(files) |\n"
        }
        var out = "| | \(MarkdownText.escape(DiffHeading.pages.text(language))) | \(MarkdownText.escape(DiffHeading.otherFiles.text(language))) |\n"
        out += "| --- | ---: | ---: |\n"
        out += row(.added, p.added.count, f.added.count)
        out += row(.changed, p.changed.count, f.changed.count)
        out += row(.removed, p.removed.count, f.removed.count)
        out += row(.unchanged, p.unchanged, f.unchanged)
        if comparison.isEmpty { return out + "\n" + MarkdownText.escape(DiffMessage.identical.text(language)) + "\n" }
        for group in Group.allCases {
            let items = pages(group)
            guard !items.isEmpty else { continue }
            out += "\n**" + MarkdownText.escape(pageHeading(group, items.count).text(language)) + "**\n\n"
            for page in items.prefix(limit) {
                let code = "`" + Self.encoded(page.url) + "`"
                let target = group == .removed ? nil : address(page.url)
                switch (page.title.map(MarkdownText.escape), target) {
                case (let title?, let target?): out += "- [\(title)](<\(target)>) \(code)\n"
                case (nil, let target?): out += "- [\(code)](<\(target)>)\n"
                case (let title?, nil): out += "- \(title) \(code)\n"
                case (nil, nil): out += "- \(code)\n"
                }
            }
            if items.count > limit { out += "- " + MarkdownText.escape(DiffMessage.andMore(items.count - limit).text(language)) + "\n" }
        }
        // Feeds, calendars and the search index change with most pages: folded away.
        for group in Group.allCases {
            let items = files(group)
            guard !items.isEmpty else { continue }
            out += "\n<details><summary>" + HTMLEscape.text(fileHeading(group, items.count).text(language)) + "</summary>\n\n"
            for path in items.prefix(limit) { out += "- `" + Self.encoded(path) + "`\n" }
            if items.count > limit { out += "- " + MarkdownText.escape(DiffMessage.andMore(items.count - limit).text(language)) + "\n" }
            out += "\n</details>\n"
        }
        return out
    }

    // MARK: JSON

    struct JSONPage: Encodable, Equatable {
        var url: String
        var title: String?
        var address: String?
    }

    struct JSONReport: Encodable {
        var pages: SiteComparison.Changes<JSONPage>
        var files: SiteComparison.Changes<String>
    }

    /// Every page and file, never capped; `address` only with a link (not for removed pages).
    func json() -> String {
        func list(_ group: Group) -> [JSONPage] {
            pages(group).map { JSONPage(url: $0.url, title: $0.title, address: group == .removed ? nil : address($0.url)) }
        }
        let report = JSONReport(
            pages: .init(added: list(.added), changed: list(.changed), removed: list(.removed), unchanged: comparison.pages.unchanged),
            files: comparison.files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Text put into GitHub-flavoured Markdown as text: it cannot open a link, a table cell, an
/// emphasis, a tag or a code span, nor mention anybody.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" || TerminalSafe.isUnsafe(scalar) {
                out.append(" ")
            } else if scalar.isASCII && (scalar.properties.generalCategory.isPunctuationOrSymbol) {
                // CommonMark: every ASCII punctuation character may be escaped with a backslash.
                out.append("\\")
                out.append(scalar)
                // `@name` would notify that GitHub user, and a backslash does not stop it.
                if scalar == "@" { out.append("\u{2060}") }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
