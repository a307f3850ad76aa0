import Foundation
import Testing
import KizunaContent

/// The README's screenshots (docs/screenshots/, made by scripts/screenshots.sh) show the theme
/// as it is: the script records the theme's hash beside them, and a change to any file under
/// themes/default after the screenshots fails here until they are taken again.
@Suite struct ScreenshotTests {
    static let folder = Repo.root + "/docs/screenshots"
    /// scripts/screenshots.py's pages, widths and schemes.
    static let pages = ["home", "event", "board", "directory", "network", "survey"]
    static let screens = [("1280", 1280, 900), ("390", 390, 844)]
    static let schemes = ["light", "dark"]

    /// SHA-256 of the `sha256sum` listing of every file under `theme`, sorted by path bytes:
    /// `cd themes/default && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`.
    static func themeHash(_ theme: String) throws -> String {
        let root = URL(fileURLWithPath: theme)
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            paths.append("./" + String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        paths.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var listing = ""
        for path in paths {
            let data = try Data(contentsOf: root.appendingPathComponent(String(path.dropFirst(2))))
            listing += SHA256.hex([UInt8](data)) + "  " + path + "\n"
        }
        return SHA256.hex(listing)
    }

    static func recorded() throws -> String {
        let text = try String(contentsOfFile: folder + "/theme.sha256", encoding: .utf8)
        return String(text.prefix { !$0.isWhitespace })
    }

    @Test func theScreenshotsShowTheThemeAsItIs() throws {
        let recorded = try Self.recorded(), now = try Self.themeHash(Repo.theme)
        #expect(recorded == now, """
            themes/default changed after the screenshots in docs/screenshots/ were taken (theme.sha256 \
            records \(recorded.prefix(12))…, the theme is now \(now.prefix(12))…). Take them again with \
            scripts/screenshots.sh (KIZUNA=.build/debug/kizuna to use the kizuna you built) and commit docs/screenshots/.
            """)
    }

    /// The hash in Swift is the one the script writes with coreutils (skipped without them).
    @Test func theHashIsTheScriptsCommand() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cd themes/default && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1"]
        process.currentDirectoryURL = URL(fileURLWithPath: Repo.root)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let shell = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let swift = try Self.themeHash(Repo.theme)
        #expect(shell.count == 64 && shell == swift)
    }

    /// Every screenshot the script takes is there, a PNG of its screen's size, and the README
    /// shows only screenshots that exist.
    @Test func everyScreenshotIsThereAtItsSizeAndTheReadmeShowsThem() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".png") }
        var expected: [String] = []
        for page in Self.pages {
            for (screen, width, height) in Self.screens {
                for scheme in Self.schemes {
                    let name = "\(page)-\(screen)-\(scheme).png"
                    expected.append(name)
                    let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
                    let bytes = [UInt8](data)
                    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) is not a PNG")
                    func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
                    #expect(bytes.count > 24 && be32(16) == width && be32(20) == height, "\(name) is not \(width)x\(height)")
                }
            }
        }
        #expect(Set(names) == Set(expected), "docs/screenshots/ holds other PNGs than scripts/screenshots.sh makes")
        let readme = try String(contentsOfFile: Repo.root + "/README.md", encoding: .utf8)
        let shown = readme.components(separatedBy: "docs/screenshots/").dropFirst().map { String($0.prefix { $0 != ")" && $0 != "\"" }) }
            .filter { $0.hasSuffix(".png") }
        #expect(shown.count >= 6, "the README shows the screenshots")
        for name in shown { #expect(expected.contains(name), "the README shows docs/screenshots/\(name), which the script does not make") }
    }
}
