import Foundation

/// The file `kizuna new <kind> <slug>` writes: every field of the contract with a value that
/// builds as is, each commented in Japanese and English. Items that can be drafts start as
/// drafts, and a profile starts listed nowhere and counted nowhere, so a file committed before
/// it is filled in publishes nothing.
public struct Scaffold: Sendable {
    /// Today in the site's time zone, and that zone (event times carry its offset).
    public var today: LocalDate
    public var zone: TimeZone
    /// The site's segment slugs, named in the event file's comment.
    public var segments: [String]

    public init(today: LocalDate, zone: TimeZone, segments: [String] = []) {
        self.today = today
        self.zone = zone
        self.segments = segments
    }

    public func text(_ kind: NewFileKind, slug: String) -> String {
        switch kind {
        case .news: news(slug)
        case .event: event(slug)
        case .opportunity: opportunity(slug)
        case .profile: profile(slug)
        case .survey: survey(slug)
        case .ask: ask(slug)
        case .page: page(slug)
        }
    }

    /// `days` after today, as the editor writes a date.
    func day(_ days: Int) -> LocalDate {
        let calendar = Calendar.gregorian(zone)
        let date = calendar.date(byAdding: .day, value: days, to: today.start(in: zone)) ?? today.start(in: zone)
        return LocalDate(date, zone: zone)
    }

    /// `2026-12-11T19:00:00+09:00`: a time of `day` with the zone's offset on that day.
    func time(_ day: LocalDate, hour: Int) -> String {
        let instant = day.start(in: zone).addingTimeInterval(Double(hour) * 3600)
        let seconds = zone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        return String(format: "%@T%02d:00:00%@%02d:%02d", day.description, hour, sign, abs(seconds) / 3600, abs(seconds) % 3600 / 60)
    }

    var month: String { String(format: "%04d-%02d", today.year, today.month) }

    func news(_ slug: String) -> String {
        """
        ---
        # お知らせ / News post → /news/\(slug)/
        # 必須：タイトル。/ Required: the title.
        title: 新しいお知らせのタイトル
        # 必須：公開日。この日より前の --now では公開されません。日付だけか、時差つきの日時で書きます。
        # Required: the publication date (not published before it); a date or a date-time with offset.
        date: \(today)
        # 公開後に内容を直したら、その日時を書きます（フィードの更新日時になります）。date より前にはできません。
        # When you change a published post, say when (the feeds' update time). Not before 'date'.
        # updated: \(time(today, hour: 18))
        # タグ。タグごとに /news/tags/<タグ>/ に一覧ができます。/ Tags; each gets a page /news/tags/<tag>/.
        tags: [お知らせ]
        # 一文の要約。省略すると本文の最初から作ります。/ One-sentence summary; default: from the body.
        summary: 一文でわかる要約を書きます。
        # 書いた人や部署。/ Who wrote it.
        author: アルムナイ運営事務局
        # public（だれでも読めます）か members（会員版だけに載ります）。/ public (anyone) or members (members build only).
        audience: public
        # 一覧や SNS での共有に使う画像（content/static/ の下）。/ Image for lists and sharing (under content/static/).
        # image: /static/news/\(slug).png
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消すか false にします。
        # Draft: built only with --drafts. Set false (or delete the line) to publish.
        draft: true
        ---
        本文を Markdown で書きます。見出しは `##` から始めます。

        Write the body in Markdown; start headings at `##`.

        ## 概要

        - 箇条書きも使えます
        - [ほかのページへのリンク](/events/) はサイト内のパスで書きます

        """
    }

    func event(_ slug: String) -> String {
        let start = day(14)
        // The site's own segment keys as the example, when it has any.
        let segmentHint = segments.isEmpty ? "" : "例：" + segments.joined(separator: "、")
        return """
        # イベント / Event → /events/\(slug)/ (+ /events/\(slug).ics)
        # 必須：タイトル。/ Required: the title.
        title: 新しいイベントのタイトル
        # 必須：開始日時（時差つき）。/ Required: start, with the UTC offset.
        start: \(time(start, hour: 19))
        # 終了日時。開始より前にはできません。/ End; not before start.
        end: \(time(start, hour: 21))
        # 必須：in-person（会場）、online（オンライン）、hybrid（両方）のどれか。/ Required: in-person | online | hybrid.
        mode: hybrid
        # 会場。online 以外では必須です。/ Venue; required unless online.
        venue:
          name: 本社 20F ラウンジ
          address: 東京都千代田区丸の内1-1-1
        # 参加用の URL。online と hybrid では必須です。会員版だけに載ります。
        # Join link; required for online and hybrid. Shown in the members build only.
        online_url: https://meet.example.com/\(slug)
        # 対象の区分（少人数の会）。site.yaml の segments のキーで書きます。\(segmentHint)
        # Who it is for (small segmented meetups), as segment slugs.
        segments: []
        # 定員。/ Capacity.
        capacity: 30
        # 申込先（https または mailto）。/ Where to sign up (https or mailto).
        rsvp: https://forms.example.com/\(slug)
        # 状態：scheduled（予定どおり）、cancelled（中止）、postponed（延期）、rescheduled（日程変更）。/ Status.
        status: scheduled
        # 日程を変えたときは、元の開始日時を書きます。/ When rescheduled: the former start.
        # previous_start: \(time(start, hour: 18))
        # カレンダーの改訂番号。日時を変えたら増やします。/ Calendar revision; raise it when the time changes.
        # sequence: 1
        # 開催後に、開催レポートのお知らせのスラッグを書きます。/ After the event: the slug of the news post reporting on it.
        # report: \(slug)-report
        # public（だれでも）か members（会員版だけ）。書かなければ members です。/ Default members.
        audience: members
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消します。/ Draft: built only with --drafts. Delete to publish.
        draft: true
        # 説明（Markdown）。/ Description, in Markdown.
        description: |
          どんな会か、誰に来てほしいかを書きます。

          - 18:45 受付
          - 19:00 開始
        """ + "\n"
    }

    func opportunity(_ slug: String) -> String {
        """
        # 求人・案件（再入社の求人、業務委託、外部メンター）/ Opportunity → /opportunities/\(slug)/
        # 必須：タイトル。/ Required: the title.
        title: 新しい募集のタイトル
        # 必須：rehire（再入社）、contract（業務委託）、mentor（外部メンター）のどれか。
        # Required: rehire (re-employment) | contract (paid task) | mentor (paid mentor of employees).
        kind: contract
        # 一行の説明（カードに出ます）。/ One line, shown on cards.
        summary: 一行で仕事の内容を書きます。
        # 部署・勤務地。/ Department and location.
        department: 人事部
        location: 東京都千代田区
        # 勤務形態：true（リモート可）、false（出社）、hybrid（一部リモート）。/ Remote work.
        remote: hybrid
        # 雇用形態：full-time（正社員）、part-time（パートタイム）、contractor（業務委託）、temporary（期間限定）。/ Employment.
        employment: contractor
        # 報酬。min と max の一方か両方を書きます。unit は hour（1時間あたり）、day（1日あたり）、month（月額）、
        # year（年額）、project（1件あたり）。再入社の求人では「時給」「年収」などと表示されます。
        # Pay; min, max or both. unit: hour | day | month | year | project.
        compensation: {min: 4000, max: 6000, currency: JPY, unit: hour}
        # 必須：掲載日。/ Required: the day it was posted.
        posted: \(today)
        # 締切。サイトのタイムゾーンで、その日の終わりまで募集します。/ Deadline, through the end of that day.
        deadline: \(day(30))
        # 状態：open（募集中）、filled（採用が決まった）、closed（募集終了）。/ Status.
        status: open
        # 採用が決まった日（status: filled のときだけ）。/ The day it was filled (only with status: filled).
        # filled_at: \(day(20))
        # 応募先（https か mailto）。open の間は必須です。/ Required while open: https or mailto.
        apply: https://forms.example.com/apply/\(slug)
        tags: [業務委託]
        # public（だれでも）か members（会員版だけ）。書かなければ members です。/ Default members.
        audience: members
        # 関わり方。kind: mentor のときだけ書きます。/ For kind: mentor only: the engagement.
        # engagement:
        #   format: 1on1（オンライン）
        #   frequency: 月1回
        #   sessions: 6
        #   hours_per_month: 1.5
        #   mentees: 着任1年目のマネージャー
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消します。/ Draft: built only with --drafts. Delete to publish.
        draft: true
        # 詳しい説明（Markdown）。/ Details, in Markdown.
        description: |
          ## 仕事の内容

          何をお願いしたいかを書きます。

          ## 求める経験

          - 経験1
        """ + "\n"
    }

    func profile(_ slug: String) -> String {
        """
        # 名簿のプロフィール / Directory profile → /directory/\(slug)/ (members build only)
        # 登録時アンケートの回答を書きます。本人が同意した項目だけが名簿に出ます。
        # The welcome survey's answers. Only what the member consented to is shown anywhere.
        # 必須：氏名。/ Required: name.
        name: 氏名
        name_en: Full Name
        # 必須：入社年。/ Required: year joined.
        joined: \(today.year - 10)
        # 退職年（入社年より前にはできません）。/ Year left; not before joined.
        left: \(today.year - 2)
        departments: [法人営業]
        # 現在の業界と職種。/ Current industry and job type.
        industry: 人材サービス
        role: 営業
        company: 株式会社サンプル
        interests: [交流会]
        # 現役社員の外部メンター（有償）を引き受けられるか。名簿には「メンター登録者」と出ます。/ Open to paid mentoring of employees.
        mentor: false
        bio: |
          自己紹介を短く書きます。
        # https か mailto のリンク。/ https or mailto links, by label.
        links: {linkedin: https://www.linkedin.com/in/example}
        # メールアドレスは consent.fields に email があるときだけ出ます。/ Shown only if consented.
        email: name@example.com
        consent:
          # true：名簿に載ります（会員版だけ）。本人の同意を確かめてから true にしてください。
          # true lists the profile in the directory (members build). Set it only with the member's consent.
          directory: false
          # 名簿に出してよい項目。名簿に載るなら name が必要です。
          # Fields that may be shown; a listed profile needs name.
          fields: [name, name_en, joined, left, departments, industry, role, company, interests, mentor, bio, links]
          # true：集計（/network/ など）に数えます。次のスナップショット（kizuna stats snapshot）から反映されます。
          # true lets the profile be counted in the network figures, from the next stats snapshot on.
          stats: false
        """ + "\n"
    }

    func survey(_ slug: String) -> String {
        """
        # サーベイ結果（集計済み）/ Aggregated survey results → /surveys/\(slug)/
        # 必須：タイトル。/ Required: the title.
        title: \(today.year)年 アルムナイサーベイ
        # 種類：annual（年次サーベイ）、welcome（登録時アンケート）、pulse（パルスサーベイ）。/ Kind.
        kind: annual
        # 必須：実施した年月。/ Required: year-month fielded.
        fielded: \(month)
        # 必須：回答者数。/ Required: respondents.
        respondents: 50
        summary: 結果から読み取れることを一文で書きます。
        # public（だれでも）か members（会員版だけ）。書かなければ members です。/ Default members.
        audience: members
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消します。/ Draft: built only with --drafts. Delete to publish.
        draft: true
        # 設問ごとの集計。id を年をまたいで同じにすると、経年比較が出ます。
        # One entry per question; keep an id across years for the year-over-year view.
        # type：likert（5段階評価）、single（単一回答）、multi（複数回答。合計が回答者数を超えてかまいません）、nps（0〜10の11択）。
        # counts：選択肢ごとに1つ書きます。min_cell 未満の数は「5未満」と表示されるか、隣の選択肢とまとめて表示されます。
        # counts: one per option; a count below min_cell is shown as "fewer than 5" or merged with the option next to it.
        questions:
          - id: proud
            text: 当社で働いてよかったと思いますか
            type: likert
            options: [とてもそう思う, そう思う, どちらでもない, そう思わない, まったくそう思わない]
            counts: [15, 20, 8, 5, 2]
          - id: wanted-content
            text: ネットワークに期待すること（複数回答可）
            type: multi
            options: [交流会, 求人・業務委託の情報, 会社の近況ニュース]
            counts: [30, 25, 20]
        """ + "\n"
    }

    func ask(_ slug: String) -> String {
        """
        # 卒業生からの相談 / Alumni ask → /asks/\(slug)/
        # 必須：タイトル。/ Required: the title.
        title: 相談したいことを一文で
        # 必須：掲載日。/ Required: the day it was posted.
        posted: \(today)
        # 相談者のプロフィールのスラッグ（alumni/<slug>.yaml）。名簿で氏名の公開に同意しているときだけ氏名が出ます。
        # The asker's profile slug; shown only as the name they consented to, else anonymous.
        # asker: hanako-yamada
        tags: [相談]
        # 返信先（https か mailto）。open の間は必須です。/ Required while open: https or mailto.
        respond: https://forms.example.com/ask/\(slug)
        # 状態：open（受付中）、answered（解決済み）、closed（受付終了）。/ Status.
        status: open
        # 受付期限。この日が過ぎると受付を終えます。/ After this day the ask is closed.
        expires: \(day(30))
        # public（だれでも）か members（会員版だけ）。書かなければ members です。/ Default members.
        audience: members
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消します。/ Draft: built only with --drafts. Delete to publish.
        draft: true
        # 相談の内容（Markdown）。/ The ask, in Markdown.
        body: |
          どんな経験のある方に、何を相談したいかを書きます。
        """ + "\n"
    }

    func page(_ slug: String) -> String {
        """
        ---
        # 固定ページ / Free page → /\(slug)/
        # 必須：タイトル。/ Required: the title.
        title: ページのタイトル
        # 検索結果などに出る一文の説明。/ One-sentence meta description.
        description: このページの内容を一文で説明します。
        # フッターのメニューでの順番。省略するとメニューに出ません。/ Footer menu position; omit to leave it out.
        # menu: 5
        # public（だれでも）か members（会員版だけ）。書かなければ public です。/ Default public.
        audience: public
        # 下書き：--drafts をつけたときだけ出ます。公開するときは、この行を消します。/ Draft: built only with --drafts. Delete to publish.
        draft: true
        ---
        本文を Markdown で書きます。

        Write the page in Markdown.

        """
    }
}
