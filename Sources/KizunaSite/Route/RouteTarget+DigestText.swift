import KizunaContent

extension RouteTarget {
    /// A month's digest as plain text, beside its page: `digest/<yyyy-mm>/index.txt`.
    public static func digestText(_ month: YearMonth) -> RouteTarget {
        RouteTarget(path: "digest/\(month)/index.txt", section: "digest", described: PageName.digestText(month: month.description).text)
    }
}
