import KizunaContent

extension RouteTarget {
    /// A survey's printed figures as CSV, beside its page: `surveys/<slug>/results.csv`.
    public static func surveyResults(_ slug: String) -> RouteTarget {
        RouteTarget(path: "surveys/\(slug)/results.csv", section: "surveys", described: PageName.surveyResults(slug).text)
    }
}
