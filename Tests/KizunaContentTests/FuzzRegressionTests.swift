import Foundation
import Testing

/// Every input the fuzzers ever found a problem with, kept in Fuzz/regressions/<target>/, goes
/// through the fuzz target's code again (FuzzHarness.swift is the fuzz package's harness). A
/// regression crashes this test process like it crashed the fuzzer; scripts/sanitize.sh runs
/// these under AddressSanitizer too.
@Suite struct FuzzRegressionTests {
    static func run(_ target: String, _ input: UnsafeBufferPointer<UInt8>) {
        switch target {
        case "frontmatter": Harness.frontMatter(input)
        case "yaml": Harness.yaml(input)
        case "markdown": Harness.markdown(input)
        case "loader": Harness.loader(input)
        default: Issue.record("unknown fuzz target \(target)")
        }
    }

    static func inputs(_ target: String) -> [String] {
        let folder = Repo.root + "/Fuzz/regressions/" + target
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    @Test(.timeLimit(.minutes(2)), arguments: ["frontmatter", "yaml", "markdown", "loader"])
    func replay(_ target: String) throws {
        for path in Self.inputs(target) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes.withUnsafeBufferPointer { Self.run(target, $0) }
        }
    }

    @Test func harnessRunsTheSeeds() throws {
        // The harness itself works on real content: a news file through the whole loader.
        let news = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.content + "/news/network-launch.md")))
        ([UInt8(ascii: "0")] + news).withUnsafeBufferPointer { Harness.loader($0) }
    }
}
