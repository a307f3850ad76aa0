/// Alumni asking the network: `content/asks/<slug>.yaml`.
public struct AskKind: ItemKind {
    public init() {}
    public var name: String { "ask" }
    public var folder: String { "asks" }
    public var textFields: [String] { ["title", "body", "extra"] }
    public var format: ItemFormat { .yaml }
    public var itemName: String { "ask" }
    public var japaneseItemName: String { "相談" }

    public func read(_ reader: FieldReader, slug: String, body: MarkdownSource?) -> Ask? { Ask.read(reader, slug: slug) }

    /// An `asker:` names a profile of the directory.
    public func check(_ asks: [Ask], in content: Content, _ d: inout Diagnostics) {
        let profiles = Set(content[ProfileKind()].map(\.slug))
        let failedProfiles = content.failed(in: ProfileKind().folder)
        for ask in asks {
            guard let asker = ask.asker, !profiles.contains(asker) else { continue }
            if let broken = failedProfiles.first(where: { $0.slug == asker || ($0.slug == nil && $0.fileName == asker) }) {
                d.warning(ask.at["asker"], AskMessage.askerNotLoaded(asker, path: broken.location.path))
            } else {
                d.error(ask.at["asker"], AskMessage.askerMissing(asker, path: ProfileKind().relativePath(slug: asker)))
            }
        }
    }
}

extension Ask: AudienceItem {}
extension Ask: TaggedItem {}
