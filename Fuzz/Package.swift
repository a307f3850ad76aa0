// swift-tools-version:6.0
// libFuzzer targets for Kizuna's parsers. A package of its own so the main package's
// `swift build` / `swift test` never see sanitizer flags. Build and run with scripts/fuzz.sh:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name (`main`, `wt-fuzz`, `kizuna`…), so read it.
let parentName = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let content = Target.Dependency.product(name: "KizunaContent", package: parentName)
// The Markdown target goes on through the HTML rewrites of pages and feeds (`FeedBuilder`).
let core = Target.Dependency.product(name: "KizunaBuild", package: parentName)

let package = Package(
    name: "KizunaFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        // Shared entry points, also handy in a debugger: decode the input, pick the kind, check invariants.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzHarness", dependencies: ["CFuzzDriver", content, core]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzHarness"]),
    ],
    swiftLanguageModes: [.v6]
)
