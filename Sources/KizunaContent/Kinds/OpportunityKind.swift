/// Rehire positions, contract work and mentor roles: `content/opportunities/<slug>.yaml`.
public struct OpportunityKind: ItemKind {
    public init() {}
    public var name: String { "opportunity" }
    public var folder: String { "opportunities" }
    public var textFields: [String] { ["title", "summary", "description", "department", "location", "engagement.format", "engagement.frequency", "engagement.mentees", "extra"] }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "opportunity" }
    public var japaneseItemName: String { "募集" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Opportunity? { Opportunity.read(reader, slug: slug) }
}

extension Opportunity: AudienceItem {}
extension Opportunity: TaggedItem {}
