import ArgumentParser
import Foundation
import KizunaContent
import KizunaBuild
import KizunaServe

/// `kizuna serve`: a live preview for editors.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the portal on http://127.0.0.1:8000/: rebuilds when content or theme files change and reloads open pages.",
        discussion: "Builds into a temporary folder (never into site/), removed when the command stops. A build error shows the located errors in the browser until it is fixed."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Port on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 8000

    @Option(name: .customLong("allowed-host"), help: ArgumentHelp(
        "A name besides 127.0.0.1, localhost and [::1] that requests may use (repeatable): the preview reached through a forwarded name, such as a Codespace's NAME-8000.app.github.dev. *.DOMAIN admits every name under DOMAIN.",
        valueName: "name"))
    var allowedHosts: [String] = []

    /// Seconds a request may take to arrive in full (tests shorten it).
    @Option(name: .customLong("request-timeout"), help: .hidden)
    var requestTimeout: Double = 15

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if let problem = allowedHosts.lazy.compactMap(AllowedHosts.problem(with:)).first { throw ValidationError("--allowed-host: \(problem)") }
        guard requestTimeout > 0 && requestTimeout <= 3600 else { throw ValidationError("--request-timeout must be between 0 and 3600 seconds") }
    }

    func run() throws {
        _ = try SiteOptions.moment(site.now)  // a bad --now is a usage error before anything starts
        var limits = ServerLimits()
        limits.requestTimeout = .milliseconds(Int(requestTimeout * 1000))
        let folder = try makeTemporaryFolder()
        let verbose = verbosity.verbose, quiet = verbosity.quiet, language = site.language
        let session = PreviewSession(
            options: .init(contentDirectory: site.content, themeDirectory: site.theme, audience: site.audience.value, drafts: site.drafts,
                           now: site.now, port: port, allowedHosts: allowedHosts, limits: limits),
            folder: folder,
            tell: { event in Self.print(event, verbose: verbose, quiet: quiet, language: language) })
        // Ctrl-C (or a kill) removes the temporary build before leaving. The signals are blocked
        // in every thread (threads made later inherit the mask) and taken by one thread with
        // sigwait, so the removal runs as ordinary code, not in a signal handler.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
        let waiting = stopSignals
        Thread {
            var set = waiting
            var received: Int32 = 0
            sigwait(&set, &received)
            try? FileManager.default.removeItem(atPath: folder)
            Foundation.exit(0)
        }.start()
        if verbose { Terminal.standardOutput.write("Building into \(folder)/site\n") }
        session.build()
        Task {
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await session.serve() }
                    group.addTask { await session.watch() }
                    try await group.next()
                    group.cancelAll()
                }
            } catch {
                let why = (error as? ServeFailure)?.description ?? "cannot serve on 127.0.0.1:\(port): \(error)"
                Terminal.standardError.write(Terminal.standardError.styled("error:", .red) + " \(why)\n")
                try? FileManager.default.removeItem(atPath: folder)
                Foundation.exit(1)
            }
        }
        // The server and the watcher run as tasks; this thread only waits (the signal thread or a
        // failure to serve ends the process).
        DispatchSemaphore(value: 0).wait()
    }

    func makeTemporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("kizuna-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ValidationError("cannot create a temporary folder: \(String(cString: strerror(errno)))") }
        return String(cString: made)
    }

    static func print(_ event: PreviewSession.Event, verbose: Bool, quiet: Bool, language: EditorLanguage) {
        let out = Terminal.standardOutput, err = Terminal.standardError
        switch event {
        case .listening(let url):
            out.write("Serving \(out.styled(url, .bold)) (Ctrl-C to stop)\n")
        case .built(let report, let seconds, let rebuild):
            if !quiet { err.diagnostics(report.warnings, language) }
            guard !quiet else { return }
            let time = String(format: "%.2f", seconds)
            out.write(out.styled(rebuild ? "Rebuilt" : "Built", .green) + " \(report.pages) pages (\(report.files) files) in \(time) s" +
                      (report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")") + "\n")
        case .failed(let diagnostics):
            err.diagnostics(diagnostics, language)
            let errors = diagnostics.filter { $0.severity == .error }.count
            err.write(err.styled("build failed:", .red) + " \(errors) error\(errors == 1 ? "" : "s"); the browser shows them until they are fixed\n")
        case .request(let line):
            if verbose { out.write(out.styled(line, .dim) + "\n") }
        case .rebuilding:
            if verbose { out.write(out.styled("Rebuilding after a change…", .dim) + "\n") }
        }
    }
}
