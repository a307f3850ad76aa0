/// Every area of the message catalogue, in the order the editor guides list them. Kizuna
/// speaks to editors only through these: each message is written once in English and once in
/// Japanese (`CatalogueMessage`), and the catalogue's tests read every example of every area
/// in both; the guides' message chapters are these examples, as printed (`MessageGuideTests`).
public enum MessageCatalogue {
    public struct Section: Sendable {
        public var area: any CatalogueMessage.Type
        /// The heading of the area in the editor guides.
        public var title: LocalizedText
    }

    public static let sections: [Section] = [
        Section(area: LoadMessage.self, title: LocalizedText(en: "Folders and files", ja: "フォルダーとファイル")),
        Section(area: YAMLMessage.self, title: LocalizedText(en: "YAML", ja: "YAML の書式")),
        Section(area: YAMLSyntaxProblem.self, title: LocalizedText(en: "What a YAML syntax error says", ja: "YAML の書式エラーの中身")),
        Section(area: YAMLSyntaxContext.self, title: LocalizedText(en: "Where a YAML syntax error began", ja: "YAML の書式エラーが始まった場所")),
        Section(area: ControlCharacterMessage.self, title: LocalizedText(en: "Invisible characters", ja: "見えない文字")),
        Section(area: ControlCharacterName.self, title: LocalizedText(en: "Names of invisible characters", ja: "見えない文字の名前")),
        Section(area: FieldMessage.self, title: LocalizedText(en: "Field values (every kind)", ja: "項目の書き方（すべての種類に共通）")),
        Section(area: WrittenValue.self, title: LocalizedText(en: "How messages name what was written", ja: "メッセージの中の「今は…です」の言い方")),
        Section(area: LinkProblem.self, title: LocalizedText(en: "Links in YAML fields", ja: "YAML の項目に書くリンク")),
        Section(area: SlugProblem.self, title: LocalizedText(en: "Slugs", ja: "スラッグ")),
        Section(area: NewsMessage.self, title: LocalizedText(en: "News posts", ja: "お知らせ")),
        Section(area: EventMessage.self, title: LocalizedText(en: "Events", ja: "イベント")),
        Section(area: OpportunityMessage.self, title: LocalizedText(en: "Opportunities", ja: "募集")),
        Section(area: ProfileMessage.self, title: LocalizedText(en: "Profiles", ja: "名簿のプロフィール")),
        Section(area: EmailProblem.self, title: LocalizedText(en: "Why an e-mail address cannot be read", ja: "メールアドレスとして読めない理由")),
        Section(area: SurveyMessage.self, title: LocalizedText(en: "Surveys", ja: "サーベイ")),
        Section(area: AskMessage.self, title: LocalizedText(en: "Asks", ja: "相談")),
        Section(area: StatsMessage.self, title: LocalizedText(en: "Stats snapshots", ja: "統計のスナップショット")),
        Section(area: ScaffoldMessage.self, title: LocalizedText(en: "kizuna new", ja: "kizuna new")),
        Section(area: InitMessage.self, title: LocalizedText(en: "kizuna init", ja: "kizuna init")),
        Section(area: ValidateMessage.self, title: LocalizedText(en: "Rules across files", ja: "ファイルをまたぐルール")),
        Section(area: TranslationMessage.self, title: LocalizedText(en: "Translations", ja: "翻訳")),
        Section(area: MarkdownLimitMessage.self, title: LocalizedText(en: "Markdown size limits", ja: "Markdown の量の上限")),
        Section(area: SiteConfigMessage.self, title: LocalizedText(en: "site.yaml", ja: "site.yaml")),
        Section(area: MembersMessage.self, title: LocalizedText(en: "Members access and the allowlist", ja: "会員版へのログインと許可リスト")),
        Section(area: BaseURLProblem.self, title: LocalizedText(en: "site.yaml's base_url", ja: "site.yaml の base_url")),
        Section(area: SiteMessage.self, title: LocalizedText(en: "Deadlines, reports, consent and snapshots", ja: "締切・開催レポート・同意・スナップショット")),
        Section(area: SiteLinkMessage.self, title: LocalizedText(en: "Links and images", ja: "リンクと画像")),
        Section(area: AbsenceReason.self, title: LocalizedText(en: "Why a linked item is not in this build", ja: "リンク先がこのビルドにない理由")),
        Section(area: RouteMessage.self, title: LocalizedText(en: "Two pages at one address", ja: "同じアドレスに2つのページ")),
        Section(area: PageName.self, title: LocalizedText(en: "How messages name a page", ja: "メッセージの中のページの呼び方")),
        Section(area: ThemeMessage.self, title: LocalizedText(en: "Theme (not for editors to fix)", ja: "テーマ（編集者が直すものではありません）")),
        Section(area: ThemeInheritanceMessage.self, title: LocalizedText(en: "A theme that extends another (not for editors to fix)", ja: "ほかのテーマを継承するテーマ（編集者が直すものではありません）")),
        Section(area: ThemeColorMessage.self, title: LocalizedText(en: "A theme's colours outside its style sheet (not for editors to fix)", ja: "スタイルシートの外で使うテーマの色（編集者が直すものではありません）")),
        Section(area: TemplateSyntax.self, title: LocalizedText(en: "Template syntax", ja: "テンプレートの書き方")),
        Section(area: OutputMessage.self, title: LocalizedText(en: "The output folder", ja: "出力フォルダー")),
        Section(area: WriteStep.self, title: LocalizedText(en: "What was being written", ja: "書き込みの段階")),
        Section(area: WriteFailure.self, title: LocalizedText(en: "Why a write failed", ja: "書き込めなかった理由")),
        Section(area: StatsCommandMessage.self, title: LocalizedText(en: "kizuna stats snapshot", ja: "kizuna stats snapshot")),
        Section(area: SnapshotFigure.self, title: LocalizedText(en: "Figures of a snapshot", ja: "スナップショットの数字")),
        Section(area: SnapshotReason.self, title: LocalizedText(en: "Why a snapshot waits", ja: "スナップショットを待つ理由")),
        Section(area: ServeMessage.self, title: LocalizedText(en: "kizuna serve", ja: "kizuna serve")),
        Section(area: ImportMessage.self, title: LocalizedText(en: "kizuna import profiles", ja: "kizuna import profiles")),
        Section(area: DiffMessage.self, title: LocalizedText(en: "kizuna diff", ja: "kizuna diff")),
        Section(area: DiffHeading.self, title: LocalizedText(en: "The lists of kizuna diff", ja: "kizuna diff の一覧の見出し")),
        Section(area: CommandMessage.self, title: LocalizedText(en: "Commands", ja: "コマンド")),
        Section(area: ProgressLine.self, title: LocalizedText(en: "Progress", ja: "進み具合")),
        Section(area: ReportMessage.self, title: LocalizedText(en: "Around the list of problems", ja: "一覧の前後に出るもの")),
    ]

    public static var areas: [any CatalogueMessage.Type] { sections.map(\.area) }

    /// Every example of every area, in both languages.
    public static var allExamples: [(area: String, text: LocalizedText)] {
        areas.flatMap { area in examples(of: area).map { (String(describing: area), $0) } }
    }

    public static func examples<M: CatalogueMessage>(of area: M.Type) -> [LocalizedText] {
        area.examples.map(\.text)
    }

    /// The guides' message chapter body: each area's heading and its examples as printed.
    public static func guideChapter(_ language: EditorLanguage, headingLevel: Int = 4) -> String {
        var out = ""
        for section in sections {
            out += String(repeating: "#", count: headingLevel) + " " + section.title(language) + "\n\n```text\n"
            for text in examples(of: section.area) { out += text(language) + "\n" }
            out += "```\n\n"
        }
        return out
    }
}
