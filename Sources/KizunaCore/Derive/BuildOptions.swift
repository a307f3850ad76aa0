import Foundation

/// What a build is for: the audience, the moment it describes, and whether drafts show.
public struct BuildOptions: Sendable {
    public var audience: Audience
    /// "Now" decides what is published, upcoming or closed. Never read from the clock deeper in.
    public var now: Date
    public var drafts: Bool

    public init(audience: Audience = .public, now: Date, drafts: Bool = false) {
        self.audience = audience
        self.now = now
        self.drafts = drafts
    }
}
