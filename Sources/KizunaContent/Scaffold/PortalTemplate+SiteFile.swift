extension PortalTemplate {
    /// The line that marks a value to change, or says it came from `kizuna init`'s option.
    func change(given: Bool, option: String) -> String {
        given ? "# kizuna init \(option) で指定した値です。/ As given to kizuna init \(option)." : "# 【要変更 / CHANGE】"
    }

    /// `content/site.yaml`: every key the engine reads, each with a comment in Japanese and
    /// English; what a company must change is marked 【要変更 / CHANGE】.
    var siteYAML: String {
        """
        # サイト全体の設定 / Site settings
        # 【要変更 / CHANGE】と書いた値は、公開する前に自社のものに書き換えてください。
        # Values marked 【要変更 / CHANGE】 must be replaced with your company's before publishing.
        # すべての項目の説明 / Every key: Kizuna の docs/CONTENT.md（「site.yaml」）

        # 必須：サイトの名前（ページのタイトル、フィードの名前）。/ Required: the portal's name (page titles, feeds).
        \(change(given: companyName != nil, option: "--name"))
        title: \(YAMLTextEdit.doubleQuoted(title))
        # サイトの説明（検索結果や共有カードに出ます）。/ Meta description of pages without their own.
        description: \(t("卒業生と現役社員をつなぎ、交流・再入社・業務委託・メンタリングの機会をお届けする公式ネットワークです。",
                          "The official network that connects our alumni and employees through meetups, rehiring, contract work and mentoring."))
        # 必須：公開するアドレス（https:// で始まり / で終わります）。--base-url で一時的に変えられます（プレビューなど）。
        # Required: the address the site is published at (http(s), ending in /); `--base-url` overrides it for a preview.
        \(change(given: baseURL != nil, option: "--base-url"))
        base_url: \(base)
        # ページの言語：ja（日本語）か en（英語）。画面の文言はテーマから取ります。/ The pages' language: ja or en.
        language: \(language)
        # タイムゾーン（IANA の名前）。日付と締切はこのタイムゾーンで決まります。/ Time zone (IANA); dates and deadlines are in it.
        timezone: \(zone.identifier)
        # 国（ISO 3166-1 の2文字のコード）。検索エンジン向けのイベントと求人の情報（addressCountry）に使います。
        # Country (ISO 3166-1 alpha-2): the addressCountry of events and postings for search engines.
        country: JP
        # 運営する会社。/ The company that runs the portal.
        organization:
          # \(companyName == nil ? "【要変更 / CHANGE】" : "")会社名。/ The company's name.
          name: \(YAMLTextEdit.doubleQuoted(company))
          # 【要変更 / CHANGE】会社のウェブサイト。/ The company's website.
          url: https://example.com/
          # ロゴ画像（content/static/ に置いたファイルのパス）。/ Logo: the path of a file under content/static/.
          # logo: /static/logo.svg
        # テーマの名前。content フォルダーの隣の themes/<名前>/、なければ kizuna の実行ファイルの隣の themes/<名前>/ を使います。
        # The theme: themes/<name>/ beside the content folder, else beside the kizuna executable.
        theme: default
        # SNS で共有したときのカードの画像（image のないページで使います）。/ Sharing image of pages without their own.
        # image: /static/share.png
        # お知らせの一覧の1ページあたりの件数（1〜1000）。/ News posts per list page (1–1000).
        news_per_page: 10
        # フィードに載せるお知らせの件数（1〜1000）。/ Entries in each news feed (1–1000).
        feed_items: 20
        # 集計に出す最小の人数。これより少ない数は「5未満」などと表示します（個人の特定を避けるため）。
        # The smallest count shown in any figure; smaller counts are hidden (so no one can be singled out).
        min_cell: 5
        # 内容のファイル1つの最大サイズ（KB、1〜102400）。/ Largest content file accepted, in KB (1–102400).
        max_file_size_kb: 1024
        # Markdown の設定。/ Markdown settings.
        markdown:
          # true にすると、Markdown の中の HTML をそのまま出します（script などは除きます）。/ true lets raw HTML through.
          raw_html: false
        # 集計が変わってから、スナップショット（kizuna stats snapshot）を待つ最長の日数（1〜3650）。
        # Longest a change of the network's counts waits for a snapshot, in days (1–3650).
        stats_max_age_days: 90
        # 締切のない募集が、掲載からこの日数を過ぎると警告します（1〜3650）。/ An open posting with no deadline older than this is warned about.
        stale_after_days: 90
        # イベントの対象区分（キー：表示名）。イベントの segments に書くキーです。/ Event segments (key: display name).
        segments:
          2010s-joiners: {ja: 2010年代入社, en: Joined in the 2010s}
          tokyo: {ja: 東京在住, en: Living in Tokyo}
        # タグの表示名（キー：表示名）。URL はキーのままです。/ Display names of tags; URLs keep the key.
        tags:
          announcement: {ja: 運営から, en: Announcements}
          career: {ja: キャリア, en: Career}
          meetup: {ja: 交流会, en: Meetups}
          rehire: {ja: 再入社, en: Rehiring}
          sales: {ja: 営業, en: Sales}
        # 業界の表示名（プロフィールの industry に書くキー：表示名）。/ Display names of the industries profiles write.
        industries:
          hr-services: {ja: 人材サービス, en: HR services}
          it: {ja: IT・通信, en: IT and telecoms}
        # 社員紹介（リファラル）制度。/referral/ に載り、募集中の再入社の求人に紹介のリンクが付きます。
        # The employee referral programme: /referral/, and a referral link on every open rehire position.
        referral:
          # 紹介できる人。/ Who may refer.
          who: \(t("現役社員と、アルムナイネットワークに登録している卒業生", "Employees and registered alumni"))
          # 紹介の特典。/ The reward.
          reward: \(t("紹介された方の入社が決まったら、紹介した方にお礼をお贈りします。", "When the person you referred is hired, we send you a thank-you gift."))
          # 紹介の手順（Markdown）。/ How to refer (Markdown).
          how: |
            \(t("1. [再入社の求人](/opportunities/rehire/)から、紹介したい求人を選びます", "1. Choose a position among the [rehire positions](/opportunities/rehire/)"))
            \(t("2. 求人のページの紹介のリンクから、フォームに記入します", "2. Fill in the form from the position's referral link"))
          # 【要変更 / CHANGE】紹介のフォーム（https）。かわりに mail: にアドレスも書けます。/ The referral form (https), or mail: an address.
          form: https://forms.example.com/alumni/referral
        # 卒業生どうしを事務局がおつなぎする依頼の送り先。事務局経由の紹介に同意した会員（consent.contact: true）の
        # プロフィールに、会員版だけで依頼のボタンが付きます。メールアドレスは載りません。消すとボタンは出ません。
        # Where requests to be put in touch go: in the members build, the profile of a member who agreed to introductions
        # (consent.contact: true) offers to ask the office; no address is shown. Without this block, no profile offers it.
        connect:
          # 依頼のボタンの下に出す説明。省略するとテーマの文言を使います。/ The sentence under the button; default: the theme's.
          # note: \(t("メールアドレスは公開していません。運営事務局がご本人に確認し、了承を得られたらおつなぎします。",
                     "Addresses are not published: the alumni office asks the member first, and puts you in touch once they agree."))
          # 【要変更 / CHANGE】依頼のフォーム（https）。プロフィールが ?profile=<スラッグ> で付きます。かわりに mail: にアドレスも書けます。
          # The request form (https), given the profile as ?profile=<slug>; or mail: an address (the subject names the profile).
          form: https://forms.example.com/alumni/connect
        # 会員版へのログインの案内（/access/）と、会員版のログアウトのリンク。/ How to get into the members build (/access/).
        members:
          # 会員版に入れる人。/ Who may sign in.
          who: \(t("当社に在籍したことがあり、アルムナイネットワークに登録した方", "Former employees who registered with the alumni network"))
          # ログインの方法の説明。省略するとテーマの文言を使います。/ How to sign in; default: the theme's sentence.
          # sign_in: \(t("登録したメールアドレスに届くコードでログインします。", "Sign in with the code sent to your registered address."))
          # 【要変更 / CHANGE】会員版のアドレス。/ The members build's address.
          url: https://members.alumni.example.com/
          # 【要変更 / CHANGE】ログインできないときの問い合わせ先（https か mailto）。/ Whom to ask when signing in fails.
          contact: mailto:alumni-office@example.com
          # 【要変更 / CHANGE】会員版のログアウトのリンク。/ The members build's logout link.
          logout_url: https://members.alumni.example.com/oauth2/sign_out
          # 会員のメールアドレスの許可リストを書き出す場所（content フォルダーの隣からの相対パス）。コミットしません。
          # Where the members build writes the allowlist of members' addresses (beside content/); never committed.
          # allowlist: auth/allowlist.txt
        # 参加方法のページ（/join/）と、登録後のご案内（会員版の /welcome/）。/ The join page and the members' welcome page.
        join:
          # ページのタイトルと説明。省略するとテーマの文言を使います。/ Title and description; default: the theme's.
          # title: \(t("参加方法", "How to join"))
          # description: \(t("登録の対象と手順", "Who can join, and how"))
          # 登録できる人（Markdown）。/ Who may join (Markdown).
          who: |
            \(t("当社に在籍したことのある方が対象です。", "Anyone who has worked for us may join."))
          # ネットワークでできること（Markdown）。/ What the network offers (Markdown).
          offers: |
            \(t("- 交流会への参加", "- Meetups with alumni and employees"))
            \(t("- [再入社の求人](/opportunities/rehire/)への応募", "- Applying to [rehire positions](/opportunities/rehire/)"))
            \(t("- 卒業生どうしの[相談](/asks/)", "- [Asking](/asks/) other alumni for advice"))
          # 必須：【要変更 / CHANGE】登録フォーム（https）。/ Required: the sign-up form (https).
          form: https://forms.example.com/alumni/join
          # 登録の手順（Markdown）。/ The steps after the form (Markdown).
          steps: |
            \(t("1. 登録フォームに入力します", "1. Fill in the sign-up form"))
            \(t("2. 運営事務局が在籍を確認します", "2. The alumni office confirms that you worked here"))
            \(t("3. 会員版のご案内をメールでお送りします", "3. We e-mail you how to get into the members' site"))
          # 名簿に載せてよいか本人に選んでもらう項目（consent.fields の名前）。/ Answers a member may agree to show.
          fields: [name, name_en, joined, left, departments, industry, role, company, interests, mentor, bio, links]
          # 掲載内容の変更や退会の方法（Markdown）。/ How to change what is shown, or leave (Markdown).
          change: |
            \(t("掲載内容の変更や退会は、運営事務局（[alumni-office@example.com](mailto:alumni-office@example.com)）にお申し出ください。",
                "To change what is shown or to leave, write to the alumni office ([alumni-office@example.com](mailto:alumni-office@example.com))."))
          # 会員版への入り方（Markdown）。/ How to get into the members' site (Markdown).
          access: |
            \(t("登録したメールアドレスで入ります。", "Sign in with the address you registered."))
          # 登録後のご案内のページのタイトル。省略するとテーマの文言を使います。/ The welcome page's title.
          # welcome_title: \(t("ようこそ", "Welcome"))
        # 月間ダイジェスト（/digest/）の受け取り方。登録フォームとメーリングリストのアドレスの、どちらかか両方を書きます。
        # How readers receive the monthly digest (/digest/): a sign-up form, a mailing-list address, or both.
        # subscribe:
        #   form: https://forms.example.com/alumni/digest
        #   mail: alumni-digest@example.com
        # 応募・申し込み・登録のリンクに付ける utm パラメーター（ポータル経由の応募を数えるため）。/ utm parameters on outgoing calls to action.
        attribution:
          # 必須：utm_source の値。/ Required: utm_source.
          utm_source: alumni-portal
          # utm_medium の値（既定値 portal）。/ utm_medium (default portal).
          utm_medium: portal

        """
    }
}
