import Foundation
import KizunaBuild
import KizunaContent

/// A progress bar on standard error while a build runs: only on a terminal, only once the build
/// has taken a second (a fast build prints nothing but its summary), and erased when it ends.
final class ProgressDisplay: @unchecked Sendable {
    let progress = BuildProgress()
    private let terminal: Terminal
    private let language: EditorLanguage
    private let started = Date()
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    private var drawn = false

    init?(terminal: Terminal = .standardError, enabled: Bool, language: EditorLanguage) {
        guard enabled, terminal.isTerminal else { return nil }
        self.terminal = terminal
        self.language = language
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "kizuna.progress"))
        // KIZUNA_PROGRESS_DELAY (seconds) lets a test see the bar without a slow build.
        let delay = ProcessInfo.processInfo.environment["KIZUNA_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
        timer.schedule(deadline: .now() + delay, repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    private func draw() {
        let state = progress.current
        let seconds = Date().timeIntervalSince(started)
        var bar = ""
        if state.total > 0 {
            let fraction = min(1, Double(state.done) / Double(state.total))
            let width = 28, filled = Int(fraction * Double(width))
            bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        }
        let line = ProgressLine.stage(state.stage, bar: bar, done: state.done, total: state.total,
                                      seconds: String(format: "%.1f", seconds)).text(language)
        lock.withLock {
            guard timer != nil else { return }
            drawn = true
            // \r and erase-line: the bar redraws in place.
            terminal.write("\r\u{1B}[2K" + terminal.styled(line, .dim))
        }
    }

    /// Stops drawing and erases the bar, so the summary starts on a clean line.
    func finish() {
        lock.withLock {
            timer?.cancel()
            timer = nil
            if drawn { terminal.write("\r\u{1B}[2K") }
            drawn = false
        }
    }
}
