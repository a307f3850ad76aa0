import Foundation
import KizunaContent
import KizunaSite

/// A theme and the themes it extends, nearest first: the folders a file of the theme is looked
/// up in. A theme folder may hold a `theme.yaml` with `extends: <theme>`; every template,
/// partial, asset and UI-strings file is then found by its path in the first folder of the
/// chain that has it, so a company's theme holds only what it changes. Loading, fingerprinting,
/// watching and protecting the theme all go through this one list rather than special cases.
public struct ThemeChain: Sendable, Equatable {
    /// The theme folders, the theme itself first and the one nothing extends last.
    public var roots: [String]
    /// The colours of every `theme.yaml` of the chain, merged (`ThemeColors`).
    public var colors: ThemeColors

    public init(roots: [String], colors: ThemeColors = ThemeColors()) {
        self.roots = roots
        self.colors = colors
    }

    /// Relative path → the folder it is read from, for every file under `folder` (`templates`,
    /// `assets`) of any root: the first root that has a path wins.
    func files(under folder: String) -> [(relative: String, root: String)] {
        var seen = Set<String>()
        var found: [(String, String)] = []
        for root in roots {
            for relative in regularFiles(under: root + "/" + folder).files where seen.insert(relative).inserted {
                found.append((relative, root))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The chain from `directory` up: `theme.yaml`'s `extends` is a theme name, looked up first
    /// beside this theme (`themes/acme` → `themes/default`) and then where site.yaml's `theme` is
    /// (`ThemeLocator`), or a folder relative to this theme when it has a `/`. An unknown parent or
    /// a circle is an error at the `extends` line; nil then.
    public static func resolve(_ directory: String, contentDirectory: String? = nil,
                               executable: String? = Bundle.main.executablePath) -> (chain: ThemeChain?, diagnostics: Diagnostics) {
        var d = Diagnostics()
        var roots: [String] = []
        var identities: [String] = []
        var colors: [[ThemeColors.Written]] = []
        var folder = trimmed(directory)
        while true {
            roots.append(folder)
            identities.append(identity(folder))
            let manifest = manifest(of: folder, &d)
            colors.append(manifest.colors)
            guard let (name, at) = manifest.extends else { break }
            let candidates = parentCandidates(name, child: folder, contentDirectory: contentDirectory, executable: executable)
            guard let found = candidates.first(where: ThemeLocator.isTheme) else {
                d.error(at, ThemeInheritanceMessage.parentNotFound(name: name, lookedIn: candidates))
                return (nil, d)
            }
            if let loop = identities.firstIndex(of: identity(found)) {
                d.error(at, ThemeInheritanceMessage.cycle(Array(roots[loop...]) + [trimmed(found)]))
                return (nil, d)
            }
            folder = trimmed(found)
        }
        let merged = ThemeColors.merge(colors, &d)
        return (d.hasErrors ? nil : ThemeChain(roots: roots, colors: merged), d)
    }

    /// What the folder's theme.yaml says: `extends` and where it is written, and `colors`.
    static func manifest(of folder: String, _ d: inout Diagnostics) -> (extends: (String, SourceLocation)?, colors: [ThemeColors.Written]) {
        let path = folder + "/theme.yaml"
        guard FileManager.default.fileExists(atPath: path), let file = SourceFile.read(path, diagnostics: &d) else { return (nil, []) }
        let result = YAMLParser().parse(file.text, path: path)
        d.append(contentsOf: result.diagnostics)
        guard let root = result.root else { return (nil, []) }
        let reader = FieldReader(root, zone: TimeZone(identifier: "UTC")!)
        let name = reader.string("extends")
        let at = reader.location(of: "extends")
        let colors = ThemeColors.read(reader)
        d.append(contentsOf: reader.finish())
        return (name.map { ($0, at) }, colors)
    }

    static func parentCandidates(_ name: String, child: String, contentDirectory: String?, executable: String?) -> [String] {
        let beside = (URL(fileURLWithPath: child).standardizedFileURL.path as NSString).deletingLastPathComponent
        if name.contains("/") {
            return [name.hasPrefix("/") ? name : (URL(fileURLWithPath: child + "/" + name).standardizedFileURL.path)]
        }
        var folders = [beside + "/" + name]
        // ThemeLocator starts from the project folder, the content folder's parent.
        folders += ThemeLocator.candidates(for: name, contentDirectory: contentDirectory ?? beside + "/content", executable: executable)
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    static func trimmed(_ folder: String) -> String { folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder }

    /// The same folder however it was written (`themes/default`, `./themes/default/`, a link).
    static func identity(_ folder: String) -> String { URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path }
}
