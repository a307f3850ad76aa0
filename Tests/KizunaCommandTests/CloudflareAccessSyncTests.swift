import Foundation
import Testing

/// scripts/sync-cloudflare-access.py, the managed recipe's sync of the members' allowlist to
/// Cloudflare Access, against a local stand-in for Cloudflare's API: chunks of 1,000, a second run
/// that writes nothing, growing and shrinking, a dry run, the API's errors, a malformed allowlist,
/// and a log without addresses or the token (Tests/Fixtures/access/test_sync_cloudflare_access.py).
@Suite struct CloudflareAccessSyncTests {
    @Test func theSyncScriptPassesItsStubAPITests() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "unittest", "-v", Repo.fixtures + "/access/test_sync_cloudflare_access.py"]
        process.currentDirectoryURL = URL(fileURLWithPath: Repo.root)
        let run = try ChildProcess.run(process, limit: 240)
        #expect(run.status == 0, "\(run.errText)")
        #expect(run.errText.contains("Ran 7 tests"), "\(run.errText)")
    }
}
