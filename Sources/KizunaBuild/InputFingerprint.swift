import Foundation
import KizunaContent
import KizunaSite

/// A fingerprint of everything a build reads: every file of the content and theme folders
/// (path and bytes), the build options ("now" included), and the `kizuna` executable itself.
/// A built site records it; a build whose fingerprint matches the output's has nothing to do.
/// nil when the inputs cannot be fingerprinted safely (a symbolic link inside them): then
/// the build always runs. site.yaml is taken as the build read it (`site`), not read again.
struct InputFingerprint {
    static func of(content: String, themes: [String], options: BuildOptions, site: SiteFile,
                   executable: String? = Bundle.main.executablePath) -> String? {
        var hash = Hash128()
        hash.add("kizuna-inputs \(BuiltSite.formatVersion)\n")
        guard let engine = engine(executable) else { return nil }
        hash.add(engine)
        hash.add("audience \(options.audience.rawValue) drafts \(options.drafts) now \(options.now.timeIntervalSince1970) local \(options.localNow.map { "\($0)" } ?? "-") base \(options.baseURL?.description ?? "-") noindex \(options.noindex)\n")
        // Hidden files of the content too: static/ publishes them (a theme's are never read).
        // Every theme of the chain: the first keeps the name it always had, so a theme that
        // extends nothing fingerprints as before.
        let themeFolders = themes.enumerated().map { ($0.offset == 0 ? "theme" : "theme \($0.offset)", $0.element, false) }
        for (name, folder, hidden) in [("content", content, true)] + themeFolders {
            let listing = regularFiles(under: folder, hidden: hidden)
            guard listing.skipped.isEmpty else { return nil }
            hash.add("\(name) \(listing.files.count)\n")
            for file in listing.files {
                let read = name == "content" && file == "site.yaml" ? site.bytes : FileManager.default.contents(atPath: folder + "/" + file)
                guard let data = read else { return nil }
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
