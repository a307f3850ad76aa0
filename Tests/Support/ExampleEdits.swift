import Foundation

/// A copy of the example's content with one news post added, one changed and one removed, real
/// files on disk: the second side of a `kizuna diff` of two builds of the example.
struct ExampleEdits {
    static let added = "preview-diff-new-post"
    static let changed = "calendar-subscription"
    static let removed = "privacy-policy-update"
    /// Both builds: the same moment and address, so only the content differs.
    static let now = "2026-11-25T12:00:00+09:00"
    static let baseURL = "https://example.github.io/alumni/previews/pr-7/"

    /// Copies `Repo.content` to `folder` and edits the copy.
    static func write(to folder: String) throws {
        let fm = FileManager.default
        try fm.copyItem(atPath: Repo.content, toPath: folder)
        let news = folder + "/news/"
        // The edited posts must be public ones, or the public build would not show the change.
        for slug in [changed, removed] {
            let text = try String(contentsOfFile: news + slug + ".md", encoding: .utf8)
            precondition(!text.contains("audience: members"), "\(slug) is not a public post")
        }
        try fm.removeItem(atPath: news + removed + ".md")
        let changedPath = news + changed + ".md"
        let text = try String(contentsOfFile: changedPath, encoding: .utf8)
        try Data((text + "\n追記：カレンダーの購読のしかたを動画でも紹介しています。\n").utf8).write(to: URL(fileURLWithPath: changedPath))
        let post = """
            ---
            title: プレビューの確かめ方を公開しました
            date: 2026-11-20
            tags: [announcement]
            ---

            プルリクエストのプレビューの確かめ方をまとめました。

            """
        try Data(post.utf8).write(to: URL(fileURLWithPath: news + added + ".md"))
    }

    /// Every file of a built site (Kizuna's own `.kizuna-*` left out), read independently of
    /// `SiteComparison`: relative path → bytes.
    static func files(of site: String) -> [String: Data] {
        snapshot(of: site).filter { !$0.key.hasPrefix(".kizuna-") }
    }

    /// The expectation, derived from the two outputs alone: every page (`.html`) by address and
    /// every other file by path, added, changed or removed.
    static func expected(old: String, new: String) -> (pages: [String: Set<String>], files: [String: Set<String>]) {
        let a = files(of: old), b = files(of: new)
        var pages: [String: Set<String>] = ["added": [], "changed": [], "removed": []]
        var others = pages
        for path in Set(a.keys).union(b.keys) {
            let group = a[path] == nil ? "added" : b[path] == nil ? "removed" : a[path] == b[path] ? nil : "changed"
            guard let group else { continue }
            if path.hasSuffix(".html") {
                let url = path == "index.html" ? "/" : path.hasSuffix("/index.html") ? "/" + path.replacingOccurrences(of: "index.html", with: "") : "/" + path
                pages[group]!.insert(url)
            } else {
                others[group]!.insert(path)
            }
        }
        return (pages, others)
    }
}
