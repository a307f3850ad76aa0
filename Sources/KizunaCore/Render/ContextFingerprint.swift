import Foundation

/// A fingerprint of a template context: every key (sorted) and value, so two contexts with the
/// same fingerprint render to the same page with the same templates.
enum ContextFingerprint {
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
