/// GitHub-style heading ids that keep Japanese: `## 参加方法 (2025)` → `参加方法-2025`.
/// Letters and digits of any script stay, spaces become `-`, other punctuation goes.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    mutating func make(for text: String) -> String {
        var id = ""
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || scalar == "-" || scalar == "_" {
                id.unicodeScalars.append(scalar)
            } else if p.isWhitespace {
                id.append("-")
            }
        }
        if id.isEmpty { id = "section" }
        // Same text twice in a page: the second gets -1, like GitHub.
        if let count = used[id] {
            used[id] = count + 1
            var candidate = "\(id)-\(count)"
            while used[candidate] != nil { candidate += "-1" }
            used[candidate] = 1
            return candidate
        }
        used[id] = 1
        return id
    }
}
