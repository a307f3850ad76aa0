import Foundation
import KizunaContent
import KizunaSite

/// Finds the theme folder when `--theme` is not given, from site.yaml's `theme` (default
/// `default`), so a build works from any working directory:
/// - a value with a `/` is a folder relative to the project folder (the content folder's parent);
/// - a name is looked up as `themes/<name>` in the project folder, then in the folder of the
///   `kizuna` executable and each folder above it (a source checkout), then in
///   `share/kizuna/themes/<name>` beside the executable's folder (an installed copy).
enum ThemeLocator {
    static func candidates(for name: String, contentDirectory: String, executable: String?) -> [String] {
        let project = (URL(fileURLWithPath: contentDirectory).standardizedFileURL.path as NSString).deletingLastPathComponent
        if name.contains("/") { return [name.hasPrefix("/") ? name : project + "/" + name] }
        var folders = [project + "/themes/" + name]
        if let executable {
            var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            var ancestors: [String] = []
            while true {
                ancestors.append(folder.path)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
            folders += ancestors.map { ($0 == "/" ? "" : $0) + "/themes/" + name }
            if let installed = ancestors.dropFirst().first {
                folders.append((installed == "/" ? "" : installed) + "/share/kizuna/themes/" + name)
            }
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// A theme folder holds `templates/`, or a `theme.yaml` that extends another theme (a
    /// company's theme may change only strings or assets and have no templates of its own).
    static func isTheme(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/templates", isDirectory: &isDirectory), isDirectory.boolValue { return true }
        return FileManager.default.fileExists(atPath: folder + "/theme.yaml", isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The first candidate that is a theme (`isTheme`), or a located error listing where it looked.
    static func locate(_ site: SiteConfig, contentDirectory: String,
                       executable: String? = Bundle.main.executablePath) -> Result<String, BuildFailure> {
        let folders = candidates(for: site.theme, contentDirectory: contentDirectory, executable: executable)
        if let folder = folders.first(where: isTheme) { return .success(folder) }
        var d = Diagnostics()
        d.error(site.at["theme"], ThemeMessage.notFound(name: site.theme, lookedIn: folders))
        return .failure(BuildFailure(d.sorted))
    }
}
