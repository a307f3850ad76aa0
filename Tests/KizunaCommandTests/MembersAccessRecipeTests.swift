import Foundation
import Testing

/// The self-hosted members recipe end to end (docs/hosting.md, "The members build"): Debian's
/// nginx, unprivileged on loopback ports, serving a real members build with
/// docs/examples/nginx-members.conf — the file itself, only its paths and ports replaced — in
/// front of a stand-in for oauth2-proxy (Tests/Fixtures/access/stub-login.py) that answers
/// nginx's auth_request from the allowlist the build wrote, reread on every request.
@Suite(.serialized) struct MembersAccessRecipeTests {
    static let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let host = "members.alumni.example.org"

    @Test(.enabled(if: nginx != nil, "nginx is not installed: `apt-get install nginx` (scripts/setup.sh --test installs it); the members recipe was not tested"))
    func nginxLetsInOnlyAllowlistedMembers() throws {
        let nginx = try #require(Self.nginx)
        let work = try TemporaryDirectory()
        let content = work.path + "/content", site = work.path + "/site", allowlist = work.path + "/auth/allowlist.txt"
        try FileManager.default.copyItem(atPath: Repo.fixtures + "/sites/small", toPath: content)

        // The members build writes the allowlist beside the content folder.
        let build = ["build", "--content", content, "--theme", Repo.theme, "--audience", "members", "--output", site,
                     "--now", "2026-11-25T12:00:00+09:00"]
        var result = try KizunaCLI().run(build, directory: work.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Allowlist auth/allowlist.txt: 6 addresses, sha256 "), "\(result.out)")
        let member = "member2@secret.example", stranger = "someone@elsewhere.example"
        #expect(try String(contentsOfFile: allowlist, encoding: .utf8).split(separator: "\n").contains(Substring(member)))

        // The stand-in login service, reading the build's allowlist.
        let login = Process()
        login.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        login.arguments = ["python3", Repo.fixtures + "/access/stub-login.py", allowlist]
        let loginOut = Pipe()
        login.standardOutput = loginOut
        try login.run()
        defer { Self.stop(login) }
        let loginPort = try #require(Int(Self.firstLine(of: loginOut.fileHandleForReading)), "the stub login service did not start")

        // A self-signed certificate for the recipe's HTTPS server.
        let certificate = work.path + "/tls/cert.pem", key = work.path + "/tls/key.pem"
        try FileManager.default.createDirectory(atPath: work.path + "/tls", withIntermediateDirectories: true)
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=\(Self.host)",
                             "-keyout", key, "-out", certificate]
        #expect(try ChildProcess.run(openssl).status == 0)

        // The recipe, only its paths and ports replaced (each must be there, so the test follows the file).
        let https = try Self.freePort(), http = try Self.freePort()
        var recipe = try String(contentsOfFile: Repo.root + "/docs/examples/nginx-members.conf", encoding: .utf8)
            .replacingOccurrences(of: "members.alumni.example.com", with: Self.host)
        for (from, to) in [("listen 80;", "listen 127.0.0.1:\(http);"), ("listen 443 ssl;", "listen 127.0.0.1:\(https) ssl;"),
                           ("/etc/letsencrypt/live/\(Self.host)/fullchain.pem", certificate),
                           ("/etc/letsencrypt/live/\(Self.host)/privkey.pem", key),
                           ("/srv/kizuna/members", site), ("127.0.0.1:4180", "127.0.0.1:\(loginPort)")] {
            #expect(recipe.contains(from), "the recipe no longer has \(from)")
            recipe = recipe.replacingOccurrences(of: from, with: to)
        }
        let prefix = work.path + "/nginx"
        try FileManager.default.createDirectory(atPath: prefix + "/temp", withIntermediateDirectories: true)
        try recipe.write(toFile: prefix + "/kizuna-members.conf", atomically: true, encoding: .utf8)
        // What Debian's /etc/nginx/nginx.conf gives a site file, in a prefix of the test's own:
        // one process (no user switch, no root needed), logs and temporary files inside it.
        try """
            daemon off;
            master_process off;
            worker_processes 1;
            pid \(prefix)/nginx.pid;
            error_log \(prefix)/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log \(prefix)/access.log;
                client_body_temp_path \(prefix)/temp/body;
                proxy_temp_path \(prefix)/temp/proxy;
                fastcgi_temp_path \(prefix)/temp/fastcgi;
                uwsgi_temp_path \(prefix)/temp/uwsgi;
                scgi_temp_path \(prefix)/temp/scgi;
                include \(prefix)/kizuna-members.conf;
            }
            """.write(toFile: prefix + "/nginx.conf", atomically: true, encoding: .utf8)
        let nginxArguments = ["-p", prefix + "/", "-c", prefix + "/nginx.conf", "-e", prefix + "/error.log"]
        let check = Process()
        check.executableURL = URL(fileURLWithPath: nginx)
        check.arguments = nginxArguments + ["-t"]
        let checked = try ChildProcess.run(check)
        try #require(checked.status == 0, "nginx -t: \(checked.errText)")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: nginx)
        server.arguments = nginxArguments
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { Self.stop(server) }
        try Self.waitForPort(https)

        func get(_ path: String, as email: String? = nil, port: Int? = nil, scheme: String = "https") throws -> Response {
            try Self.curl("\(scheme)://\(Self.host):\(port ?? https)\(path)", resolve: "\(Self.host):\(port ?? https):127.0.0.1",
                          cookie: email.map { "_kizuna_members=\($0)" })
        }

        // No session: sent to sign in (oauth2-proxy's page, which the recipe leaves open), never the
        // portal — pages, profiles, feeds and calendars alike.
        func isSentToSignIn(_ page: Response) -> Bool {
            page.status == 302 && page.header("Location")?.hasPrefix("/oauth2/sign_in?rd=/") == true && !page.body.contains("テスト商事")
        }
        for path in ["/", "/directory/member-2/", "/news/feed.xml", "/events/calendar.ics", "/no-such-page/"] {
            let page = try get(path)
            #expect(isSentToSignIn(page), "\(path): \(page.status) \(page.headers)")
        }
        var page = try get("/oauth2/sign_in?rd=/")
        #expect(page.status == 200 && page.body.contains("stub-login: sign in"))
        // An address that is not on the allowlist: refused too.
        page = try get("/", as: stranger)
        #expect(isSentToSignIn(page), "\(page.status)")

        // An allowlisted member: the pages, with the members' headers.
        page = try get("/", as: member)
        #expect(page.status == 200)
        #expect(page.body.contains("テスト商事 アルムナイ"))
        #expect(page.header("X-Robots-Tag")?.contains("noindex") == true, "\(page.headers)")
        #expect(page.header("Cache-Control")?.contains("private") == true, "\(page.headers)")
        page = try get("/directory/member-2/", as: member)
        #expect(page.status == 200 && page.body.contains("会員 2号"))
        // The build's bookkeeping and the other hosts' headers file are never served.
        #expect(try get("/_headers", as: member).status == 404)
        #expect(try get("/.kizuna-site", as: member).status == 404)
        // robots.txt for crawlers without signing in; plain HTTP goes to HTTPS.
        page = try get("/robots.txt")
        #expect(page.status == 200 && page.body.contains("Disallow: /"))
        page = try get("/news/", port: http, scheme: "http")
        #expect(page.status == 301 && page.header("Location") == "https://\(Self.host)/news/", "\(page.status) \(page.headers)")

        // The member's profile is removed and the portal rebuilt: the same session is refused.
        try FileManager.default.removeItem(atPath: content + "/alumni/member-2.yaml")
        result = try KizunaCLI().run(build, directory: work.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Allowlist auth/allowlist.txt: 5 addresses"), "\(result.out)")
        #expect(try !String(contentsOfFile: allowlist, encoding: .utf8).contains(member))
        page = try get("/", as: member)
        #expect(isSentToSignIn(page), "\(page.status)")
        #expect(isSentToSignIn(try get("/directory/member-1/", as: member)))
        // Another member is still let in.
        #expect(try get("/", as: "member1@secret.example").status == 200)
    }

    struct Response {
        var status: Int
        var headers: [(String, String)]
        var body: String
        func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    }

    static func curl(_ url: String, resolve: String, cookie: String?) throws -> Response {
        let bodyFile = NSTemporaryDirectory() + "kizuna-curl-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: bodyFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-sk", "--max-time", "10", "--resolve", resolve, "-D", "-", "-o", bodyFile]
            + (cookie.map { ["-H", "Cookie: \($0)"] } ?? []) + [url]
        let run = try ChildProcess.run(process, limit: 30)
        try #require(run.status == 0, "curl \(url): \(run.errText)")
        let lines = run.outText.components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let body = String(decoding: FileManager.default.contents(atPath: bodyFile) ?? Data(), as: UTF8.self)
        return Response(status: status, headers: headers, body: body)
    }

    /// SIGKILL, not terminate()'s SIGTERM: a child inherits the test runner's blocked signals.
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func firstLine(of handle: FileHandle) -> String {
        var bytes = Data()
        while true {
            let chunk = handle.readData(ofLength: 1)
            if chunk.isEmpty || chunk == Data("\n".utf8) { break }
            bytes.append(chunk)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// SOCK_STREAM: an enum case on Glibc, an Int32 on Darwin.
    #if canImport(Glibc)
    static let streamSocket = Int32(SOCK_STREAM.rawValue)
    #else
    static let streamSocket = SOCK_STREAM
    #endif

    /// A loopback port free right now (the kernel's pick, released for nginx to take).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, streamSocket, 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        try #require(bound == 0)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func waitForPort(_ port: Int) throws {
        for _ in 0..<100 {
            let fd = socket(AF_INET, streamSocket, 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(fd)
            if connected == 0 { return }
            usleep(100_000)
        }
        Issue.record("nginx did not listen on port \(port) within 10 s")
    }
}
