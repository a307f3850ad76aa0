import Foundation
import KizunaContent

/// A template of a theme that extends another, which no theme further up the chain has and no
/// template includes: it overrode a template the parent has since renamed or removed. The site
/// still builds — correctly, with the parent's current templates — so this is a warning, not an
/// error: an upgrade of the parent must not stop a company's portal from publishing, but
/// `kizuna build` and `kizuna check` (and a pull request's annotations) say that the company's
/// change no longer shows, at the file, with the parent's template it was likely meant for.
enum ThemeOverrides {
    /// - Parameters:
    ///   - templates: each template's name and the root it is read from.
    ///   - included: every name a template includes (`{{>name}}`, `{{<name}}`), as written.
    ///   - required: the templates the build renders by itself (pages, cards).
    static func check(_ chain: ThemeChain, templates: [String: String], included: Set<String>, required: Set<String>, _ d: inout Diagnostics) {
        // A partial named by data (`{{>*name}}`) could be any template: nothing can be called unused.
        guard chain.roots.count > 1, !included.contains(where: { $0.hasPrefix("*") }) else { return }
        for (name, root) in templates.sorted(by: { $0.key < $1.key }) {
            guard let index = chain.roots.firstIndex(of: root), index < chain.roots.count - 1 else { continue }
            let ancestors = chain.roots[(index + 1)...]
            let inParents = Set(ancestors.flatMap { names(in: $0) })
            let used = required.contains(name) || included.contains(name) || included.contains(name.replacingOccurrences(of: "/", with: "."))
            guard !inParents.contains(name), !used else { continue }
            let parent = URL(fileURLWithPath: chain.roots[index + 1]).lastPathComponent
            d.warning(SourceLocation(path: root + "/templates/" + name + ".mustache"),
                      ThemeInheritanceMessage.overridesNothing(template: name, parent: parent, meant: meant(name, among: inParents)))
        }
    }

    /// The templates of one theme folder, by name (`partials/header`).
    static func names(in root: String) -> [String] {
        regularFiles(under: root + "/templates").files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    }

    /// The parent's template a child's file was likely meant to replace: a near spelling, else
    /// one in the same folder whose name holds the other's (`partials/site-header` → `partials/header`).
    static func meant(_ name: String, among parents: Set<String>) -> String? {
        let sorted = parents.sorted()
        if let near = Suggestion.nearest(to: name, in: sorted) { return near }
        let folder = (name as NSString).deletingLastPathComponent, base = (name as NSString).lastPathComponent
        return sorted.first { candidate in
            let other = (candidate as NSString).lastPathComponent
            return (candidate as NSString).deletingLastPathComponent == folder && (other.contains(base) || base.contains(other))
        }
    }
}
