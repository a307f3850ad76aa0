import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// The members' allowlist (`Allowlist`): what a members build writes beside the site for the
/// login in front of it — every registered member's address, lower-cased, sorted, once — and
/// never anything of it in a published file.
@Suite struct AllowlistTests {
    static func profile(_ slug: String, email: String?, line: Int = 1) -> String {
        "name: 会員 \(slug)\njoined: 2010\n" + (email.map { "email: \"\($0)\"\n" } ?? "")
    }

    @discardableResult
    func membersBuild(_ content: String, output: String, allowlist: String, now: Date = fixedNow) throws -> Build.Report {
        var s = settings(content: content, output: output, audience: .members, now: now)
        s.allowlist = .path(allowlist)
        return try Build(s).run()
    }

    @Test func lowerCasedSortedUniqueOneALine() throws {
        let work = try TemporaryDirectory([
            "content/site.yaml": minimalSiteYAML,
            "content/alumni/b.yaml": Self.profile("b", email: "Zed.Person@Example.ORG"),
            "content/alumni/a.yaml": Self.profile("a", email: "anna+alumni@example.org"),
            "content/alumni/c.yaml": Self.profile("c", email: nil),
            "content/alumni/d.yaml": Self.profile("d", email: "Bob@example.org"),
        ])
        let report = try membersBuild(work.path + "/content", output: work.path + "/site", allowlist: work.path + "/auth/allowlist.txt")
        let text = try String(contentsOfFile: work.path + "/auth/allowlist.txt", encoding: .utf8)
        #expect(text == "anna+alumni@example.org\nbob@example.org\nzed.person@example.org\n")
        let written = try #require(report.allowlist)
        #expect(written.addresses == 3 && written.withoutEmail == 1)
        #expect(written.sha256 == SHA256.hex(text))
        // Only the owner and the login service's group read it: it is personal data.
        let mode = try FileManager.default.attributesOfItem(atPath: work.path + "/auth/allowlist.txt")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        // Nothing left beside it (the temporary file was renamed over it).
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path + "/auth") == ["allowlist.txt"])
    }

    /// A profile removed from the content leaves the allowlist at the next build, even when
    /// the site's own files would be reused.
    @Test func rewrittenAtEveryBuild() throws {
        let work = try TemporaryDirectory([
            "content/site.yaml": minimalSiteYAML,
            "content/alumni/a.yaml": Self.profile("a", email: "a@example.org"),
            "content/alumni/b.yaml": Self.profile("b", email: "b@example.org"),
        ])
        let content = work.path + "/content", allowlist = work.path + "/auth/allowlist.txt"
        try membersBuild(content, output: work.path + "/site", allowlist: allowlist)
        try FileManager.default.removeItem(atPath: content + "/alumni/b.yaml")
        try membersBuild(content, output: work.path + "/site", allowlist: allowlist)
        #expect(try String(contentsOfFile: allowlist, encoding: .utf8) == "a@example.org\n")
        // Deleted by hand: an unchanged build writes it again.
        try FileManager.default.removeItem(atPath: allowlist)
        let report = try membersBuild(content, output: work.path + "/site", allowlist: allowlist)
        #expect(report.unchanged)
        #expect(try String(contentsOfFile: allowlist, encoding: .utf8) == "a@example.org\n")
    }

    @Test(arguments: [
        ("hanako.example.org", "has no '@'"),
        ("hanako @example.org", "contains a space"),
        ("hanako@@example.org", "has 2 '@'"),
        ("hanako@example@org", "has 2 '@'"),
        ("@example.org", "nothing comes before the '@'"),
        ("hanako@", "nothing comes after the '@'"),
        ("hanako@example", "has no dot"),
        ("hanako@example..org", "is not a domain name"),
        ("hanako@-example.org", "is not a domain name"),
        ("hanako@192.168.0.1", "is not a domain name"),
        (".hanako@example.org", "starts or ends with a dot"),
        ("hanako,taro@example.org", "contains ','"),
        ("Hanako <hanako@example.org>", "contains a space"),
        ("はなこ@example.org", "contains 'は'"),
    ])
    func aMalformedAddressIsLocatedWithItsReason(address: String, reason: String) throws {
        let errors = try diagnostics(for: ["site.yaml": minimalSiteYAML, "alumni/hanako.yaml": "name: 花子\njoined: 2010\nemail: \"\(address)\"\n"])
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.hasPrefix("<dir>/alumni/hanako.yaml:3:8: error: 'email'"), "\(error)")
        #expect(error.contains(reason), "\(error)")
    }

    @Test func plainAddressesAreAccepted() {
        for address in ["a@example.org", "first.last+tag@sub.example.co.jp", "o'brien@example.ie", "x_y-z@xn--r8jz45g.jp", "user@例え.jp"] {
            #expect(EmailAddress.problem(address) == nil, "\(address)")
        }
    }

    @Test func oneAddressForTwoProfilesIsLocated() throws {
        let errors = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "alumni/a.yaml": Self.profile("a", email: "Same@Example.org"),
            "alumni/b.yaml": "name: 会員 b\njoined: 2011\nemail: same@example.org\n",
        ])
        #expect(errors == ["<dir>/alumni/b.yaml:3:8: error: 'email' 'same@example.org' is already the address of <dir>/alumni/a.yaml:3; each member signs in with an address of their own"])
    }

    @Test func neverInsideTheOutputOrTheContent() throws {
        let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML, "content/alumni/a.yaml": Self.profile("a", email: "a@example.org")])
        let content = work.path + "/content", output = work.path + "/site"
        for (path, expected) in [(output + "/allowlist.txt", "inside the output folder"), (output, "inside the output folder"),
                                 (content + "/auth/allowlist.txt", "inside the content folder"),
                                 (work.path + "/./site/../site/x.txt", "inside the output folder")] {
            do {
                try membersBuild(content, output: output, allowlist: path)
                Issue.record("\(path) was accepted")
            } catch let failure as BuildFailure {
                #expect(failure.diagnostics.first?.message.contains(expected) == true, "\(failure)")
            }
            #expect(!FileManager.default.fileExists(atPath: output + "/allowlist.txt"))
        }
        // Through a symbolic link into the output: refused too.
        try FileManager.default.createSymbolicLink(atPath: work.path + "/link", withDestinationPath: output)
        try membersBuild(content, output: output, allowlist: work.path + "/ok.txt")
        #expect(throws: BuildFailure.self) { try membersBuild(content, output: output, allowlist: work.path + "/link/allowlist.txt") }
        #expect(!FileManager.default.fileExists(atPath: output + "/allowlist.txt"))
    }

    /// An allowlist that cannot be written fails the build before the swap: the site stays as it was.
    @Test func aFailedWriteLeavesTheSiteAsItWas() throws {
        let work = try TemporaryDirectory(["content/site.yaml": minimalSiteYAML, "content/alumni/a.yaml": Self.profile("a", email: "a@example.org"),
                                           "blocker": "a file where a folder should be"])
        let content = work.path + "/content", output = work.path + "/site"
        try membersBuild(content, output: output, allowlist: work.path + "/auth/allowlist.txt")
        let before = snapshot(of: output)
        try Data("name: 会員 b\njoined: 2011\nemail: b@example.org\n".utf8).write(to: URL(fileURLWithPath: content + "/alumni/b.yaml"))
        do {
            try membersBuild(content, output: output, allowlist: work.path + "/blocker/allowlist.txt")
            Issue.record("the build succeeded")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.first?.message.hasPrefix("could not write the allowlist \(work.path)/blocker/allowlist.txt: ") == true, "\(failure)")
        }
        #expect(snapshot(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["auth", "blocker", "content", "site"])
    }

    /// site.yaml's `members.allowlist` is relative to the project folder (the content's parent);
    /// without it, `auth/allowlist.txt` there. A path into the output is located at site.yaml's line.
    @Test func whereSiteYAMLPutsIt() throws {
        let work = try TemporaryDirectory(["project/content/site.yaml": minimalSiteYAML + "members:\n  allowlist: private/members.txt\n",
                                           "project/content/alumni/a.yaml": Self.profile("a", email: "a@example.org")])
        var s = settings(content: work.path + "/project/content", output: work.path + "/project/site", audience: .members)
        s.allowlist = .site
        let report = try Build(s).run()
        #expect(report.allowlist?.path.hasSuffix("/project/private/members.txt") == true, "\(String(describing: report.allowlist))")
        #expect(FileManager.default.fileExists(atPath: work.path + "/project/private/members.txt"))

        try Data((minimalSiteYAML + "members:\n  allowlist: site/members.txt\n").utf8).write(to: URL(fileURLWithPath: work.path + "/project/content/site.yaml"))
        do {
            try Build(s).run()
            Issue.record("an allowlist inside the output was accepted")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.first?.description.contains("site.yaml:5:14: error: refusing to write the allowlist") == true, "\(failure)")
        }
    }

    /// Privacy: no allowlisted address appears in any file of a public build, and in a members
    /// build only where its member consented to show `email` in the directory; the allowlist
    /// itself is in neither. The example portal, every file of both builds.
    @Test(arguments: [Audience.public, .members])
    func noAllowlistedAddressIsPublished(audience: Audience) throws {
        let work = try TemporaryDirectory()
        let allowlist = work.path + "/auth/allowlist.txt"
        var s = settings(output: work.path + "/site", audience: .members)
        s.allowlist = .path(allowlist)
        try Build(s).run()
        let addresses = try String(contentsOfFile: allowlist, encoding: .utf8).split(separator: "\n").map(String.init)
        let (content, _) = ContentLoader(contentDirectory: Repo.content, kinds: ContentKinds.builtIn.items).load()
        let profiles = content[ProfileKind()]
        #expect(Set(addresses) == Set(profiles.compactMap(\.email).map { $0.lowercased() }))
        #expect(addresses.count >= 20)

        try FileManager.default.removeItem(atPath: work.path + "/site")
        try Build(settings(output: work.path + "/site", audience: audience)).run()
        let files = snapshot(of: work.path + "/site")
        let shown = Set(profiles.filter { audience == .members && $0.isListed && $0.consent.fields.contains(.email) }.compactMap(\.email).map { $0.lowercased() })
        let allowlistBytes = try Data(contentsOf: URL(fileURLWithPath: allowlist))
        var checked = 0
        for (path, data) in files {
            #expect(data != allowlistBytes, "\(path) is the allowlist")
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for address in addresses where !shown.contains(address) {
                checked += 1
                for form in [address, address.replacingOccurrences(of: "@", with: "&#64;"), address.replacingOccurrences(of: "@", with: "%40"),
                             address.replacingOccurrences(of: "@", with: "\\u0040")] where text.contains(form) {
                    Issue.record("\(audience) build: an allowlisted address (\(address)) appears in \(path)")
                }
            }
        }
        #expect(checked > 1000)
        #expect(!files.keys.contains { $0.contains("allowlist") })
    }
}
