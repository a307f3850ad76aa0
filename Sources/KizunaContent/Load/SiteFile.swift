import Foundation

/// site.yaml as one build reads it: once, before anything else. It names the theme (which the
/// build's input fingerprint covers) and the zone every other file's dates are read in. `Build`
/// hands the one reading to the fingerprint (`bytes`) and to `ContentLoader.load(_:)`
/// (`config`), so both see the same file even when an editor saves it during the build.
public struct SiteFile: Sendable {
    public var path: String
    /// nil when the file is missing, unreadable or has errors (in `diagnostics`).
    public var config: SiteConfig?
    /// The bytes as read from disk; nil when the file could not be read.
    public var bytes: Data?
    /// The content folder's and site.yaml's problems, located.
    public var diagnostics: Diagnostics
    /// The content folder is missing or is a file: there is nothing else to read.
    public var folderMissing: Bool
}

extension ContentLoader {
    /// Checks the content folder, then reads and parses its site.yaml.
    public func readSite() -> SiteFile {
        var diagnostics = Diagnostics()
        let sitePath = join(contentDirectory, "site.yaml")
        // A wrong --content (or a run from another folder) is one mistake, not a missing site.yaml.
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory)
        if !exists || !isDirectory.boolValue {
            diagnostics.error(.whole(contentDirectory), exists ? LoadMessage.contentFolderIsFile : LoadMessage.contentFolderMissing)
            return SiteFile(path: sitePath, diagnostics: diagnostics, folderMissing: true)
        }
        var config: SiteConfig?
        var bytes: Data?
        if FileManager.default.fileExists(atPath: sitePath) {
            if leavesContent(sitePath, root: Self.resolved(contentDirectory), &diagnostics, severity: .error) == false {
                bytes = SourceFile.readBytes(sitePath, diagnostics: &diagnostics)
                config = bytes.flatMap { parseSite($0, path: sitePath, &diagnostics) }
            }
        } else {
            diagnostics.error(SourceLocation(path: sitePath), LoadMessage.siteFileMissing)
        }
        return SiteFile(path: sitePath, config: config, bytes: bytes, diagnostics: diagnostics, folderMissing: false)
    }

    /// site.yaml alone, for commands that need its settings outside a build (`kizuna new`, the
    /// preview's base path).
    package func loadSite(_ path: String, _ diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let bytes = SourceFile.readBytes(path, diagnostics: &diagnostics) else { return nil }
        return parseSite(bytes, path: path, &diagnostics)
    }

    func parseSite(_ bytes: Data, path: String, _ diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let file = SourceFile.decode(bytes, path: path, diagnostics: &diagnostics) else { return nil }
        let result = parser.parse(file.text, path: path)
        diagnostics.append(contentsOf: result.diagnostics)
        guard let root = result.root, !result.diagnostics.hasErrors else { return nil }
        // site.yaml has no date fields, so the zone its reader is given never shapes a value;
        // the site's own zone (`timezone:`) is read from it and used for every other file.
        let reader = FieldReader(root, zone: SiteConfig.defaultTimeZone)
        let site = SiteConfig.read(reader, file: SourceLocation(path: path))
        let problems = reader.finish()
        diagnostics.append(contentsOf: problems)
        return problems.hasErrors ? nil : site
    }
}
