/// Splits `---`-fenced YAML front matter from a Markdown body. Only the first fenced block at
/// the very top counts, so a `---` later in the body (a rule, or a line in a code block) is body.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// Lines before the YAML text (the opening `---`), for locations inside it.
    public var yamlLineOffset: Int
    public var body: String
    /// 1-based line where the body starts.
    public var bodyLine: Int

    public enum Problem: Error, Equatable {
        case missing
        case unterminated
    }

    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            if isFence(line) || line.trimmingTrailingSpaces == "..." {
                return .success(FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"),
                    yamlLineOffset: 1,
                    body: lines.joined(separator: "\n"),
                    bodyLine: lineNumber + 1
                ))
            }
            yamlLines.append(line)
        }
        return .failure(.unterminated)
    }

    static func isFence(_ line: Substring) -> Bool { line.trimmingTrailingSpaces == "---" }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
