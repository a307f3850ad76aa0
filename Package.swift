// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Kizuna",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kizuna", targets: ["kizuna"]),
        .library(name: "KizunaCore", targets: ["KizunaCore"]),
        .library(name: "KizunaContent", targets: ["KizunaContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // `kizuna serve` only: a small HTTP server on Swift concurrency with no dependencies of
        // its own (hummingbird would bring SwiftNIO and minutes of clean build time).
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
            name: "KizunaCore",
            dependencies: ["KizunaContent", "KizunaSite", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The editor's preview: serve a build, watch the inputs, rebuild and reload. Kept out of
        // KizunaCore so the engine never links a server.
        .target(
            name: "KizunaServe",
            dependencies: ["KizunaCore", "KizunaSite", "KizunaContent", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "KizunaCore", "KizunaSite", "KizunaContent", "KizunaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KizunaCoreTests",
            dependencies: ["KizunaCore", "KizunaContent", "KizunaSite", "KizunaServe"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
