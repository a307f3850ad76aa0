import Foundation
import KizunaContent

/// What a build keeps for the next one in `.kizuna-cache/` (beside the content folder, ignored
/// by git): rendered Markdown bodies and rendered news cards, each under a fingerprint of what
/// it was made from (see `ResultCache`).
struct BuildCaches: Sendable {
    let markdown: ResultCache
    let cards: ResultCache

    /// nil when the engine cannot be told apart from another (no executable path).
    init?(folder: String, reading: Bool, engine: String? = InputFingerprint.engine()) {
        guard let engine else { return nil }
        markdown = ResultCache(folder: folder, name: "markdown", engine: engine, reading: reading)
        cards = ResultCache(folder: folder, name: "news-cards", engine: engine, reading: reading)
    }

    func save() {
        markdown.save()
        cards.save()
    }
}
