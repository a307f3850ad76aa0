import Foundation
import Testing

/// `kizuna build --audience members` and its allowlist as a user runs it: where it goes by
/// default, the line it prints (count and SHA-256, as `sha256sum` prints it), the usage error of
/// `--allowlist` without the members audience, and a located error for a malformed address.
@Suite struct AllowlistCommandTests {
    static let now = ["--now", "2026-11-25T12:00:00+09:00"]

    @Test func theMembersBuildWritesItBesideTheContentAndPrintsItsHash() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let run = try KizunaCLI().run(["build", "--theme", Repo.theme, "--audience", "members"] + Self.now, directory: work.path)
        #expect(run.status == 0, "\(run.err)")
        let allowlist = work.path + "/auth/allowlist.txt"
        let sha = Process()
        sha.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sha.arguments = ["sha256sum", allowlist]
        let digest = try ChildProcess.run(sha).outText.split(separator: " ").first.map(String.init) ?? "?"
        #expect(run.out.contains("Allowlist auth/allowlist.txt: 6 addresses, sha256 \(digest)"), "\(run.out)")
        #expect(!FileManager.default.fileExists(atPath: work.path + "/site/auth"))
        // In Japanese too.
        let ja = try KizunaCLI().run(["build", "--theme", Repo.theme, "--audience", "members", "--lang", "ja"] + Self.now, directory: work.path)
        #expect(ja.out.contains("許可リスト `auth/allowlist.txt` を書き出しました：メールアドレス6件、SHA-256 `\(digest)`。"), "\(ja.out)")
        // A public build writes none and says nothing of it.
        try FileManager.default.removeItem(atPath: allowlist)
        let open = try KizunaCLI().run(["build", "--theme", Repo.theme, "--output", "public"] + Self.now, directory: work.path)
        #expect(open.status == 0 && !open.out.contains("Allowlist"))
        #expect(!FileManager.default.fileExists(atPath: allowlist))
    }

    @Test func allowlistWithoutTheMembersAudienceIsAUsageError() throws {
        let run = try KizunaCLI().run(["build", "--content", Repo.fixtures + "/sites/small", "--allowlist", "/tmp/x.txt"])
        #expect(run.status != 0)
        #expect(run.err.contains("--allowlist goes with --audience members"), "\(run.err)")
    }

    @Test func aMalformedAddressStopsTheBuildAtItsLine() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: work.path + "/content")
        let profile = work.path + "/content/alumni/member-1.yaml"
        let text = try String(contentsOfFile: profile, encoding: .utf8)
            .replacingOccurrences(of: "email: member1@secret.example", with: "email: member1@secret@example")
        try text.write(toFile: profile, atomically: true, encoding: .utf8)
        let run = try KizunaCLI().run(["build", "--theme", Repo.theme, "--audience", "members"] + Self.now, directory: work.path)
        #expect(run.status == 1)
        #expect(run.err.contains("content/alumni/member-1.yaml:10:8: error: 'email' 'member1@secret@example' is not an e-mail address: it has 2 '@' where an address has one"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: work.path + "/auth/allowlist.txt"))
    }
}
