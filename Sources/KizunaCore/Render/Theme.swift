import Foundation
import Mustache

/// A theme folder: Mustache templates (pages, `layouts/`, `partials/`), UI strings in
/// `i18n/<lang>.yaml` and assets copied to `/assets/`. Loading checks every template and every
/// partial or layout a template names, so a typo is a located error, not a blank page.
public struct Theme: Sendable {
    public var directory: String
    public var library: MustacheLibrary
    public var templateNames: Set<String>
    public var strings: Strings
    public var assets: [StaticFile]

    /// Templates every theme must have: one per kind of page the build writes.
    public static let requiredTemplates = [
        "home", "news-list", "news-post", "news-tags", "news-tag", "events", "event", "opportunities",
        "opportunity-kind", "opportunity", "directory", "profile", "network", "surveys", "survey",
        "asks", "ask", "page", "404",
    ]

    public static func load(from directory: String, language: String) -> Result<Theme, BuildFailure> {
        var d = Diagnostics()
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let templatesDir = root + "/templates"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templatesDir, isDirectory: &isDirectory), isDirectory.boolValue else {
            d.error(SourceLocation(path: templatesDir), "theme has no templates/ folder (is --theme pointing at a theme?)")
            return .failure(BuildFailure(d.sorted))
        }
        var library = MustacheLibrary()
        var sources: [String: (path: String, text: String)] = [:]
        for relative in regularFiles(under: templatesDir).files where relative.hasSuffix(".mustache") {
            let path = templatesDir + "/" + relative
            guard let file = SourceFile.read(path, diagnostics: &d) else { continue }
            let name = String(relative.dropLast(".mustache".count))
            do {
                let template = try MustacheTemplate(string: file.text)
                library.register(template, named: name)
                sources[name] = (path, file.text)
                // swift-mustache 2.1 cannot close `{{<layouts/base}}…{{/layouts/base}}` (no '/' in
                // section names), so every template also answers to its dotted name: `layouts.base`.
                if name.contains("/") { library.register(template, named: name.replacingOccurrences(of: "/", with: ".")) }
            } catch let error as MustacheTemplate.ParserError {
                d.error(SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                        "template syntax error: \(error.error)")
            } catch {
                d.error(SourceLocation(path: path), "template syntax error: \(error)")
            }
        }
        let names = Set(sources.keys).union(sources.keys.map { $0.replacingOccurrences(of: "/", with: ".") })
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateReferences.find(in: source.text) where !names.contains(reference.name) {
                d.error(SourceLocation(path: source.path, line: reference.line, column: reference.column),
                        "template '\(reference.name)' does not exist in \(templatesDir)/ (referenced by '\(name)')")
            }
        }
        for required in requiredTemplates where !names.contains(required) && d.errors.isEmpty {
            d.error(SourceLocation(path: templatesDir + "/" + required + ".mustache"), "the theme has no '\(required)' template")
        }

        let strings = Strings.load(themeDirectory: root, language: language, diagnostics: &d)
        let assetsDir = root + "/assets"
        let assets = regularFiles(under: assetsDir).files.map { StaticFile(path: $0, sourcePath: assetsDir + "/" + $0) }
        if d.hasErrors { return .failure(BuildFailure(d.sorted)) }
        return .success(Theme(directory: root, library: library, templateNames: names, strings: strings, assets: assets))
    }

    /// Renders a page template; nil only if the template is missing, which `load` rules out.
    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}

/// Finds `{{>name}}` and `{{<name}}` in a template, with their positions.
enum TemplateReferences {
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let markIndex = text.index(index, offsetBy: 2, limitedBy: text.endIndex),
               markIndex < text.endIndex, text[markIndex] == ">" || text[markIndex] == "<" {
                let nameStart = text.index(after: markIndex)
                if let close = text[nameStart...].range(of: "}}") {
                    let name = text[nameStart..<close.lowerBound].trimmed
                    // `{{>*dynamic}}` names come from data and cannot be checked here.
                    if !name.hasPrefix("*") { references.append(Reference(name: name, line: line, column: column)) }
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return references
    }
}
