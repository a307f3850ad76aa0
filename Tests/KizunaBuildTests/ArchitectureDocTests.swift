import Foundation
import Testing

/// docs/ARCHITECTURE.md teaches the code: every type, file, folder and function it names in
/// backticks must exist in Sources/, so the guide cannot drift from the code it describes.
@Suite struct ArchitectureDocTests {
    /// Every Swift file under Sources/ and Tests/, relative to the repository
    /// (`Sources/KizunaSite/Route/Route.swift`): the guide may name a test that shows a rule.
    static let swiftFiles: [String] = ["Sources", "Tests"].flatMap { folder in
        let all = FileManager.default.enumerator(atPath: Repo.root + "/" + folder)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".swift") && !$0.contains("Fixtures/") }.map { folder + "/" + $0 }
    }.sorted()

    static let source: String = swiftFiles.map { (try? String(contentsOfFile: Repo.root + "/" + $0, encoding: .utf8)) ?? "" }.joined(separator: "\n")

    /// Folders a build makes, not in the repository.
    static let generated: Set<String> = ["site/"]

    /// Names from the standard library and Foundation the guide may use.
    static let platform: Set<String> = ["Sendable", "Encodable", "Hashable", "Codable", "String"]

    /// What a backticked span names, when it names code.
    enum Name: Equatable {
        case path(String)
        case type(String)
        case member(type: String?, name: String, labels: [String]?)
    }

    static func classify(_ span: String) -> Name? {
        if span.range(of: #"^([A-Za-z0-9_+-]+/)+([A-Za-z0-9_+-]+\.swift)?$"#, options: .regularExpression) != nil
            || span.range(of: #"^[A-Za-z0-9_+-]+\.swift$"#, options: .regularExpression) != nil {
            return .path(span)
        }
        if span.range(of: "^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$", options: .regularExpression) != nil { return .type(span) }
        // `Type.member`, `Type.member(_:)`, `member(for:)`, `Type.member()`.
        let pattern = "^(?:([A-Z][A-Za-z0-9_]*)\\.)?([a-z][A-Za-z0-9_]*)(\\(((?:[A-Za-z_]+:)*)\\))?$"
        guard let match = try? NSRegularExpression(pattern: pattern).firstMatch(in: span, range: NSRange(span.startIndex..., in: span)) else { return nil }
        func group(_ n: Int) -> String? { Range(match.range(at: n), in: span).map { String(span[$0]) } }
        let type = group(1), name = group(2)!
        // A bare lower-case word (`check`, `broken`) is prose or a field, not a claim about code.
        guard type != nil || group(3) != nil else { return nil }
        let labels = group(3).map { _ in (group(4) ?? "").split(separator: ":").map(String.init) }
        return .member(type: type, name: name, labels: labels)
    }

    static func exists(_ name: Name) -> Bool {
        switch name {
        case .path(let path):
            if generated.contains(path) { return true }
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            if FileManager.default.fileExists(atPath: Repo.root + "/" + trimmed) { return true }
            return swiftFiles.contains { $0.hasSuffix("/" + trimmed) || $0.contains("/" + trimmed + "/") }
        case .type(let type):
            return platform.contains(type) || isTarget(type)
                || source.range(of: #"\b(struct|class|enum|protocol|actor|typealias) \#(type)\b"#, options: .regularExpression) != nil
        case .member(let type, let member, let labels):
            if let type, !(platform.contains(type) || exists(.type(type))) { return false }
            guard let labels else {
                return source.range(of: #"\b(func|var|let|case) \#(member)\b"#, options: .regularExpression) != nil
            }
            // A function with these argument labels, in order (`_` for none).
            let declarations = source.components(separatedBy: "func \(member)(").dropFirst()
            return declarations.contains { rest in
                let parameters = rest.prefix { $0 != ")" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                let found = parameters.filter { !$0.isEmpty }.map { String($0.prefix { $0 != " " && $0 != ":" }) }
                return found == labels
            }
        }
    }

    static func isTarget(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: Repo.root + "/Sources/" + name)
    }

    static func spans(in text: String) -> [String] {
        // Inline code only: fenced blocks are diagrams.
        var spans: [String] = [], inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence else { continue }
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            spans += stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
        }
        return spans
    }

    @Test func everyNameTheArchitectureGuideGivesExists() throws {
        let text = try String(contentsOfFile: Repo.root + "/docs/ARCHITECTURE.md", encoding: .utf8)
        let names = Self.spans(in: text).compactMap { span in Self.classify(span).map { (span, $0) } }
        #expect(names.count > 60, "the guide names the code it describes: \(names.count)")
        let missing = names.filter { !Self.exists($0.1) }.map(\.0)
        #expect(missing.isEmpty, "docs/ARCHITECTURE.md names what Sources/ does not have: \(missing)")
    }

    @Test func theCheckTellsNamesThatDoNotExist() {
        #expect(!Self.exists(.type("PageRoutes")))
        #expect(!Self.exists(.member(type: nil, name: "files", labels: ["for"])))
        #expect(!Self.exists(.path("Route/PageRoutes.swift")))
        #expect(Self.exists(.member(type: nil, name: "absoluteURL", labels: ["_"])))
        #expect(Self.classify("routes(for:theme:)") == .member(type: nil, name: "routes", labels: ["for", "theme"]))
        #expect(Self.classify("Build.run") == .member(type: "Build", name: "run", labels: nil))
        #expect(Self.classify("check") == nil)
        #expect(Self.classify("Load/NewsPost+Load.swift") == .path("Load/NewsPost+Load.swift"))
    }
}
