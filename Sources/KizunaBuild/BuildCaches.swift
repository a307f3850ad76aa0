import Foundation
import KizunaContent

/// What a build keeps for the next one in `.kizuna-cache/` (beside the content folder, ignored
/// by git): rendered Markdown bodies and rendered news cards, each under a fingerprint of what
/// it was made from (see `ResultCache`).
///
/// Whoever can write the folder can write entries that pass their (public) checksum, so nothing
/// from it reaches a page unchecked: a Markdown body is used only if its HTML is what the
/// renderer could make (`RenderedHTMLRules`), which keeps CI's cache warm with no key at all; a
/// news card (template output, which no rule can tell from a forgery) is kept only with a
/// secret (`CacheSecret`), its entries authenticated by a SipHash under it.
struct BuildCaches: Sendable {
    let markdown: ResultCache
    let cards: ResultCache?

    /// nil when the engine cannot be told apart from another (no executable path).
    init?(folder: String, reading: Bool, secret: [UInt8]?, engine: String? = InputFingerprint.engine()) {
        guard let engine else { return nil }
        markdown = ResultCache(folder: folder, name: "markdown", engine: engine, reading: reading)
        cards = secret.map { ResultCache(folder: folder, name: "news-cards", engine: engine, reading: reading, authenticatedBy: SipHash(secret: $0)) }
    }

    func save() {
        markdown.save()
        cards?.save()
    }
}
