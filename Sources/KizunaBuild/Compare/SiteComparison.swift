import Foundation
import KizunaContent

/// Two built sites compared file by file (`kizuna diff OLD NEW`): the pages added, changed and
/// removed, by address, and every other file (feeds, calendars, images, the search index) apart.
///
/// A file is "changed" when its bytes differ. Every page names the site's address and the
/// build's "now" (canonical links, the footer's year, "closes in 3 days"), so the two sites must
/// be built with the same `--base-url` and `--now` for a change to mean a change of content.
public struct SiteComparison: Sendable, Equatable {
    /// A page: an `.html` file. Its address is the folder of an `index.html` (`/news/foo/` for
    /// `news/foo/index.html`, `/` for the home page), else the file's own path (`/404.html`).
    public struct Page: Sendable, Equatable, Codable {
        public var url: String
        /// The page's `<title>` as text (the new page's; the old one's for a removed page).
        public var title: String?

        public init(url: String, title: String?) {
            self.url = url
            self.title = title
        }
    }

    /// What was added, changed and removed, each sorted, and how much stayed the same.
    public struct Changes<Item: Sendable & Equatable>: Sendable, Equatable {
        public var added: [Item] = []
        public var changed: [Item] = []
        public var removed: [Item] = []
        public var unchanged = 0

        public init(added: [Item] = [], changed: [Item] = [], removed: [Item] = [], unchanged: Int = 0) {
            self.added = added
            self.changed = changed
            self.removed = removed
            self.unchanged = unchanged
        }

        public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
    }

    public var pages = Changes<Page>()
    /// Every other file, by its path from the site's root (`feed.xml`, `static/logo.svg`).
    public var files = Changes<String>()

    public init(pages: Changes<Page> = .init(), files: Changes<String> = .init()) {
        self.pages = pages
        self.files = files
    }

    public var isEmpty: Bool { pages.isEmpty && files.isEmpty }

    public enum Failure: Error, Sendable, Equatable {
        /// The folder holds no `.kizuna-site`: only sites Kizuna built are compared.
        case notBuilt(String)
        /// A file of either site that could not be read.
        case unreadable(String)

        public var message: DiffMessage {
            switch self {
            case .notBuilt(let path): return .notBuilt(path: path, marker: BuiltSite.markerName)
            case .unreadable(let path): return .unreadable(path: path)
            }
        }
    }

    /// Compares the site in `old` with the one in `new` (both folders Kizuna built). Kizuna's own
    /// files (`.kizuna-site`, `.kizuna-pages`) are not compared; symbolic links are not followed.
    public static func compare(old: String, new: String) throws(Failure) -> SiteComparison {
        for folder in [old, new] where !BuiltSite.isBuilt(folder) { throw .notBuilt(folder) }
        let before = files(in: old), after = files(in: new)
        var comparison = SiteComparison()
        for path in Set(before).union(after).sorted() {
            let inOld = before.contains(path), inNew = after.contains(path)
            let changed: Bool
            if inOld && inNew {
                guard let a = FileManager.default.contents(atPath: old + "/" + path) else { throw .unreadable(old + "/" + path) }
                guard let b = FileManager.default.contents(atPath: new + "/" + path) else { throw .unreadable(new + "/" + path) }
                changed = a != b
            } else {
                changed = false
            }
            if let url = pageURL(path) {
                let page = { (folder: String) in Page(url: url, title: title(ofPageAt: folder + "/" + path)) }
                switch (inOld, inNew) {
                case (true, true): if changed { comparison.pages.changed.append(page(new)) } else { comparison.pages.unchanged += 1 }
                case (false, true): comparison.pages.added.append(page(new))
                default: comparison.pages.removed.append(page(old))
                }
            } else {
                switch (inOld, inNew) {
                case (true, true): if changed { comparison.files.changed.append(path) } else { comparison.files.unchanged += 1 }
                case (false, true): comparison.files.added.append(path)
                default: comparison.files.removed.append(path)
                }
            }
        }
        // Pages by address (a folder's page before the pages below it), files by path.
        for keyPath in [\Changes<Page>.added, \.changed, \.removed] {
            comparison.pages[keyPath: keyPath].sort { $0.url < $1.url }
        }
        return comparison
    }

    /// The address of the page at `path` (relative to the site), nil for a file that is no page.
    public static func pageURL(_ path: String) -> String? {
        guard path.hasSuffix(".html") else { return nil }
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("index.html".count) }
        return "/" + path
    }

    /// The regular files below `folder`, by path from it (hidden ones too: `.nojekyll`), Kizuna's
    /// own files left out; symbolic links are not followed (`regularFiles`).
    static func files(in folder: String) -> Set<String> {
        Set(regularFiles(under: folder, hidden: true).files.filter { !$0.split(separator: "/").contains { BuiltSite.isReserved(String($0)) } })
    }

    /// The page's title as text (entities decoded, white space collapsed), read from its first
    /// 64 KB: its `og:title` (the title alone, as the default theme writes it), else its
    /// `<title>` (which may end with the site's name); nil without either.
    static func title(ofPageAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 65_536) else { return nil }
        let html = String(decoding: data, as: UTF8.self)
        let head = html.range(of: "</head>").map { html[..<$0.lowerBound] } ?? html[...]
        var raw: Substring?
        if let meta = head.range(of: #"<meta property="og:title" content=""#),
           let end = head[meta.upperBound...].firstIndex(of: "\"") {
            raw = head[meta.upperBound..<end]
        } else if let open = head.range(of: "<title>"), let close = head.range(of: "</title>", range: open.upperBound..<head.endIndex) {
            raw = head[open.upperBound..<close.lowerBound]
        }
        guard let raw else { return nil }
        let text = HTMLText.decode(raw).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}

/// The character references a page's text may hold, decoded (`&amp;`, `&#39;`, `&#x27;` …).
enum HTMLText {
    static let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decode(_ text: Substring) -> String {
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = named[name]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}

extension SiteComparison.Changes: Encodable where Item: Encodable {}
