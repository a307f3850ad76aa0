import Foundation
import Testing
@testable import KizunaBuild
@testable import KizunaServe

/// What `kizuna serve` hands out of a built site: published dotfiles, never Kizuna's own files.
@Suite struct ServeFileTests {
    static let files = [
        "site.yaml": minimalSiteYAML,
        "static/.well-known/security.txt": "Contact: mailto:security@example.com\n",
        "static/.nojekyll": "",
        "static/docs/.htaccess": "Options -Indexes\n",
    ]

    /// `serve` serves published dotfiles, and never Kizuna's own files or a path that climbs.
    @Test func servePublishesDotfilesButNotKizunasOwn() throws {
        let dir = try TemporaryDirectory(Self.files)
        let out = try TemporaryDirectory()
        try Build(settings(content: dir.path, output: out.path + "/site")).run()
        let handler = PreviewHandler(state: PreviewState(siteFolder: out.path + "/site", basePath: "/"))
        #expect(handler.file(for: "/.well-known/security.txt", under: "/") == out.path + "/site/.well-known/security.txt")
        #expect(handler.file(for: "/.nojekyll", under: "/") == out.path + "/site/.nojekyll")
        #expect(handler.file(for: "/static/docs/.htaccess", under: "/") != nil)
        for refused in ["/.kizuna-site", "/.kizuna-pages", "/static/../.kizuna-site", "/static/../../etc/passwd", "/./.nojekyll"] {
            #expect(handler.file(for: refused, under: "/") == nil, "\(refused)")
        }
    }

}
