// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Kizuna",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kizuna", targets: ["kizuna"]),
        .library(name: "KizunaBuild", targets: ["KizunaBuild"]),
        .library(name: "KizunaContent", targets: ["KizunaContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // `kizuna serve` only: FlyingSocks, its non-blocking sockets on Swift concurrency (no
        // dependencies of their own), under a request reader of Kizuna's that holds the preview's
        // limits. FlyingFox's own HTTP layer is not linked (no Host check, no limits, quadratic
        // line reading); SwiftNIO would add about 3 minutes to a clean build on 2 cores.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev, libyaml-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The stages, layered so that the compiler enforces it: each target sees only those below.
        // Content model and loading: files → typed, located models; Markdown and YAML parsing.
        .target(name: "KizunaContent", dependencies: ["CCmarkGFM", "CYAML"]),
        // What a build publishes (derive) and every URL of it (routes, links).
        .target(name: "KizunaSite", dependencies: ["KizunaContent"]),
        // Theme, views, output plug-ins, writing, and the pipeline (`Build`).
        .target(
            name: "KizunaBuild",
            dependencies: ["KizunaContent", "KizunaSite", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The editor's preview: serve a build, watch the inputs, rebuild and reload. Kept out of
        // KizunaBuild so the engine never links a server.
        .target(
            name: "KizunaServe",
            dependencies: ["KizunaBuild", "KizunaSite", "KizunaContent", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "KizunaBuild", "KizunaSite", "KizunaContent", "KizunaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // One test target per module, each suite with the module it tests. Tests/Support holds what
        // they share (linked into each target); Tests/Fixtures the sites and golden files.
        .testTarget(name: "KizunaContentTests", dependencies: ["KizunaContent", "KizunaSite", "KizunaBuild"]),
        .testTarget(name: "KizunaSiteTests", dependencies: ["KizunaSite", "KizunaContent", "KizunaBuild"]),
        .testTarget(name: "KizunaBuildTests", dependencies: ["KizunaBuild", "KizunaContent", "KizunaSite"]),
        .testTarget(name: "KizunaServeTests", dependencies: ["KizunaServe", "KizunaBuild", "KizunaContent", "KizunaSite"]),
        // The command line (`kizuna` run as a process; it is built with the tests).
        .testTarget(name: "KizunaCommandTests", dependencies: ["kizuna", "KizunaBuild", "KizunaContent", "KizunaSite"]),
    ],
    swiftLanguageModes: [.v6]
)
