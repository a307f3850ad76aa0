import Foundation
import KizunaContent
import KizunaSite

/// A fingerprint of everything a build reads: every file of the content and theme folders
/// (path and bytes), the build options ("now" included), and the `kizuna` executable itself.
/// A built site records it; a build whose fingerprint matches the output's has nothing to do.
/// nil when the inputs cannot be fingerprinted safely (a symbolic link inside them): then
/// the build always runs.
struct InputFingerprint {
    static func of(content: String, theme: String, options: BuildOptions, executable: String? = Bundle.main.executablePath) -> String? {
        var hash = Hash128()
        hash.add("kizuna-inputs \(BuiltSite.formatVersion)\n")
        guard let engine = engine(executable) else { return nil }
        hash.add(engine)
        hash.add("audience \(options.audience.rawValue) drafts \(options.drafts) now \(options.now.timeIntervalSince1970) local \(options.localNow.map { "\($0)" } ?? "-")\n")
        for (name, folder) in [("content", content), ("theme", theme)] {
            let listing = regularFiles(under: folder)
            guard listing.skipped.isEmpty else { return nil }
            hash.add("\(name) \(listing.files.count)\n")
            for file in listing.files {
                guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { return nil }
                hash.add("\(file) \(data.count)\n")
                hash.add(data)
            }
        }
        return hash.hex
    }
}

extension InputFingerprint {
    /// The `kizuna` binary itself (size and modification time): a new engine may render the same
    /// inputs differently, so nothing built by another one is taken as unchanged.
    static func engine(_ executable: String? = Bundle.main.executablePath) -> String? {
        guard let executable, let attributes = try? FileManager.default.attributesOfItem(atPath: executable) else { return nil }
        return "engine \(attributes[.size] as? Int ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)\n"
    }
}

/// Two FNV-1a lanes with different offset bases: 128 bits against accidental collisions
/// (a fingerprint of files, not a defence against someone forging content).
struct Hash128 {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var a = self.a, b = self.b
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5a)) &* prime
        }
        self.a = a
        self.b = b
    }

    var hex: String { String(format: "%016llx%016llx", a, b) }
}
