import Foundation
import KizunaContent

/// A fingerprint of a template context: every key (sorted) and value, so two contexts with the
/// same fingerprint render to the same page with the same templates.
enum ContextFingerprint {
    /// A dictionary made once and shown on many pages (a card) carries its own fingerprint under
    /// this key, so each page adds 32 characters instead of walking the card again. Templates
    /// never read it.
    static let key = "_kizuna_fingerprint"

    /// `dictionary` with its own fingerprint added under `key`.
    static func sealed(_ dictionary: [String: Any]) -> [String: Any] {
        var hash = Hash128()
        add(dictionary, to: &hash)
        var sealed = dictionary
        sealed[key] = hash.hex
        return sealed
    }

    // Each kind of value starts with its own tag; strings carry their length (see `Hash128.add`).
    static func add(_ value: Any, to hash: inout Hash128) {
        switch value {
        case let text as String:
            hash.add(word: 1)
            hash.add(text)
        case let flag as Bool:
            hash.add(word: flag ? 2 : 3)
        case let number as Int:
            hash.add(word: 4)
            hash.add(word: UInt64(bitPattern: Int64(number)))
        case let number as Double:
            hash.add(word: 5)
            hash.add(word: number.bitPattern)
        case let list as [Any]:
            hash.add(word: 6)
            hash.add(word: UInt64(list.count))
            for item in list { add(item, to: &hash) }
        case let dictionary as [String: Any]:
            if let sealed = dictionary[key] as? String {
                hash.add(word: 7)
                hash.add(sealed)
                return
            }
            hash.add(word: 8)
            hash.add(word: UInt64(dictionary.count))
            for key in dictionary.keys.sorted() {
                hash.add(key)
                add(dictionary[key]!, to: &hash)
            }
        default:
            // Views produce only the kinds above; anything else must never look unchanged.
            hash.add("?\(UUID().uuidString)")
        }
    }
}
