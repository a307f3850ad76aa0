import Foundation
import KizunaContent

/// The colours templates use where the style sheet cannot reach: the mail digest's inline styles
/// (mail programs read no style sheet) and the browser bar's `<meta name="theme-color">`. They are
/// `theme.yaml`'s `colors:`, merged along the chain name by name like the UI strings, so a company's
/// theme that changes `brand` gets its colour in the mail and the bar too. Templates read them as
/// `{{theme.colors.brand}}`.
///
/// Values end up inside `style` attributes, where HTML escaping does not make CSS safe: only
/// `#rgb` and `#rrggbb` are taken, stored as lower-case `#rrggbb`.
public struct ThemeColors: Sendable, Equatable {
    /// Name → `#rrggbb`.
    public var values: [String: String] = [:]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The colour a template tag reads (`theme.colors.brand` → `brand`), or nil for any other tag.
    static func name(read tag: String) -> String? {
        let prefix = "theme.colors."
        return tag.hasPrefix(prefix) ? String(tag.dropFirst(prefix.count)) : nil
    }

    /// One theme's `colors:` as written, checked for form only.
    struct Written: Sendable {
        var name: String
        var value: String
        var at: SourceLocation
    }

    /// The pairs a template shows one on the other, foreground first: text and links on the mail's
    /// page and cards, and the label of a button in `brand`. Checked when both are defined.
    static let readablePairs: [(String, String)] = [
        ("text", "page"), ("muted", "page"), ("brand", "page"),
        ("text", "card"), ("muted", "card"), ("brand", "card"),
        ("on_brand", "brand"),
    ]

    /// `colors:` of one theme.yaml (read by the chain with `extends`).
    static func read(_ reader: FieldReader) -> [Written] {
        guard let node = reader.value("colors") else { return [] }
        guard case .mapping(let pairs) = node.kind else {
            reader.error(node.location, ThemeColorMessage.notMapping)
            return []
        }
        var written: [Written] = []
        for (key, value) in pairs {
            guard let name = key.scalar else {
                reader.error(key.location, ThemeColorMessage.notMapping)
                continue
            }
            if value.isNull {
                reader.error(value.location, ThemeColorMessage.emptyPerhapsUnquoted(name: name))
            } else if let text = value.scalar, let color = normalized(text.trimmingCharacters(in: .whitespaces)) {
                written.append(Written(name: name, value: color, at: value.location))
            } else {
                reader.error(value.location, ThemeColorMessage.notAColor(name: name, written: value.scalar ?? "…"))
            }
        }
        return written
    }

    /// The chain's colours, `themes` nearest first: the base theme's names are the ones there are
    /// (a theme that extends it may change them, not add a name no template of the base reads,
    /// which is most often a typo); each name takes the nearest theme's value. Pairs shown one on
    /// the other below 4.5:1 are warnings at the nearer of the two lines.
    static func merge(_ themes: [[Written]], _ d: inout Diagnostics) -> ThemeColors {
        var colors = ThemeColors()
        // Where each colour was written, and how near that theme is (0: the theme built).
        var origin: [String: (at: SourceLocation, depth: Int)] = [:]
        var known: Set<String> = []
        for (depth, written) in themes.enumerated().reversed() {
            let isBase = depth == themes.count - 1
            for color in written {
                if !isBase && !known.isEmpty && !known.contains(color.name) {
                    d.error(color.at, ThemeColorMessage.unknownName(name: color.name, meant: Suggestion.nearest(to: color.name, in: known.sorted()),
                                                                    known: known.sorted()))
                    continue
                }
                if isBase { known.insert(color.name) }
                colors.values[color.name] = color.value
                origin[color.name] = (color.at, depth)
            }
        }
        for (foreground, background) in readablePairs {
            guard let a = colors.values[foreground], let b = colors.values[background] else { continue }
            let ratio = contrast(a, b)
            guard ratio < 4.5 else { continue }
            // At the line of the theme nearest the one built: the colour most likely just changed.
            guard let at = [origin[foreground], origin[background]].compactMap({ $0 }).min(by: { $0.depth < $1.depth })?.at else { continue }
            d.warning(at,
                      ThemeColorMessage.lowContrast(foreground: foreground, background: background, ratio: String(format: "%.1f", (ratio * 10).rounded(.down) / 10)))
        }
        return colors
    }

    /// `#rgb` or `#rrggbb` as lower-case `#rrggbb`; nil for anything else.
    static func normalized(_ text: String) -> String? {
        let digits = text.dropFirst()
        // ASCII only: `Character.isHexDigit` also takes the full-width ０–９ and Ａ–Ｆ.
        guard text.first == "#", digits.count == 3 || digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return "#" + (digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : String(digits)).lowercased()
    }

    /// WCAG 2.2's contrast ratio of two `#rrggbb` colours, 1 to 21.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ color: String) -> Double {
            let value = Int(color.dropFirst(), radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { (c: Int) -> Double in
                let s = Double(c) / 255
                return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
