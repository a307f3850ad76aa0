import Foundation
import Testing
@testable import KizunaServe

/// The preview's request reading and checks, without a socket: every attack on `kizuna serve`
/// that is about what a request says (the raw-socket attacks are in ServeHardeningTests).
@Suite struct ServeRequestTests {
    static let limits = RequestReader.Limits()

    /// Feeds `bytes` in chunks of `chunk` and returns every head read, or the refusal.
    static func read(_ bytes: [UInt8], chunk: Int = 4096, limits: RequestReader.Limits = limits) -> (heads: [RequestHead], refusal: Refusal?, fed: Int, work: Int) {
        var reader = RequestReader(limits: limits)
        var heads: [RequestHead] = []
        var fed = 0
        while fed < bytes.count {
            let next = bytes[fed..<min(bytes.count, fed + chunk)]
            reader.receive(next)
            fed += next.count
            do {
                while let head = try reader.nextHead() {
                    heads.append(head)
                    if case .length(let count)? = try? head.body() { reader.skipBody(count) }
                }
            } catch {
                return (heads, error, fed, reader.work)
            }
        }
        return (heads, nil, fed, reader.work)
    }

    static func read(_ text: String, chunk: Int = 4096) -> (heads: [RequestHead], refusal: Refusal?, fed: Int, work: Int) {
        read(Array(text.utf8), chunk: chunk)
    }

    @Test func aHeadIsReadTheSameWhateverTheChunks() throws {
        let text = "GET /portal/news/?since=3 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\nConnection: keep-alive\r\n\r\n"
        let whole = Self.read(text)
        let head = try #require(whole.heads.first)
        #expect(head == RequestHead(method: "GET", target: "/portal/news/?since=3", version: .http11,
                                    fields: [.init(name: "host", value: "127.0.0.1:8000"), .init(name: "accept", value: "text/html"),
                                             .init(name: "connection", value: "keep-alive")]))
        for chunk in [1, 2, 3, 7, 64] {
            #expect(Self.read(text, chunk: chunk).heads == [head], "chunks of \(chunk)")
        }
        // Bare line feeds are line ends too (RFC 9112 §2.2), and empty lines before a request are passed over.
        #expect(Self.read("\r\n\nGET / HTTP/1.1\nHost: localhost\n\n").heads.map(\.target) == ["/"])
    }

    @Test func pipelinedRequestsAndSmallBodiesArePassedOverInOrder() {
        let text = "GET /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nGET /xGET /b HTTP/1.1\r\nHost: localhost\r\n\r\nGET /c HTTP/1.0\r\n\r\n"
        for chunk in [1, 5, 4096] {
            let read = Self.read(text, chunk: chunk)
            #expect(read.refusal == nil)
            #expect(read.heads.map(\.target) == ["/a", "/b", "/c"], "chunks of \(chunk): the body 'GET /x' is not a request")
        }
        #expect(Self.read(text).heads.last?.version == .http10)
        #expect(Self.read(text).heads.last?.wantsClose == true, "HTTP/1.0 closes unless it asks to keep alive")
        #expect(Self.read(text).heads.first?.wantsClose == false)
    }

    /// A request line over 8 KB is refused as soon as 8 KB have come without a line end: the
    /// reader never holds more than the limit and one read, however long the line (the 2 MB
    /// attack costs what 12 KB does).
    @Test func aLongRequestLineIsRefusedAtTheLimit() throws {
        let atLimit = "GET /" + String(repeating: "a", count: Self.limits.requestLine - 14) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        #expect(Self.read(atLimit).heads.count == 1, "8,192 bytes are fine")
        let over = "GET /" + String(repeating: "a", count: Self.limits.requestLine - 13) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        #expect(Self.read(over).refusal?.status == .uriTooLong)
        let huge = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 2_000_000)
        let read = Self.read(huge)
        #expect(read.refusal?.status == .uriTooLong)
        #expect(read.fed <= Self.limits.requestLine + 4096, "refused after \(read.fed) bytes")
    }

    @Test func headerFieldsOverTheirLimitAreRefusedAtTheLimit() {
        let field = "X-Padding: " + String(repeating: "b", count: 1000) + "\r\n"  // 1,013 bytes
        let fitting = "GET / HTTP/1.1\r\n" + String(repeating: field, count: 64) + "\r\n"
        #expect(Self.read(fitting).heads.count == 1, "64 fields of 1,013 bytes fit in 64 KB")
        let over = "GET / HTTP/1.1\r\n" + String(repeating: field, count: 65) + "\r\n"
        #expect(Self.read(over).refusal?.status == .headerFieldsTooLarge)
        // One 2 MB field: refused once 64 KB of it have come.
        let huge = Array("GET / HTTP/1.1\r\nHost: localhost\r\nX: ".utf8) + [UInt8](repeating: UInt8(ascii: "c"), count: 2_000_000)
        let read = Self.read(huge)
        #expect(read.refusal?.status == .headerFieldsTooLarge)
        #expect(read.fed <= Self.limits.headerSection + 4096 + 40, "refused after \(read.fed) bytes")
        // Many small fields.
        let many = "GET / HTTP/1.1\r\n" + (0..<201).map { "X\($0): 1\r\n" }.joined() + "\r\n"
        #expect(Self.read(many).refusal?.status == .headerFieldsTooLarge)
    }

    /// FlyingFox's reader took 1.9 s for 50 KB of header and minutes for 2 MB (quadratic). This
    /// one looks at each byte about once, whatever the cuts: checked by its own count of the bytes
    /// it looks at or moves, not by a clock.
    @Test func readingIsLinearInTheBytesReceived() {
        let field = "X-Padding: " + String(repeating: "b", count: 60_000) + "\r\n"
        let bigHead = "GET / HTTP/1.1\r\nHost: localhost\r\n" + field + "\r\n"
        let pipelined = String(repeating: "GET /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc", count: 2000)
        let longLine = "GET /" + String(repeating: "a", count: 8000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"
        for (name, text) in [("a 60 KB field", bigHead), ("2,000 pipelined requests", pipelined), ("an 8 KB line", longLine)] {
            for chunk in [1, 100, 4096] {
                let read = Self.read(text, chunk: chunk)
                #expect(read.refusal == nil, "\(name)")
                #expect(read.work <= 2 * text.utf8.count, "\(name) in chunks of \(chunk): \(read.work) bytes looked at or moved for \(text.utf8.count)")
            }
        }
        #expect(Self.read(pipelined).heads.count == 2000)
    }

    @Test func malformedRequestsAreRefused() {
        let cases: [(request: String, status: Int)] = [
            ("GET  / HTTP/1.1\r\n\r\n", 400),                   // two spaces
            ("GET / HTTP/1.1 \r\n\r\n", 400),
            ("GET /a\u{0}b HTTP/1.1\r\n\r\n", 400),             // NUL in the raw target
            ("GET /a\rb HTTP/1.1\r\n\r\n", 400),                // a bare CR
            ("GET /\u{e9} HTTP/1.1\r\n\r\n", 400),              // raw non-ASCII
            ("G\u{1}T / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\n\r\n", 505),
            ("GET / HTTP/0.9\r\n\r\n", 505),
            ("GET / FTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\n folded: line\r\n\r\n", 400),   // obsolete line folding
            ("GET / HTTP/1.1\r\nHost : localhost\r\n\r\n", 400), // space before the colon
            ("GET / HTTP/1.1\r\n: no name\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", 400),       // NUL in a value
            ("GET / HTTP/1.1\r\nX: a\u{1b}[31mb\r\n\r\n", 400),  // an escape sequence in a value
        ]
        for (request, status) in cases {
            #expect(Self.read(request).refusal?.status.code == status, "\(LogText.escaped(Array(request.utf8)))")
        }
    }

    @Test func bodyFramingThatCouldSmuggleARequestIsRefused() throws {
        func body(_ fields: String) throws -> RequestHead.Body {
            let head = try #require(Self.read("GET / HTTP/1.1\r\n\(fields)\r\n").heads.first)
            return try head.body()
        }
        #expect(try body("Content-Length: 12\r\n") == .length(12))
        #expect(try body("Content-Length: 12\r\nContent-Length: 12\r\n") == .length(12))
        #expect(try body("") == .none)
        #expect(try body("Transfer-Encoding: chunked\r\n") == .chunked)
        for fields in ["Content-Length: 12\r\nContent-Length: 13\r\n", "Content-Length: 12, 13\r\n", "Content-Length: -1\r\n",
                       "Content-Length: +5\r\n", "Content-Length: 99999999999999999999\r\n", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"] {
            #expect(throws: Refusal.self, "\(fields.debugDescription)") { try body(fields) }
        }
    }

    @Test func percentDecodingGivesUTF8WithoutControlsOrIsRefused() throws {
        #expect(try RequestTarget("/portal/news/").path == "/portal/news/")
        #expect(try RequestTarget("/portal/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/").path == "/portal/ニュース/")
        #expect(try RequestTarget("/portal/%2e%2e/%2E%2E/etc/passwd").path == "/portal/../../etc/passwd", "decoded as asked; the handler refuses dot names")
        let reload = try RequestTarget("/__kizuna/reload?since=4&x&q=%E6%97%A5+b")
        #expect(reload.path == "/__kizuna/reload")
        #expect(reload.query.map { "\($0.name)=\($0.value)" } == ["since=4", "x=", "q=日+b"])
        for target in ["/%ff", "/%c0%ae%c0%ae/etc/passwd", "/%e0%80%af", "/%ed%a0%80", "/%f4%90%80%80", "/a%e3%83", // not UTF-8
                       "/portal/%00", "/%0a", "/%0d%0aSet-Cookie:x", "/%7f", "/%c2%85", "/%1b[2J", "/?q=%00",          // controls
                       "/%", "/%f", "/%zz", "/%%41",                                                                       // malformed escapes
                       "http://evil.example/", "*", "example.org:443", "/a#b"] {                                          // not a path
            #expect(throws: Refusal.self, "\(target)") { try RequestTarget(target) }
            #expect((try? RequestTarget(target)) == nil)
        }
    }

    @Test func theHostMustBeOneThePreviewAnswersTo() {
        let hosts = AllowedHosts(port: 8766, given: ["myspace-8000.app.github.dev", "*.preview.example.org"])
        for host in ["127.0.0.1", "127.0.0.1:8766", "localhost", "LOCALHOST:8766", "[::1]", "[::1]:8766",
                     "myspace-8000.app.github.dev", "MySpace-8000.app.github.dev:443", "a.preview.example.org", "b.c.preview.example.org:8766"] {
            #expect(hosts.admits(host), "\(host)")
        }
        for host in ["evil.example", "evil.example:8766", "127.0.0.1:8767", "localhost:80", "[::1]:1", "localhost.evil.example",
                     "127.0.0.1.evil.example", "preview.example.org", "xpreview.example.org", "other-8000.app.github.dev",
                     "localhost:", "localhost:8766x", "localhost:99999", "[::1", "::1", "127.0.0.1:8766@evil.example", "", " localhost"] {
            #expect(!hosts.admits(host), "\(host)")
        }
    }

    /// In a GitHub Codespace the preview answers to the Codespace's forwarded name of the port it
    /// is bound to, exactly: not another port's, another Codespace's, or a name under it.
    @Test func aCodespaceAdmitsItsForwardedNameOfTheBoundPortOnly() throws {
        let environment = ["CODESPACES": "true", "CODESPACE_NAME": "Fuzzy-Space-Disco-4j7q",
                           "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN": "app.github.dev"]
        guard case .forwarding(let codespace) = CodespacesForwarding.read(environment) else {
            Issue.record("not read: \(CodespacesForwarding.read(environment))")
            return
        }
        #expect(codespace.hostName(port: 8123) == "fuzzy-space-disco-4j7q-8123.app.github.dev")
        let hosts = AllowedHosts(port: 8123, given: [], codespace: codespace)
        for host in ["fuzzy-space-disco-4j7q-8123.app.github.dev", "FUZZY-space-disco-4j7q-8123.app.github.dev:443", "localhost:8123"] {
            #expect(hosts.admits(host), "\(host)")
        }
        for host in ["fuzzy-space-disco-4j7q-8000.app.github.dev", "fuzzy-space-disco-4j7q-8124.app.github.dev", "other-8123.app.github.dev",
                     "x.fuzzy-space-disco-4j7q-8123.app.github.dev", "fuzzy-space-disco-4j7q-8123.app.github.dev.evil.example",
                     "fuzzy-space-disco-4j7q-8123.github.dev", "app.github.dev", "evil.example"] {
            #expect(!hosts.admits(host), "\(host)")
        }
        #expect(!AllowedHosts(port: 8123, given: []).admits("fuzzy-space-disco-4j7q-8123.app.github.dev"), "only in the Codespace")
    }

    @Test func outsideACodespaceOrWithAMalformedValueNoNameIsAdded() {
        let good = ["CODESPACES": "true", "CODESPACE_NAME": "myspace", "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN": "app.github.dev"]
        #expect(CodespacesForwarding.read([:]) == .none)
        #expect(CodespacesForwarding.read(good.merging(["CODESPACES": "false"]) { $1 }) == .none)
        #expect(CodespacesForwarding.read(good.merging(["CODESPACES": "1"]) { $1 }) == .none, "only GitHub's own value counts")
        #expect(CodespacesForwarding.read(good.filter { $0.key != "CODESPACE_NAME" }) == .ignored(.codespaceVariableMissing("CODESPACE_NAME")))
        #expect(CodespacesForwarding.read(good.merging(["GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN": ""]) { $1 })
                == .ignored(.codespaceVariableMissing("GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN")))
        for name in ["my space", "a.b", "*", "*.x", "-lead", "trail-", "x/y", "x:1", "évent", "a\u{1B}[2J", String(repeating: "a", count: 58)] {
            guard case .ignored(.codespaceValueIgnored(variable: "CODESPACE_NAME", _)) = CodespacesForwarding.read(good.merging(["CODESPACE_NAME": name]) { $1 }) else {
                Issue.record("\(name.debugDescription) was accepted")
                continue
            }
        }
        for domain in ["dev", "*.app.github.dev", "app.github.dev:443", "https://app.github.dev", "app..github.dev", "app.github.dev/", " app.github.dev"] {
            guard case .ignored(.codespaceValueIgnored(variable: "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", _)) =
                    CodespacesForwarding.read(good.merging(["GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN": domain]) { $1 }) else {
                Issue.record("\(domain.debugDescription) was accepted")
                continue
            }
        }
        if case .ignored(.codespaceValueIgnored(_, let shown)) = CodespacesForwarding.read(good.merging(["CODESPACE_NAME": "a\u{1B}[2J"]) { $1 }) {
            #expect(shown == #"a\x1b[2J"#, "escaped for the terminal")
        }
        #expect(CodespacesForwarding.read(good.merging(["CODESPACE_NAME": String(repeating: "a", count: 57)]) { $1 }) != .none)
    }

    @Test func allowedHostNamesAreHostNamesAndWildcardsAreNarrow() {
        for name in ["myspace-8000.app.github.dev", "*.app.github.dev", "preview.local", "192.168.1.20", "devbox"] {
            #expect(AllowedHosts.problem(with: name) == nil, "\(name)")
        }
        for name in ["*", "*.dev", "*.", "", "https://x.app.github.dev", "x.app.github.dev:8000", "x.app.github.dev/", "a..b",
                     "-a.example", "a b", "*.*.example.org", "ex*ample.org", "[::1]"] {
            #expect(AllowedHosts.problem(with: name) != nil, "\(name)")
        }
    }

    @Test func theChecksComeInOrderHostFirst() throws {
        let check = RequestCheck(hosts: AllowedHosts(port: 8000, given: []), bodyLimit: 8192)
        func status(_ request: String) throws -> Int? {
            let head = try #require(Self.read(request).heads.first)
            do {
                _ = try check.admit(head)
                return nil
            } catch {
                return error.status.code
            }
        }
        #expect(try status("GET /portal/ HTTP/1.1\r\nHost: localhost:8000\r\n\r\n") == nil)
        #expect(try status("GET /portal/ HTTP/1.0\r\n\r\n") == nil, "HTTP/1.0 may leave Host out")
        #expect(try status("GET /portal/ HTTP/1.1\r\n\r\n") == 400, "HTTP/1.1 must give a Host")
        #expect(try status("GET /portal/ HTTP/1.1\r\nHost:\r\n\r\n") == 400)
        #expect(try status("GET /portal/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n") == 400)
        #expect(try status("POST /%ff HTTP/1.1\r\nHost: evil.example\r\n\r\n") == 421, "the Host is looked at before anything else")
        #expect(try status("GET /%ff HTTP/1.0\r\nHost: evil.example\r\n\r\n") == 421)
        #expect(try status("POST /portal/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\n") == 405)
        #expect(try status("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n") == 405)
        #expect(try status("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 8192\r\n\r\n") == nil)
        #expect(try status("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 8193\r\n\r\n") == 413)
        #expect(try status("GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n") == 413)
        #expect(try status("GET /%ff HTTP/1.1\r\nHost: localhost\r\n\r\n") == 400)
    }

    @Test func theLogShowsWhatWasAskedEscaped() {
        #expect(LogText.escaped(Array("GET /%ff".utf8)) == "GET /%ff")
        #expect(LogText.escaped([0x47, 0x00, 0x1B, 0x5B, 0x0A, 0xFF, 0x5C]) == #"G\x00\x1b[\x0a\xff\\"#)
        #expect(LogText.escaped([UInt8](repeating: 0x61, count: 300)) == String(repeating: "a", count: 200) + "…")
        #expect(LogText.escaped("/portal/ニュース/\u{7}") == #"/portal/ニュース/\x07"#)
    }

    /// Random bytes and random cuts of real requests never crash the reader, never make it keep
    /// more than its limits, and a request it reads whole it reads the same in any chunks.
    @Test func randomInputIsReadOrRefusedNeverCrashes() {
        var generator = SeededRandom(state: 16)
        let pieces = ["GET ", "/", "%ff", "HTTP/1.1", "\r\n", "\n", "\r", "Host: ", "localhost", ":", " ", "\t", "Content-Length: 3",
                      "Transfer-Encoding: chunked", "\u{0}", "a", "\r\n\r\n"]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += Array(pieces.randomElement(using: &generator)!.utf8)
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            let whole = Self.read(bytes)
            let cut = Self.read(bytes, chunk: Int.random(in: 1...8, using: &generator))
            #expect(whole.heads == cut.heads, "\(LogText.escaped(bytes))")
            #expect(whole.refusal == cut.refusal, "\(LogText.escaped(bytes))")
        }
    }
}
