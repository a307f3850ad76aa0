import Foundation

/// The preview's reload: every HTML page served gets a small script that long-polls the server
/// for a new build and reloads the page when one is ready (or an error page replaces it). It
/// is only ever added by `kizuna serve`, never to a built site.
enum LiveReload {
    static let endpoint = "/__kizuna/reload"

    /// Waits on the server up to `wait` seconds per request; after a failed request (server
    /// restarting) it retries once a second.
    static func script(version: Int) -> String {
        """
        <script>/* kizuna serve: live reload */(function(){var v=\(version);function poll(){fetch("\(endpoint)?since="+v,{cache:"no-store"}).then(function(r){return r.json()}).then(function(j){if(j.version!==v){location.reload()}else{poll()}}).catch(function(){setTimeout(poll,1000)})}poll()})();</script>
        """
    }

    /// The page with the script before `</body>` (or at the end when there is none).
    static func inject(into html: Data, version: Int) -> Data {
        let script = Data(script(version: version).utf8)
        if let range = html.range(of: Data("</body>".utf8), options: .backwards) {
            var page = html
            page.replaceSubrange(range.lowerBound..<range.lowerBound, with: script)
            return page
        }
        return html + script
    }
}
