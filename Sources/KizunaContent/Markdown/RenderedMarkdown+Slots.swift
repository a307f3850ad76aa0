extension RenderedMarkdown {
    /// The HTML with each `slot(i)` replaced by `values[i]`, in one pass: a body may hold tens of
    /// thousands of internal links, and trying every slot at every quote (`replacingAll`) took
    /// 78 s on a 1 MB post of 13,680 links. A slot without a value is left as it is.
    package func filledSlots(_ values: [String]) -> String {
        let prefix = Array(RenderedMarkdown.slot(0).utf8.dropLast(2))  // `"kizuna:link:`
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64 * values.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == prefix[0], i + prefix.count < bytes.count, bytes[i..<(i + prefix.count)].elementsEqual(prefix) {
                var j = i + prefix.count, index = 0
                while j < bytes.count, (0x30...0x39).contains(bytes[j]), index < values.count {
                    index = index * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                if j > i + prefix.count, j < bytes.count, bytes[j] == UInt8(ascii: "\""), index < values.count {
                    out.append(contentsOf: values[index].utf8)
                    i = j + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
