import Foundation
import KizunaContent

/// JSON-LD for a `<script type="application/ld+json">` element: keys sorted (the same bytes every
/// build), and every character that could end the script element or start an HTML comment
/// escaped (`<`, `>`, `&`), as well as U+2028 and U+2029, which older JavaScript parsers read
/// as line breaks. Control characters become U+FFFD, as in every output (`ControlCharacters`).
enum JSONLD {
    static func script(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        var out = ""
        for scalar in String(decoding: ControlCharacters.replaced(inJSON: data), as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
