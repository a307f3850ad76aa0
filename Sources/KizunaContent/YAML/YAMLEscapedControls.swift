/// The escapes of a double-quoted YAML scalar that make a character no output may carry
/// (`ControlCharacters`): `"\0"`, `"\v"`, `"\e"`, `"\x7f"`, `"\N"`, `"\u009b"`, `"\uFFFE"` …
/// libyaml refuses such characters written raw, so an escape is how one gets into a value; it is
/// located here at its backslash, so the editor finds what the value does not show.
enum YAMLEscapedControls {
    struct Found {
        /// Characters from the start of `source`.
        var offset: Int
        var character: Unicode.Scalar
        /// The escape as written, `\v`.
        var written: String
    }

    /// - Parameter source: the scalar as written, from its opening quote.
    static func find(inDoubleQuoted source: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < source.count {
            guard source[i] == "\\", i + 1 < source.count else { i += 1; continue }
            let letter = source[i + 1]
            var digits = 0
            var value: UInt32?
            switch letter {
            case "0": value = 0x00
            case "a": value = 0x07
            case "b": value = 0x08
            case "v": value = 0x0B
            case "f": value = 0x0C
            case "r": value = 0x0D
            case "e": value = 0x1B
            case "N": value = 0x85
            case "x": digits = 2
            case "u": digits = 4
            case "U": digits = 8
            default: break  // \t \n \" \\ \/ \_ \L \P, a folded line: nothing refused
            }
            if digits > 0, i + 2 + digits <= source.count {
                value = UInt32(String(String.UnicodeScalarView(source[(i + 2)..<(i + 2 + digits)])), radix: 16)
            }
            let length = 2 + digits
            if let value, let character = Unicode.Scalar(value), ControlCharacters.isRefused(character) {
                let end = min(source.count, i + length)
                found.append(Found(offset: i, character: character, written: String(String.UnicodeScalarView(source[i..<end]))))
            }
            i += length
        }
        return found
    }
}
