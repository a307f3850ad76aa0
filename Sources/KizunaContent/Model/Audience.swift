/// Who may read an item, and who a build is for. A `members` build is served behind the
/// network's login and includes everything; a `public` build only what is marked public.
public enum Audience: String, CaseIterable, Sendable, Comparable {
    case `public`
    case members

    /// Whether an item meant for `item` belongs in a build for `self`.
    public func includes(_ item: Audience) -> Bool { item == .public || self == .members }

    public static func < (a: Audience, b: Audience) -> Bool { a == .public && b == .members }
}
