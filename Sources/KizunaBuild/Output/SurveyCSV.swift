import Foundation

/// A survey's printed figures as CSV (RFC 4180), made from the page's own view: every label,
/// count and share is the string the page prints (「5未満」, 「非公開」 and bands such as 「0〜3」
/// included), so the file can say nothing the page does not. Comments are not figures and are
/// never written here.
///
/// UTF-8 with a byte-order mark (Excel reads a file without one as the system's code page and
/// garbles Japanese), CRLF line ends, every field quoted when it holds a comma, a quote or a line
/// break, quotes doubled. A field that a spreadsheet would read as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, which spreadsheets show
/// as text and do not display; so does one that starts with an apostrophe, so reading strips
/// exactly one leading apostrophe. An NPS of +23 is written `'+23`.
struct SurveyCSV {
    /// The header row's names and the words of the rows that are not a table's.
    struct Words {
        var questionID: String
        var question: String
        var option: String
        var count: String
        var share: String
        var respondents: String
        var nps: String
        var withheld: String
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The rows: the header, respondents, then each question's table rows as printed, its NPS
    /// when printed, or one 「非公開」 row for a table the page withholds.
    static func rows(_ view: SurveyView, _ w: Words) -> [[String]] {
        var rows = [[w.questionID, w.question, w.option, w.count, w.share], ["", w.respondents, "", view.respondents, ""]]
        for q in view.questions ?? [] {
            if q.results.withheld || q.results.rows == nil {
                rows.append([q.id, q.text, "", w.withheld, ""])
            }
            for row in q.results.rows ?? [] {
                rows.append([q.id, q.text, row.label, row.count, row.share ?? ""])
            }
            if let nps = q.nps { rows.append([q.id, q.text, w.nps, nps, ""]) }
        }
        return rows
    }

    static func data(_ view: SurveyView, _ words: Words) -> Data {
        var data = Data(byteOrderMark)
        data.append(contentsOf: text(rows(view, words)).utf8)
        return data
    }

    static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: neutralised against formulas, then quoted if it must be.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r'".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
