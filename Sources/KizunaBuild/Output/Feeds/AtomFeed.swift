import Foundation
import KizunaContent

/// A feed as Atom 1.0 (RFC 4287): every value escaped for XML, the body as escaped HTML.
enum AtomFeed {
    static let mediaTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                             "webp": "image/webp", "svg": "image/svg+xml"]

    static func xml(_ feed: Feed) -> String {
        func e(_ s: String) -> String { XMLEscape.text(s) }
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(feed.language))">
          <title>\(e(feed.title))</title>

        """
        if let subtitle = feed.subtitle { out += "  <subtitle>\(e(subtitle))</subtitle>\n" }
        out += """
          <id>\(e(feed.homeURL))</id>
          <link rel="self" type="application/atom+xml" href="\(e(feed.feedURL))"/>
          <link rel="alternate" type="text/html" href="\(e(feed.homeURL))"/>
          <updated>\(feed.updated)</updated>
          <author><name>\(e(feed.author))</name></author>
          <generator>Kizuna</generator>

        """
        for entry in feed.entries {
            out += """
              <entry>
                <title>\(e(entry.title))</title>
                <id>\(e(entry.id))</id>
                <link rel="alternate" type="text/html" href="\(e(entry.url))"/>
                <published>\(entry.published)</published>
                <updated>\(entry.updated)</updated>
                <author><name>\(e(entry.author))</name></author>

            """
            for tag in entry.tags {
                out += "    <category term=\"\(e(tag.slug))\" label=\"\(e(tag.name))\" scheme=\"\(e(tag.url))\"/>\n"
            }
            if let image = entry.image {
                let type = mediaTypes[(image as NSString).pathExtension.lowercased()].map { " type=\"\($0)\"" } ?? ""
                out += "    <link rel=\"enclosure\"\(type) href=\"\(e(image))\"/>\n"
            }
            out += """
                <summary type="text">\(e(entry.summary))</summary>
                <content type="html" xml:base="\(e(entry.url))">\(e(entry.contentHTML))</content>
              </entry>

            """
        }
        return out + "</feed>\n"
    }
}
