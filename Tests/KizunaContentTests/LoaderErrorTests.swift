import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Every spec violation is reported with its exact location, all of them in one run.
@Suite struct LoaderErrorTests {
    @Test func everyProblemOfAnEventFileIsReportedAtOnce() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/meetup.yaml": """
            title: 交流会
            start: 2024-10-20T19:00:00+09:00
            end: 2024-10-20T18:00:00+09:00
            mode: offline
            capacity: "80"
            rsvp: javascript:alert(1)
            audience: everyone
            dedline: 2024-10-01

            """,
        ])
        #expect(lines == [
            "<dir>/events/meetup.yaml:3:6: error: 'end' (2024-10-20T18:00:00+09:00) is before 'start' (2024-10-20T19:00:00+09:00)",
            "<dir>/events/meetup.yaml:4:7: error: 'mode' must be one of in-person, online, hybrid, not 'offline'",
            "<dir>/events/meetup.yaml:5:11: error: 'capacity' must be a whole number, not '80' (remove the quotes)",
            "<dir>/events/meetup.yaml:6:7: error: 'rsvp' must use https://, http:// or mailto:; 'javascript:' links are not allowed",
            "<dir>/events/meetup.yaml:7:11: error: 'audience' must be one of public, members, not 'everyone'",
            "<dir>/events/meetup.yaml:8:1: error: unknown field 'dedline'; the fields here are: audience, capacity, description, draft, end, extra, mode, online_url, previous_start, report, rsvp, segments, sequence, slug, start, status, title, venue",
        ])
    }

    /// A misspelt field is an error with the field it was meant to be: `deadine` would leave a
    /// posting open forever, `drafts: true` would publish a draft, `titel` would hide the title.
    @Test func aMisspeltFieldIsAnErrorWithItsSuggestion() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML + "news_per_pgae: 10\n",
            "opportunities/data.yaml": """
            title: データ分析
            kind: contrat
            posted: 2025-07-28
            deadine: 2025-09-30
            apply: https://forms.example.com/apply
            remote: hybird

            """,
            "news/draft.md": "---\ntitle: 下書き\ndate: 2025-07-01\ndrafts: true\n---\n本文\n",
            "news/typo.md": "---\ntitel: 見出し\ndate: 2025-07-01\n---\n本文\n",
            "events/venue.yaml": "title: 交流会\nstart: 2025-07-01T19:00:00+09:00\nmode: in-person\nvenue:\n  nmae: 本社\n",
            "alumni/a.yaml": "name: A\njoined: 2010\nconsent:\n  directory: true\n  fields: [name, industy]\n  stats: false\n",
        ])
        #expect(lines.contains("<dir>/site.yaml:4:1: error: unknown field 'news_per_pgae': did you mean 'news_per_page'?"), "\(lines)")
        #expect(lines.contains("<dir>/opportunities/data.yaml:2:7: error: 'kind' must be one of rehire, contract, mentor, not 'contrat'; did you mean 'contract'?"), "\(lines)")
        #expect(lines.contains("<dir>/opportunities/data.yaml:4:1: error: unknown field 'deadine': did you mean 'deadline'?"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("<dir>/opportunities/data.yaml:6:9: error: 'remote' must be one of") && $0.hasSuffix("not 'hybird'; did you mean 'hybrid'?") }, "\(lines)")
        #expect(lines.contains("<dir>/news/draft.md:4:1: error: unknown field 'drafts': did you mean 'draft'?"), "\(lines)")
        // The missing title and the misspelt key point to each other.
        #expect(lines.contains("<dir>/news/typo.md:2:1: error: missing required field 'title': is 'titel' (line 2) meant to be 'title'?"), "\(lines)")
        #expect(lines.contains("<dir>/news/typo.md:2:1: error: unknown field 'titel': did you mean 'title'?"), "\(lines)")
        #expect(lines.contains("<dir>/events/venue.yaml:5:3: error: unknown field 'venue.nmae': did you mean 'venue.name'?"), "\(lines)")
        #expect(lines.contains("<dir>/events/venue.yaml:5:3: error: missing required field 'venue.name': is 'venue.nmae' (line 5) meant to be 'venue.name'?"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("<dir>/alumni/a.yaml:5:18: error: 'consent.fields' items must be one of") && $0.hasSuffix("not 'industy'; did you mean 'industry'?") }, "\(lines)")
    }

    /// Misspelt values of every enumeration an editor writes get the value they were meant to
    /// be, in English and in Japanese: kind, status, audience, mode, a question's type, a pay unit.
    @Test func aMisspeltValueIsAnErrorWithItsSuggestion() throws {
        let (problems, folder) = try JapaneseDiagnosticsTests.diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "opportunities/o.yaml": "title: 営業\nkind: rehier\nposted: 2025-07-28\ndeadline: 2025-09-30\napply: https://forms.example.com/o\nstatus: opne\naudience: memebers\ncompensation: {min: 5000, unit: huor}\n",
            "events/e.yaml": "title: 交流会\nstart: 2025-07-01T19:00:00+09:00\nmode: onlin\nonline_url: https://meet.example.com/e\nstatus: canceled\n",
            "surveys/s.yaml": "title: 年次サーベイ\nfielded: 2025-06\nrespondents: 40\nkind: anual\nquestions:\n  - id: q1\n    text: 満足度\n    type: lickert\n    options: [1, 2, 3, 4, 5]\n    counts: [5, 5, 10, 10, 10]\n",
        ])
        let english = problems.map { $0.line(.en).replacingOccurrences(of: folder, with: "<dir>") }
        let japanese = problems.map { $0.line(.ja).replacingOccurrences(of: folder, with: "<dir>") }
        for (file, field, written, meant) in [
            ("opportunities/o.yaml", "kind", "rehier", "rehire"), ("opportunities/o.yaml", "status", "opne", "open"),
            ("opportunities/o.yaml", "audience", "memebers", "members"), ("opportunities/o.yaml", "compensation.unit", "huor", "hour"),
            ("events/e.yaml", "mode", "onlin", "online"), ("events/e.yaml", "status", "canceled", "cancelled"),
            ("surveys/s.yaml", "kind", "anual", "annual"), ("surveys/s.yaml", "questions[0].type", "lickert", "likert"),
        ] {
            #expect(english.contains { $0.hasPrefix("<dir>/\(file):") && $0.contains("'\(field)' must be one of") && $0.hasSuffix("not '\(written)'; did you mean '\(meant)'?") }, "\(field): \(english)")
            #expect(japanese.contains { $0.hasPrefix("<dir>/\(file):") && $0.hasSuffix("エラー：`\(field)` に `\(written)` は使えません。`\(meant)` の打ち間違いではありませんか。") }, "\(field): \(japanese)")
        }
    }

    /// On a Japanese site a tag key without a display name shows as the key: warned once per tag,
    /// at its first use, in every kind with tags; named or Japanese tags are not.
    @Test func aTagWithoutADisplayNameIsWarnedAbout() throws {
        let site = minimalSiteYAML + "language: ja\ntags:\n  kansai: 関西\n"
        let files = [
            "site.yaml": site,
            "news/a.md": "---\ntitle: A\ndate: 2025-07-01\ntags: [kansai, data, 分析]\n---\n本文\n",
            "news/b.md": "---\ntitle: B\ndate: 2025-07-02\ntags: [data]\n---\n本文\n",
            "asks/q.yaml": "title: 相談\nposted: 2025-07-01\nrespond: mailto:a@example.com\ntags: [saas]\n",
        ]
        func warnings(_ files: [String: String]) throws -> [String] {
            let dir = try TemporaryDirectory(files)
            let (content, _) = ContentLoader(contentDirectory: dir.path, kinds: ContentKinds.builtIn.items).load()
            return SiteValidator(kinds: ContentKinds.builtIn.items).check(content).problems
                .map { $0.description.replacingOccurrences(of: dir.path, with: "<dir>") }
        }
        let lines = try warnings(files)
        #expect(lines == [
            "<dir>/asks/q.yaml:4:7: warning: the tag 'saas' has no display name, so pages show it as 'saas'; name it in site.yaml's 'tags:' (saas: …)",
            "<dir>/news/a.md:4:7: warning: the tag 'data' has no display name, so pages show it as 'data'; name it in site.yaml's 'tags:' (data: …)",
        ], "\(lines)")
        var english = files
        english["site.yaml"] = minimalSiteYAML + "language: en\n"
        #expect(try warnings(english).isEmpty)
    }

    @Test func suggestionsAreSlipsNotOtherWords() {
        #expect(Suggestion.nearest(to: "deadine", in: ["title", "deadline", "posted"]) == "deadline")
        #expect(Suggestion.nearest(to: "titel", in: ["title", "tags"]) == "title")
        #expect(Suggestion.nearest(to: "drafts", in: ["draft", "date"]) == "draft")
        #expect(Suggestion.nearest(to: "offline", in: ["in-person", "online", "hybrid"]) == nil, "a word of its own, not a slip")
        #expect(Suggestion.nearest(to: "colour", in: ["title", "venue"]) == nil)
        #expect(Suggestion.nearest(to: "Title", in: ["title"]) == "title")
    }

    @Test func crossFieldRulesAreCheckedAfterLoading() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/late.yaml": """
            title: 交流会
            start: 2024-10-20T19:00:00+09:00
            end: 2024-10-20T18:00:00+09:00
            mode: hybrid
            venue: {name: 本社}

            """,
            "opportunities/job.yaml": """
            title: 業務委託
            kind: contract
            posted: 2024-05-01
            deadline: 2024-04-30
            status: open

            """,
            "alumni/hanako.yaml": """
            name: 山田 花子
            joined: 2010
            left: 2008
            consent: {directory: true, fields: [joined]}

            """,
        ])
        #expect(lines == [
            "<dir>/alumni/hanako.yaml:3:7: error: 'left' (2008) is before 'joined' (2010)",
            "<dir>/alumni/hanako.yaml:4:10: error: a profile listed in the directory needs 'name' in 'consent.fields'",
            "<dir>/events/late.yaml:3:6: error: 'end' (2024-10-20T18:00:00+09:00) is before 'start' (2024-10-20T19:00:00+09:00)",
            "<dir>/events/late.yaml:4:7: error: a hybrid event needs an 'online_url'",
            "<dir>/opportunities/job.yaml:4:11: error: 'deadline' (2024-04-30) is before 'posted' (2024-05-01)",
            "<dir>/opportunities/job.yaml:5:9: error: an open opportunity needs an 'apply' link (https:// or mailto:)",
        ])
    }

    @Test func missingFieldsBadDatesAndSlugs() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/Bad Name.md": "---\ntitle: x\ndate: 2024-01-01\n---\n",
            "news/no-title.md": "---\ndate: 2024-02-30\n---\n本文\n",
            "news/custom.md": "---\ntitle: x\ndate: 2024-01-01\nslug: 交流会\n---\n",
            "news/no-front-matter.md": "# 見出し\n",
            "surveys/s.yaml": """
            title: サーベイ
            fielded: 2024-13
            respondents: 10
            questions:
              - id: proud
                text: 良かった?
                type: likert
                options: [はい, いいえ]
                counts: [8, 5, 1]

            """,
        ])
        #expect(lines == [
            "<dir>/news/Bad Name.md:1:1: error: file name 'Bad Name' is not a valid slug: it must use only lower-case ASCII letters, digits and '-'; rename the file or set 'slug:'",
            "<dir>/news/custom.md:4:7: error: slug '交流会' must use only lower-case ASCII letters, digits and '-'",
            "<dir>/news/no-front-matter.md:1:1: error: missing front matter: the file must start with a '---' line, the YAML fields, and another '---' line",
            "<dir>/news/no-title.md:2:1: error: missing required field 'title'",
            "<dir>/news/no-title.md:2:7: error: 'date' must be a date (2024-05-31) or a date-time with offset (2024-05-31T19:00:00+09:00), not '2024-02-30'",
            "<dir>/surveys/s.yaml:2:10: error: 'fielded' must be a year and month like 2024-09, not '2024-13'",
        ])
    }

    @Test func surveyCountsAreChecked() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "surveys/s.yaml": """
            title: サーベイ
            fielded: 2024-09
            respondents: 10
            questions:
              - id: proud
                text: 良かった?
                type: likert
                options: [はい, いいえ]
                counts: [8, 5, 1]
              - id: proud
                text: 推奨度
                type: nps
                counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]

            """,
            "surveys/t.yaml": "title: t\nfielded: 2024-09\nrespondents: 3\nquestions:\n  - {id: q, text: q, type: multi, options: [a], counts: [-1]}\n",
        ])
        #expect(lines == [
            "<dir>/surveys/s.yaml:9:13: error: counts of question 'proud' add up to 14, more than the 10 respondents",
            "<dir>/surveys/s.yaml:9:13: error: question 'proud' has 3 counts for 2 options; give one count per option",
            "<dir>/surveys/s.yaml:10:9: error: question id 'proud' is used twice in this survey (first at line 5)",
            "<dir>/surveys/t.yaml:5:58: error: counts must be whole numbers from 0 to 100000000, not '-1'",
        ])
    }

    @Test func duplicateSlugsNameBothFiles() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "news/a.md": "---\ntitle: A\ndate: 2024-01-01\nslug: same\n---\n",
            "news/b.md": "---\ntitle: B\ndate: 2024-01-01\nslug: same\n---\n",
        ])
        #expect(lines == [
            "<dir>/news/b.md:1:1: error: duplicate news post slug 'same': also used by <dir>/news/a.md",
        ])
    }

    @Test func malformedYAMLAndSiteSettings() throws {
        let lines = try diagnostics(for: [
            "site.yaml": "title: x\nbase_url: ftp://example.com/\ntimezone: Mars/Olympus\ncountry: Japan\n",
            "events/e.yaml": "title: x\nstart: soon\nmode: online\n",
        ])
        // Broken site settings do not hide the problems of other files.
        #expect(lines == [
            "<dir>/events/e.yaml:2:8: error: 'start' must be a date (2024-05-31) or a date-time with offset (2024-05-31T19:00:00+09:00), not 'soon'",
            "<dir>/events/e.yaml:3:7: error: an online event needs an 'online_url'",
            "<dir>/site.yaml:2:11: error: 'base_url' must be an absolute web address starting with https:// or http://, not 'ftp://example.com/'",
            "<dir>/site.yaml:3:11: error: 'timezone' must be an IANA time zone such as Asia/Tokyo, not 'Mars/Olympus'",
            "<dir>/site.yaml:4:10: error: 'country' must be a two-letter ISO 3166-1 country code such as JP or US, not 'Japan'",
        ])
        let broken = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "events/e.yaml": "title: [交流会\nstart: 2024-01-01\n",
            "alumni/p.yaml": "name: 山田\nname: 山田2\njoined: 2010\n",
        ])
        #expect(broken.count == 2)
        #expect(broken[0] == "<dir>/alumni/p.yaml:2:1: error: duplicate key 'name' (first given at line 1)")
        #expect(broken[1].hasPrefix("<dir>/events/e.yaml:2:6: error: YAML syntax error: "))
    }
}

@Suite struct LoaderWarningTests {
    @Test func unknownFoldersAndFilesAreWarnedAbout() throws {
        let lines = try diagnostics(for: [
            "site.yaml": minimalSiteYAML,
            "evnets/meetup.yaml": "title: x\n",
            "README.md": "# notes for editors\n",
            "news/notes.txt": "draft ideas\n",
        ])
        #expect(lines == [
            "<dir>/evnets:1:1: warning: 'evnets' is not part of a content folder and is ignored (expected: alumni, asks, events, news, opportunities, pages, site.yaml, static, stats, surveys)",
            "<dir>/news/notes.txt:1:1: warning: ignored: news/ holds only .md files",
        ])
    }
}
