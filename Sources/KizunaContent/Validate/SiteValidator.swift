import Foundation

/// Validate stage: rules that span files (duplicate slugs, segment labels, askers, static
/// paths) and surveys' sums, all checked, all reported. Rules within one file are checked as it
/// loads, so they come in the same run as its field errors.
public struct SiteValidator: Sendable {
    public init() {}

    /// The whole site when no rule is broken, else every problem.
    public func validate(_ content: Content) -> Result<ValidatedSite, BuildFailure> {
        let outcome = check(content)
        guard let site = outcome.site, site.isComplete else { return .failure(BuildFailure(outcome.problems)) }
        return .success(site)
    }

    /// Every problem (errors and warnings), and the site later stages go on with: all of it when
    /// there is no error; else the items whose files have none, the others listed as `broken`,
    /// so that routes and links are still checked in the same run (such a site is never
    /// rendered). nil when site.yaml failed: every page and every date depends on it.
    public func check(_ content: Content) -> (site: ValidatedSite?, problems: [Diagnostic]) {
        let d = rules(content)
        if !d.hasErrors && content.siteLoaded && content.failedItems.isEmpty {
            return (ValidatedSite(content: content, warnings: d.sorted), d.sorted)
        }
        let errorFiles = Set(d.errors.map(\.location.path))
        guard content.siteLoaded, !errorFiles.contains(content.site.at.file.path) else { return (nil, d.sorted) }
        var clean = content
        var broken = content.failedItems
        // An item with an error at its file is left out, as if it had failed to load.
        func keep<T>(_ items: [T], _ folder: String, _ slug: (T) -> String, _ file: (T) -> SourceLocation) -> [T] {
            items.filter { item in
                let at = file(item)
                guard errorFiles.contains(at.path) else { return true }
                let name = ((at.path as NSString).lastPathComponent as NSString).deletingPathExtension
                broken.append(Content.FailedItem(folder: folder, slug: slug(item), fileName: name, location: at))
                return false
            }
        }
        clean.news = keep(content.news, "news", \.slug, \.at.file)
        clean.events = keep(content.events, "events", \.slug, \.at.file)
        clean.opportunities = keep(content.opportunities, "opportunities", \.slug, \.at.file)
        clean.profiles = keep(content.profiles, "alumni", \.slug, \.at.file)
        clean.surveys = keep(content.surveys, "surveys", \.slug, \.at.file)
        clean.asks = keep(content.asks, "asks", \.slug, \.at.file)
        clean.pages = keep(content.pages, "pages", \.slug, \.at.file)
        clean.failedItems = []
        return (ValidatedSite(content: clean, warnings: d.warnings, broken: broken, isComplete: false), d.sorted)
    }

    func rules(_ content: Content) -> Diagnostics {
        var d = Diagnostics()
        let staticPaths = Set(content.staticFiles.map { "/" + StaticFile.sitePath($0.path) })
        let site = content.site

        if let logo = site.organization?.logo {
            checkLocalPath(logo, field: "organization.logo", at: site.at["organization.logo"], staticPaths, &d)
        }
        // Files that failed to load still hold their slug: a duplicate is reported in the same run.
        unique(content.news.map { ($0.slug, $0.at.file) }, content.failed(in: "news"), "news post", &d)
        unique(content.events.map { ($0.slug, $0.at.file) }, content.failed(in: "events"), "event", &d)
        unique(content.opportunities.map { ($0.slug, $0.at.file) }, content.failed(in: "opportunities"), "opportunity", &d)
        unique(content.profiles.map { ($0.slug, $0.at.file) }, content.failed(in: "alumni"), "profile", &d)
        unique(content.surveys.map { ($0.slug, $0.at.file) }, content.failed(in: "surveys"), "survey", &d)
        unique(content.asks.map { ($0.slug, $0.at.file) }, content.failed(in: "asks"), "ask", &d)
        unique(content.pages.map { ($0.slug, $0.at.file) }, content.failed(in: "pages"), "page", &d)

        for post in content.news { check(post, staticPaths, &d) }
        // With site.yaml broken its segment labels are unknown: do not warn about every segment.
        let segmentSlugs = content.siteLoaded ? Set(site.segments.map(\.slug)) : []
        for event in content.events { check(event, segmentSlugs, &d) }
        for survey in content.surveys { check(survey, &d) }
        var snapshotDays: [LocalDate: SourceLocation] = [:]
        for snapshot in content.snapshots {
            if let earlier = snapshotDays[snapshot.date] {
                d.error(snapshot.at["date"], "two stats snapshots are dated \(snapshot.date): this one and \(earlier.path); keep one")
            }
            snapshotDays[snapshot.date] = snapshot.at.file
        }
        let profileSlugs = Set(content.profiles.map(\.slug))
        let failedProfiles = content.failed(in: "alumni")
        for ask in content.asks { check(ask, profileSlugs, failedProfiles, &d) }

        return d
    }

    /// Two items of a kind with one slug would write one URL twice: name both files.
    func unique(_ items: [(slug: String, file: SourceLocation)], _ failed: [Content.FailedItem], _ kind: String, _ d: inout Diagnostics) {
        let all = (items + failed.compactMap { item in item.slug.map { ($0, item.location) } })
            .sorted { $0.file.path < $1.file.path }
        var first: [String: SourceLocation] = [:]
        for (slug, file) in all {
            if let earlier = first[slug] {
                d.error(file, "duplicate \(kind) slug '\(slug)': also used by \(earlier.path)")
            } else {
                first[slug] = file
            }
        }
    }

    /// A path inside the site must name a file under content/static/; an absolute link must be http(s).
    func checkLocalPath(_ path: String, field: String, at: SourceLocation, _ staticPaths: Set<String>, _ d: inout Diagnostics) {
        if path.hasPrefix("/") {
            if path.hasPrefix("//") || path.contains("..") {
                d.error(at, "'\(field)' must be a plain site path, not '\(path)'")
            } else if path.hasPrefix("/static/") && !staticPaths.contains(path) {
                d.error(at, "'\(field)' points to \(path), but there is no content\(path)")
            }
        } else if case .failure(let problem) = Link.parse(path, allowMailto: false) {
            d.error(at, "'\(field)' must be a site path such as /static/x.png or a web address; it \(problem.message)")
        }
    }

    func check(_ post: NewsPost, _ staticPaths: Set<String>, _ d: inout Diagnostics) {
        if let image = post.image { checkLocalPath(image, field: "image", at: post.at["image"], staticPaths, &d) }
        for tag in post.tags {
            let slug = Tag.slug(tag)
            if slug.isEmpty {
                d.error(post.at["tags"], "tag '\(tag)' has no letters or digits to make a URL from")
            } else if slug.utf8.count > Tag.maxSlugBytes {
                d.error(post.at["tags"], "tag '\(Slug.shortened(tag))' is too long for a URL: at most \(Tag.maxSlugBytes) bytes (about 33 Japanese characters), not \(slug.utf8.count)")
            }
        }
    }

    func check(_ event: Event, _ segments: Set<String>, _ d: inout Diagnostics) {
        if !segments.isEmpty {
            for segment in event.segments where !segments.contains(segment) {
                d.warning(event.at["segments"], "segment '\(segment)' has no label in site.yaml 'segments'; its slug is shown instead")
            }
        }
    }

    func check(_ survey: Survey, _ d: inout Diagnostics) {
        var ids: [String: SourceLocation] = [:]
        for question in survey.questions {
            if let first = ids[question.id] {
                d.error(question.at["id"], "question id '\(question.id)' is used twice in this survey (first at line \(first.line))")
            }
            ids[question.id] = question.at["id"]
            if question.options.isEmpty {
                d.error(question.at["options"], "question '\(question.id)' needs 'options'")
            }
            if question.counts.count != question.options.count {
                d.error(question.at["counts"], "question '\(question.id)' has \(question.counts.count) counts for \(question.options.count) options; give one count per option")
            }
            // Counts are bounded at load (Survey.maxCount); add with overflow checks all the same.
            var sum = 0, overflow = false
            for count in question.counts {
                let (next, didOverflow) = sum.addingReportingOverflow(count)
                sum = next
                overflow = overflow || didOverflow
            }
            if question.type == .multi {
                if let largest = question.counts.max(), largest > survey.respondents {
                    d.error(question.at["counts"], "a count of question '\(question.id)' is \(largest), more than the \(survey.respondents) respondents")
                }
            } else if overflow || sum > survey.respondents {
                d.error(question.at["counts"], "counts of question '\(question.id)' add up to \(overflow ? "more than \(Int.max)" : String(sum)), more than the \(survey.respondents) respondents")
            }
            if question.type == .nps && question.options.count != 11 {
                d.error(question.at["options"], "an nps question has 11 options, 0 to 10")
            }
            // A report names each option once: two alike would read as one answer counted twice.
            var seen = Set<String>()
            if let twice = question.options.first(where: { !seen.insert($0).inserted }) {
                d.error(question.at["options"], "question '\(question.id)' lists the option '\(twice)' twice")
            }
        }
    }

    func check(_ ask: Ask, _ profiles: Set<String>, _ failedProfiles: [Content.FailedItem], _ d: inout Diagnostics) {
        if let asker = ask.asker, !profiles.contains(asker) {
            if let broken = failedProfiles.first(where: { $0.slug == asker || ($0.slug == nil && $0.fileName == asker) }) {
                d.warning(ask.at["asker"], "'asker' names '\(asker)', whose file \(broken.location.path) has errors; it is checked once that file loads")
            } else {
                d.error(ask.at["asker"], "'asker' names '\(asker)', but there is no alumni/\(asker).yaml")
            }
        }
    }
}
