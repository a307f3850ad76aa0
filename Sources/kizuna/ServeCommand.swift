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
        let language = site.messageLanguage
        try verbosity.check(language)
        if let problem = allowedHosts.lazy.compactMap(AllowedHosts.problem(with:)).first {
            throw ValidationError(CommandMessage.badAllowedHost(problem).text(language))
        }
        guard requestTimeout > 0 && requestTimeout <= 3600 else { throw ValidationError(CommandMessage.badRequestTimeout.text(language)) }
    }

    func run() throws {
        let language = site.messageLanguage
        _ = try SiteOptions.moment(site.now, language)  // a bad --now is a usage error before anything starts
        var limits = ServerLimits()
        limits.requestTimeout = .milliseconds(Int(requestTimeout * 1000))
        let folder = try makeTemporaryFolder(language)
        let verbose = verbosity.verbose, quiet = verbosity.quiet
        var options = PreviewSession.Options(contentDirectory: site.content, themeDirectory: site.theme, audience: site.audienceValue, drafts: site.drafts,
                                             now: site.now, port: port, allowedHosts: allowedHosts, limits: limits, language: language)
        options.baseURL = try site.baseURLValue(language)
        switch CodespacesForwarding.read(ProcessInfo.processInfo.environment) {
        case .none: break
        case .forwarding(let codespace): options.codespace = codespace
        case .ignored(let why): Terminal.standardError.warning(why.text, language)
        }
        let session = PreviewSession(
            options: options,
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
            Platform.exit(0)
        }.start()
        if verbose { Terminal.standardOutput.write(ServeMessage.buildingInto(folder).text(language) + "\n") }
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
                let why = (error as? ServeFailure)?.text ?? ServeMessage.cannotServe(port: port, detail: "\(error)").text
                Terminal.standardError.error(why, language)
                try? FileManager.default.removeItem(atPath: folder)
                Platform.exit(1)
            }
        }
        // The server and the watcher run as tasks; this thread only waits (the signal thread or a
        // failure to serve ends the process).
        DispatchSemaphore(value: 0).wait()
    }

    func makeTemporaryFolder(_ language: EditorLanguage) throws -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("kizuna-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ValidationError(ServeMessage.cannotMakeTemporaryFolder(String(cString: strerror(errno))).text(language))
        }
        return String(cString: made)
    }

    static func print(_ event: PreviewSession.Event, verbose: Bool, quiet: Bool, language: EditorLanguage) {
        let out = Terminal.standardOutput, err = Terminal.standardError
        switch event {
        case .listening(let url):
            out.write(out.styled(ServeMessage.serving(url: url).text(language), head: nil, .bold, also: (url, .bold)) + "\n")
        case .built(let report, let seconds, let rebuild):
            if !quiet { err.diagnostics(report.warnings, language) }
            guard !quiet else { return }
            let message = ServeMessage.built(pages: report.pages, files: report.files, seconds: String(format: "%.2f", seconds),
                                             warnings: report.warnings.count, rebuild: rebuild)
            out.write(out.styled(message.text(language), head: message.head.map { $0(language) }, .green) + "\n")
        case .failed(let diagnostics):
            err.diagnostics(diagnostics, language)
            let message = ServeMessage.failed(errors: diagnostics.filter { $0.severity == .error }.count)
            err.write(err.styled(message.text(language), head: message.head.map { $0(language) }, .red) + "\n")
        case .alsoAnswering(let names, let codespaceURL):
            if let codespaceURL {
                out.write(out.styled(ServeMessage.codespaceAddress(url: codespaceURL).text(language), head: nil, .bold, also: (codespaceURL, .bold)) + "\n")
            }
            if !names.isEmpty { out.write(ServeMessage.alsoAnswering(names: names).text(language) + "\n") }
        case .request(let line):
            if verbose { out.write(out.styled(line, .dim) + "\n") }
        case .rebuilding:
            if verbose { out.write(out.styled(ServeMessage.rebuilding.text(language), .dim) + "\n") }
        }
    }
}
