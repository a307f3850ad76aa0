import Foundation

/// Reads the aggregate figures back out of rendered pages (Japanese default theme), the way a
/// reader sees them, and turns them into `ReaderTable`s for `DisclosureSolver`.
enum PageFigures {
    static func cell(_ text: String) -> ReaderTable.Cell {
        let t = unescape(text).trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("<") { return .small }
        if t == "—" { return .hidden }
        if let n = Int(t.replacingOccurrences(of: ",", with: "")) { return .printed(n) }
        return .withheld
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (1..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    /// The `<dd>` after a `<dt>` with this text.
    static func fact(_ label: String, in html: String) -> ReaderTable.Cell? {
        matches("<dt>" + NSRegularExpression.escapedPattern(for: label) + "</dt><dd>(.*?)</dd>", in: html).first.map { cell($0[0]) }
    }

    /// Rows of every aggregate table in a fragment: (label, cell).
    static func rows(_ fragment: String) -> [(label: String, cell: ReaderTable.Cell)] {
        matches(#"<th scope="row">(.*?)</th><td class="num">(.*?)</td>"#, in: fragment).map { (unescape($0[0]), cell($0[1])) }
    }

    /// A table read from a fragment: its rows, or nil when withheld (no table printed).
    static func table(_ fragment: String) -> [(label: String, cell: ReaderTable.Cell)]? {
        fragment.contains("<table") ? rows(fragment) : nil
    }

    static let notAnswered = "未回答"

    /// A partition table: an absent "not answered" row means nobody (documented).
    static func partition(_ name: String, _ rows: [(label: String, cell: ReaderTable.Cell)], total: Int, nps: Int? = nil) -> ReaderTable {
        ReaderTable(name: name, kind: .partition, cells: rows.map(\.cell), total: total, nps: nps)
    }

    static func twoCells(_ name: String, _ rows: [(label: String, cell: ReaderTable.Cell)], total: Int) -> [ReaderTable] {
        rows.map { ReaderTable(name: "\(name)/\($0.label)", kind: .twoCell, cells: [$0.cell], total: total) }
    }

    struct Network {
        var members: ReaderTable.Cell?
        var mentors: ReaderTable.Cell?
        var decade: [(label: String, cell: ReaderTable.Cell)]?
        var industry: [(label: String, cell: ReaderTable.Cell)]?
        var interest: [(label: String, cell: ReaderTable.Cell)]?

        /// Everything the page says, as tables with totals; problems when a figure is printed
        /// without its total being printed.
        func tables() -> (tables: [ReaderTable], problems: [String]) {
            guard case .printed(let total)? = members else {
                let printed = [decade, industry, interest].compactMap { $0 }.flatMap { $0 }.filter { $0.cell != .withheld && $0.cell != .small }
                return ([], printed.isEmpty ? [] : ["members are not printed, but \(printed.map(\.label)) are"])
            }
            var t: [ReaderTable] = []
            if let mentors { t.append(ReaderTable(name: "mentors", kind: .twoCell, cells: [mentors], total: total)) }
            if let decade { t.append(PageFigures.partition("decade", decade, total: total)) }
            if let industry { t.append(PageFigures.partition("industry", industry, total: total)) }
            if let interest { t += PageFigures.twoCells("interest", interest, total: total) }
            return (t, [])
        }
    }

    static func section(_ id: String, in html: String) -> String? {
        matches(#"<section aria-labelledby=""# + id + #"">(.*?)</section>"#, in: html).first?[0]
    }

    static func network(_ html: String) -> Network {
        Network(members: fact("集計対象の卒業生", in: html), mentors: fact("メンター登録者", in: html),
                decade: section("by-decade", in: html).flatMap(table), industry: section("by-industry", in: html).flatMap(table),
                interest: section("by-interest", in: html).flatMap(table))
    }

    struct SurveyQuestion {
        var id: String
        var type: String
        var rows: [(label: String, cell: ReaderTable.Cell)]?
        var nps: Int?
    }

    static let typeLabels = ["5段階評価": "likert", "単一回答": "single", "複数回答": "multi", "推奨度（0〜10）": "nps"]

    static func survey(_ html: String) -> (respondents: ReaderTable.Cell?, questions: [SurveyQuestion]) {
        let questions = matches(#"<section class="question"[^>]*aria-labelledby="q-([^"]*)">(.*?)</section>"#, in: html).map { m in
            let meta = matches(#"<p class="meta">([^<·]*)"#, in: m[1]).first?[0].trimmingCharacters(in: .whitespaces) ?? ""
            let nps = matches(#"NPS <strong>([^<]*)</strong>"#, in: m[1]).first.flatMap { Int($0[0].replacingOccurrences(of: "+", with: "")) }
            return SurveyQuestion(id: m[0], type: typeLabels[meta] ?? meta, rows: table(m[1]), nps: nps)
        }
        return (fact("回答者数", in: html), questions)
    }

    static func tables(survey: (respondents: ReaderTable.Cell?, questions: [SurveyQuestion]), name: String) -> (tables: [ReaderTable], problems: [String]) {
        guard case .printed(let total)? = survey.respondents else {
            let printed = survey.questions.compactMap(\.rows).flatMap { $0 }.filter { $0.cell != .withheld && $0.cell != .small }
            return ([], printed.isEmpty ? [] : ["\(name): respondents are not printed, but counts are"])
        }
        var t: [ReaderTable] = []
        for q in survey.questions {
            guard let rows = q.rows else { continue }
            if q.type == "multi" {
                t += twoCells("\(name)/\(q.id)", rows, total: total)
            } else {
                t.append(partition("\(name)/\(q.id)", rows, total: total, nps: q.nps))
            }
        }
        return (t, [])
    }
}
