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

    /// Finds the lines over the UTF-8 bytes: splitting the whole file into `Character` lines
    /// and joining the body again cost a tenth of a large build.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart = utf8.startIndex
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: newline) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd == utf8.endIndex ? utf8.endIndex : utf8.index(after: lineEnd)
            lineNumber += 1
            if lineNumber == 1 {
                guard isFence(line) else { return .failure(.missing) }
                yamlStart = next
            } else if isFence(line) || line.trimmingTrailingSpaces == "..." {
                // The YAML is the lines between the fences, without the last line break.
                let yamlEnd = lineStart > yamlStart ? utf8.index(before: lineStart) : yamlStart
                return .success(FrontMatter(
                    yaml: String(text[yamlStart..<yamlEnd]),
                    yamlLineOffset: 1,
                    body: String(text[next...]),
                    bodyLine: lineNumber + 1
                ))
            }
            guard lineEnd != utf8.endIndex else { return .failure(.unterminated) }
            lineStart = next
        }
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
