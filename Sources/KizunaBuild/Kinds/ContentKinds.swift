import KizunaContent
import KizunaSite

/// The registry of content kinds a build reads: the portal's own, in the order the portal
/// lists them (its pages, the sitemap, the search index), and any registered after them.
public struct ContentKinds: Sendable {
    public private(set) var all: [any ContentKind]

    public static let builtIn = ContentKinds(all: [
        NewsKind(), EventKind(), OpportunityKind(), ProfileKind(), StatsKind(), SurveyKind(), AskKind(), FreePageKind(),
    ])

    /// A kind whose folder or name is already taken.
    public struct Clash: Error, CustomStringConvertible {
        public var description: String
    }

    /// Adds a kind after the others. Its folder and its name must be new.
    public mutating func register(_ kind: some ContentKind) throws(Clash) {
        if let taken = all.first(where: { $0.folder == kind.folder || $0.name == kind.name }) {
            throw Clash(description: "the content kind '\(kind.name)' (folder \(kind.folder)/) clashes with '\(taken.name)' (folder \(taken.folder)/)")
        }
        all.append(kind)
    }

    /// A copy with `kind` registered.
    public func registering(_ kind: some ContentKind) throws(Clash) -> ContentKinds {
        var kinds = self
        try kinds.register(kind)
        return kinds
    }

    /// As the Load and Validate stages take them.
    public var items: [any ItemKind] { all.map { $0 } }
    /// As the Derive and Route stages take them.
    public var published: [any PublishedKind] { all.map { $0 } }
    /// Every template a kind's pages use.
    public var templates: [String] { all.flatMap(\.templates) }
    /// The main navigation: each kind's page, in the registry's order.
    public var navigation: [RouteTarget] { all.compactMap(\.navigation) }
    /// Every UI string key the kinds' views look up, and their navigation's.
    public var strings: Set<String> { Set(all.flatMap(\.strings) + navigation.map { "nav.\($0.section)" }) }
}
