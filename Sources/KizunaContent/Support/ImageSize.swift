import Foundation

/// The pixel size of an image, read from its header, so pages can give every `<img>` its
/// `width` and `height` and the browser reserves the space before the image arrives (no layout
/// shift). PNG, GIF, JPEG, WebP (lossy, lossless, extended) and SVG (`width`/`height` in pixels,
/// else the `viewBox`); nil for anything else or a damaged header. No image library: only the
/// first bytes are read, and every offset is checked.
public struct ImageSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The file extensions the reader knows, lower-case.
    public static let extensions: Set<String> = ["png", "gif", "jpg", "jpeg", "webp", "svg"]

    public static func of(file path: String) -> ImageSize? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // A JPEG's size comes after its EXIF and other segments, which may be up to 64 KiB each.
        guard let data = try? handle.read(upToCount: 512 * 1024) else { return nil }
        return of(bytes: [UInt8](data))
    }

    public static func of(bytes b: [UInt8]) -> ImageSize? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func valid(_ w: Int, _ h: Int) -> ImageSize? { w > 0 && h > 0 ? ImageSize(width: w, height: h) : nil }

        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), Array(b[12..<16]) == Array("IHDR".utf8) {
            return valid(be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) {
            return valid(le16(6), le16(8))
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 { return jpeg(b) }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8 " where b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A:
                return valid(le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L" where b[20] == 0x2F:
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                return valid((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            case "VP8X":
                return valid(le24(24) + 1, le24(27) + 1)
            default:
                return nil
            }
        }
        return svg(String(decoding: b.prefix(64 * 1024), as: UTF8.self))
    }

    /// Walks the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
    static func jpeg(_ b: [UInt8]) -> ImageSize? {
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }  // no length
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard i + 9 <= b.count else { return nil }
                let height = Int(b[i + 5]) << 8 | Int(b[i + 6]), width = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return width > 0 && height > 0 ? ImageSize(width: width, height: height) : nil
            }
            if marker == 0xDA || marker == 0xD9 { return nil }  // image data or end before any frame
            i += 2 + length
        }
        return nil
    }

    /// The root `<svg>` element's `width` and `height` when both are plain numbers or `px`,
    /// else its `viewBox`; rounded to whole pixels.
    static func svg(_ text: String) -> ImageSize? {
        var rest = text[...]
        // Skip the prolog, comments and doctype: the first element must be <svg.
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[open...]
            if tag.hasPrefix("<?") || tag.hasPrefix("<!--") || tag.hasPrefix("<!") {
                let end = tag.hasPrefix("<!--") ? tag.range(of: "-->")?.upperBound : tag.firstIndex(of: ">").map { tag.index(after: $0) }
                guard let end else { return nil }
                rest = rest[end...]
                continue
            }
            guard tag.hasPrefix("<svg"), let close = tag.firstIndex(of: ">") else { return nil }
            let element = tag[..<close]
            func attribute(_ name: String) -> String? {
                for quote in ["\"", "'"] {
                    if let r = element.range(of: " \(name)=\(quote)") ?? element.range(of: "\n\(name)=\(quote)") ?? element.range(of: "\t\(name)=\(quote)"),
                       let end = element[r.upperBound...].firstIndex(of: Character(quote)) {
                        return String(element[r.upperBound..<end])
                    }
                }
                return nil
            }
            func pixels(_ value: String?) -> Double? {
                guard var v = value?.trimmingCharacters(in: .whitespaces) else { return nil }
                if v.hasSuffix("px") { v.removeLast(2) }
                return Double(v).flatMap { $0 > 0 && $0 < 1e6 ? $0 : nil }
            }
            if let w = pixels(attribute("width")), let h = pixels(attribute("height")) {
                return ImageSize(width: Int(w.rounded()), height: Int(h.rounded()))
            }
            let box = (attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            guard box.count == 4, box[2] > 0, box[3] > 0, box[2].isFinite, box[3].isFinite, box[2] < 1e6, box[3] < 1e6 else { return nil }
            return ImageSize(width: max(1, Int(box[2].rounded())), height: max(1, Int(box[3].rounded())))
        }
        return nil
    }
}
