/// A survey question's quoted comments: alumni's own words, each consented to, never a name.
struct SurveyCommentsView: Encodable, Sendable {
    var heading: String
    var note: String
    var quotes: [String]
}

/// The survey page's link to its CSV: where, and how big (「CSVでダウンロード」「（1 KB、Excelで開けます）」).
struct SurveyDownloadView: Encodable, Sendable {
    var url: String
    var label: String
    var note: String
}
