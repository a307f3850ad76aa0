import Foundation
import KizunaContent

/// Content files that are in the content folder but not in this build, with the reason, so a
/// link to one says why it would be a dead link ("it is members-only and this is the public
/// build") rather than only that it is.
///
/// And files with errors (`broken`), which a run that found them still routes and checks without:
/// whether their pages exist is unknown until they load, so a link to one, or to a list one of
/// them could add (a tag only it has), is not called dead. Its slug is its `slug:` when that was
/// readable, else its file name, as the loader would take it.
package struct AbsentContent: Sendable {
    private var bySource: [String: String] = [:]
    private var byFile: [String: String] = [:]
    private var brokenSources: Set<String> = []
    private var brokenFiles: Set<String> = []
    private var brokenPrefixes: Set<String> = []

    package init(content: Content, broken: [Content.FailedItem] = [], options: BuildOptions, routes: RouteTable) {
        for item in broken {
            brokenSources.insert(RouteTable.sourceKey(item.location.path))
            for target in RouteTarget.ownRoutes(ofItemIn: item.folder, slug: item.slug ?? item.fileName) { brokenFiles.insert(target.file) }
            brokenPrefixes.formUnion(RouteTarget.listPrefixes(madeByItemsIn: item.folder))
        }
        let audience = options.audience
        let zone = content.site.timeZone
        // The reasons are worked out only for files without a route: most files have one.
        func note(_ target: RouteTarget, _ source: SourceLocation, _ reasons: () -> [String?]) {
            guard routes.route(forSource: source.path) == nil else { return }
            let reason = reasons().compactMap { $0 }.first ?? "it is not published in this build"
            bySource[RouteTable.sourceKey(source.path)] = reason
            byFile[target.file] = reason
        }
        func members(_ item: Audience) -> String? {
            audience.includes(item) ? nil : "it is members-only and this is the public build"
        }
        func draft(_ isDraft: Bool) -> String? {
            isDraft && !options.drafts ? "it is a draft (drafts are built only with --drafts)" : nil
        }
        for post in content.news {
            note(.newsPost(post.slug), post.at.file) {
                let later = post.date.date > options.now ? "it is dated \(Self.written(post.date, in: zone)), after this build's --now" : nil
                return [members(post.audience), draft(post.draft), later]
            }
        }
        for event in content.events { note(.event(event.slug), event.at.file) { [members(event.audience), draft(event.draft)] } }
        for o in content.opportunities { note(.opportunity(o.slug), o.at.file) { [members(o.audience), draft(o.draft)] } }
        for survey in content.surveys { note(.survey(survey.slug), survey.at.file) { [members(survey.audience), draft(survey.draft)] } }
        for ask in content.asks { note(.ask(ask.slug), ask.at.file) { [members(ask.audience), draft(ask.draft)] } }
        for page in content.pages { note(.page(page.slug), page.at.file) { [members(page.audience), draft(page.draft)] } }
        for profile in content.profiles {
            let listed = profile.consent.directory && profile.consent.fields.contains(.name)
            note(.profile(profile.slug), profile.at.file) {[
                audience == .members ? nil : "the directory is only in the members build",
                listed ? nil : "its member has not agreed to be listed in the directory",
            ]}
        }
    }

    /// A date as an editor writes it, in the site's time zone: `2030-01-01` or `2030-01-01 19:00`.
    static func written(_ stamp: Timestamp, in zone: TimeZone) -> String {
        let day = LocalDate(stamp.date, zone: zone).description
        guard stamp.hasTime else { return day }
        let time = Calendar.gregorian(zone).dateComponents([.hour, .minute], from: stamp.date)
        return day + String(format: " %02d:%02d", time.hour ?? 0, time.minute ?? 0)
    }

    func reason(forSource path: String) -> String? { bySource[RouteTable.sourceKey(path)] }

    /// The content file has errors: what a link to it finds is known only once it loads.
    func isBroken(source path: String) -> Bool {
        !brokenSources.isEmpty && brokenSources.contains(RouteTable.sourceKey(path))
    }

    /// The site path may be the page of a file with errors, or a list such a file could add.
    func mayBeMadeByBroken(sitePath: String) -> Bool {
        guard !brokenSources.isEmpty else { return false }
        return RouteTable.files(forSitePath: sitePath).contains { file in
            brokenFiles.contains(file) || brokenPrefixes.contains { file.hasPrefix($0) }
        }
    }

    func reason(forSitePath sitePath: String) -> String? {
        RouteTable.files(forSitePath: sitePath).lazy.compactMap { byFile[$0] }.first
    }
}
