import Foundation

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

    static func add(_ value: Any, to hash: inout Hash128) {
        switch value {
        case let text as String:
            hash.add("s\(text.utf8.count):")
            hash.add(text)
        case let flag as Bool:
            hash.add(flag ? "T" : "F")
        case let number as Int:
            hash.add("i\(number);")
        case let number as Double:
            hash.add("d\(number.bitPattern);")
        case let list as [Any]:
            hash.add("[\(list.count)")
            for item in list { add(item, to: &hash) }
            hash.add("]")
        case let dictionary as [String: Any]:
            if let sealed = dictionary[key] as? String {
                hash.add("c")
                hash.add(sealed)
                return
            }
            hash.add("{\(dictionary.count)")
            for key in dictionary.keys.sorted() {
                hash.add("k\(key.utf8.count):")
                hash.add(key)
                add(dictionary[key]!, to: &hash)
            }
            hash.add("}")
        default:
            // Views produce only the kinds above; anything else must never look unchanged.
            hash.add("?\(UUID().uuidString)")
        }
    }
}
