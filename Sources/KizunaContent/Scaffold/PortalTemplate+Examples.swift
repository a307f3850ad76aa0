extension PortalTemplate {
    // One published example of each kind: realistic, plainly fictional (example.com addresses,
    // 山田 花子 as the member), dated from today so the portal has an upcoming event and an open
    // posting. Each starts with a comment: what it is, and `kizuna new` for a commented file
    // with every field.

    var news: String {
        """
        ---
        # \(t("お知らせの例です。書き換えるか、消してください。", "An example news post: rewrite or delete it.")) / news → /news/network-launch/
        # \(t("すべての項目の説明つきのひな形は kizuna new news <スラッグ> で作れます。", "A template with every field explained: kizuna new news <slug>"))
        title: \(t("アルムナイネットワークを開設しました", "Our alumni network is open"))
        date: \(day(-2))
        tags: [announcement]
        summary: \(t("当社を卒業された皆さまと現役社員をつなぐ、公式のネットワークを開設しました。", "We have opened an official network that connects our alumni and employees."))
        author: \(t("アルムナイ運営事務局", "The alumni office"))
        audience: public
        ---
        \(t("当社を卒業された皆さまと現役社員をつなぐ「アルムナイネットワーク」を開設しました。",
            "We have opened the alumni network, which connects everyone who has worked here with our employees."))

        \(t("## できること", "## What you can do"))

        \(t("- [イベント](/events/)：交流会や少人数の集まりに参加できます",
            "- [Events](/events/): meetups and small gatherings"))
        \(t("- [求人・案件](/opportunities/)：再入社の求人や業務委託の案件に応募できます",
            "- [Opportunities](/opportunities/): rehire positions and contract work"))
        \(t("- [相談](/asks/)：卒業生どうしで相談できます",
            "- [Asks](/asks/): alumni asking each other for advice"))

        \(t("登録の方法は[参加方法](/join/)をご覧ください。", "See [how to join](/join/) to register."))

        """
    }

    var event: String {
        let start = day(30)
        return """
        # \(t("イベントの例です。書き換えるか、消してください。", "An example event: rewrite or delete it.")) / event → /events/welcome-meetup/
        # \(t("すべての項目の説明つきのひな形は kizuna new event <スラッグ> で作れます。", "A template with every field explained: kizuna new event <slug>"))
        title: \(t("アルムナイ交流会（開設記念）", "Alumni meetup for the network's launch"))
        start: \(time(start, hour: 19))
        end: \(time(start, hour: 21))
        mode: hybrid
        venue:
          name: \(t("本社 20階 ラウンジ", "Head office, 20th-floor lounge"))
          address: \(t("東京都千代田区丸の内1-1-1", "1-1-1 Marunouchi, Chiyoda-ku, Tokyo"))
        # \(t("参加用の URL は会員版だけに載ります。", "The join link is shown in the members build only."))
        online_url: https://meet.example.com/alumni/welcome-meetup
        capacity: 60
        rsvp: https://forms.example.com/alumni/welcome-meetup
        status: scheduled
        # \(t("public（だれでも）か members（会員版だけ）。書かなければ members です。", "public (anyone) or members (members build only); default members."))
        audience: public
        description: |
          \(t("ネットワークの開設を記念して、卒業生と現役社員の交流会を開きます。会場とオンラインのどちらからでも参加できます。",
              "To celebrate the launch of the network, we invite alumni and employees to a meetup, at the office or online."))

          \(t("- 18:45 受付", "- 18:45 Doors open"))
          \(t("- 19:00 開始・近況のご紹介", "- 19:00 Welcome and company news"))
          \(t("- 19:30 交流タイム", "- 19:30 Time to talk"))

        """
    }

    var opportunity: String {
        """
        # \(t("募集の例（再入社の求人）です。書き換えるか、消してください。", "An example posting (a rehire position): rewrite or delete it.")) / opportunity → /opportunities/rehire-sales-lead/
        # \(t("kind は rehire（再入社）のほか、contract（業務委託）と mentor（外部メンター）も書けます。",
              "Besides rehire, kind can be contract (paid work) or mentor (a paid mentor of employees)."))
        # \(t("すべての項目の説明つきのひな形は kizuna new opportunity <スラッグ> で作れます。", "A template with every field explained: kizuna new opportunity <slug>"))
        title: \(t("法人営業チームのリーダー（再入社）", "Corporate sales team lead (rehire)"))
        kind: rehire
        summary: \(t("法人営業の経験を生かして、5名のチームをまとめていただきます。", "Lead a team of five in corporate sales."))
        department: \(t("法人営業部", "Corporate sales"))
        location: \(t("東京都千代田区", "Chiyoda-ku, Tokyo"))
        remote: hybrid
        employment: full-time
        compensation: {min: 6000000, max: 8000000, currency: JPY, unit: year}
        posted: \(day(-3))
        deadline: \(day(60))
        status: open
        apply: https://forms.example.com/alumni/apply/rehire-sales-lead
        tags: [rehire, sales]
        # \(t("public（だれでも）か members（会員版だけ）。書かなければ members です。", "public (anyone) or members (members build only); default members."))
        audience: public
        description: |
          \(t("## 仕事の内容", "## The role"))

          \(t("法人のお客さまへの提案と、チームのメンバーの育成をお願いします。",
              "Propose our services to corporate clients and help your team grow."))

          \(t("## 求める経験", "## What we look for"))

          \(t("- 法人営業の経験3年以上", "- Three years or more in corporate sales"))
          \(t("- 当社での勤務経験", "- Experience of working here"))

        """
    }

    var profile: String {
        """
        # \(t("名簿のプロフィールの例です。架空の人物なので、実際の会員のものに書き換えるか、消してください。",
              "An example directory profile of a fictional member: replace it with real members' profiles, or delete it.")) / profile → /directory/hanako-yamada/
        # \(t("名簿は会員版だけに載り、consent.fields に書いた項目だけが出ます。", "The directory is in the members build only, and shows only the fields in consent.fields."))
        # \(t("すべての項目の説明つきのひな形は kizuna new profile <スラッグ> で作れます。", "A template with every field explained: kizuna new profile <slug>"))
        name: \(t("山田 花子", "Hanako Yamada"))
        name_en: Hanako Yamada
        joined: \(today.year - 12)
        left: \(today.year - 3)
        departments: [\(t("法人営業", "Corporate sales"))]
        industry: hr-services
        role: \(t("営業マネージャー", "Sales manager"))
        company: \(t("株式会社みほん", "Mihon Inc."))
        interests: [\(t("交流会", "Meetups")), \(t("キャリア相談", "Career advice"))]
        mentor: true
        bio: |
          \(t("法人営業を8年担当しました。いまは人材サービスの会社で営業チームをまとめています。",
              "I worked in corporate sales for eight years and now lead a sales team at an HR services company."))
        links: {website: https://hanako-yamada.example.com/}
        # \(t("メールアドレスは会員版のログインの許可リストに入ります。名簿には consent.fields に email があるときだけ出ます。",
              "The address goes into the members' sign-in allowlist; the directory shows it only if consent.fields has email."))
        email: hanako.yamada@example.com
        consent:
          # \(t("本人の同意を確かめてから true にします。", "Set true only with the member's consent."))
          directory: true
          fields: [name, name_en, joined, left, departments, industry, role, company, interests, mentor, bio, links]
          # \(t("true：ほかの会員が、site.yaml の connect: の送り先から事務局に紹介を頼めます。アドレスは載りません。",
                "true: other members may ask the office for an introduction, through site.yaml's connect:; no address is shown."))
          contact: true
          # \(t("true：ネットワークの集計に数えます（次の kizuna stats snapshot から）。架空の人物を数えないよう、例では false です。",
                "true counts the profile in the network's figures (from the next kizuna stats snapshot); false here, so no fictional member is counted."))
          stats: false

        """
    }

    var survey: String {
        let fielded = day(-20)
        return """
        # \(t("サーベイ結果の例です。数はすべて架空です。書き換えるか、消してください。", "An example survey report; every count is made up: rewrite or delete it.")) / survey → /surveys/welcome-survey/
        # \(t("min_cell（site.yaml）より少ない数は、ほかの選択肢とまとめて表示されます。", "Counts below min_cell (site.yaml) are merged with the next options."))
        # \(t("すべての項目の説明つきのひな形は kizuna new survey <スラッグ> で作れます。", "A template with every field explained: kizuna new survey <slug>"))
        title: \(t("登録時アンケートの結果", "Results of the welcome survey"))
        kind: welcome
        fielded: \(String(format: "%04d-%02d", fielded.year, fielded.month))
        respondents: 40
        summary: \(t("登録した方の多くが、交流会と求人の情報を期待しています。", "Most of those who registered look forward to meetups and job news."))
        audience: public
        questions:
          - id: wanted-content
            text: \(t("ネットワークに期待すること（複数回答可）", "What do you expect from the network? (several answers)"))
            type: multi
            options: [\(t("交流会", "Meetups")), \(t("求人・案件の情報", "Jobs and contract work")), \(t("会社の近況", "Company news"))]
            counts: [28, 22, 15]
          - id: recommend
            text: \(t("当社を知人にすすめたいと思いますか", "Would you recommend working here to a friend?"))
            type: likert
            options: [\(t("とてもそう思う, そう思う, どちらでもない, そう思わない, まったくそう思わない", "Strongly agree, Agree, Neutral, Disagree, Strongly disagree"))]
            counts: [10, 12, 8, 5, 5]

        """
    }

    var ask: String {
        """
        # \(t("相談の例です。書き換えるか、消してください。", "An example ask: rewrite or delete it.")) / ask → /asks/career-change-advice/
        # \(t("asker（相談者のプロフィール）の氏名は、会員版で、名簿への掲載に同意しているときだけ出ます。公開版では名前を出しません。",
              "The asker's name is shown in the members build only, and only if they consented to be listed; the public build shows no name."))
        # \(t("すべての項目の説明つきのひな形は kizuna new ask <スラッグ> で作れます。", "A template with every field explained: kizuna new ask <slug>"))
        title: \(t("人事の仕事からIT業界へ移った方に、話を聞きたいです", "Has anyone moved from HR into IT? I would like to hear how it went"))
        posted: \(day(-1))
        asker: hanako-yamada
        tags: [career]
        respond: https://forms.example.com/alumni/ask/career-change-advice
        status: open
        expires: \(day(45))
        # \(t("public（だれでも）か members（会員版だけ）。書かなければ members です。", "public (anyone) or members (members build only); default members."))
        audience: public
        body: |
          \(t("人事の経験を生かしてIT業界へ移った方に、30分ほどオンラインでお話を伺いたいです。",
              "I would like a 30-minute online chat with someone who moved from HR into IT."))

        """
    }

    var page: String {
        """
        ---
        # \(t("固定ページの例です。書き換えてください。", "An example free page: rewrite it.")) / page → /about/
        # \(t("すべての項目の説明つきのひな形は kizuna new page <スラッグ> で作れます。", "A template with every field explained: kizuna new page <slug>"))
        title: \(t("アルムナイネットワークについて", "About the alumni network"))
        description: \(t("卒業生と現役社員をつなぐ、公式アルムナイネットワークのご紹介です。", "About the official network of our alumni and employees."))
        menu: 1
        audience: public
        ---
        \(t("アルムナイネットワークは、当社を卒業された皆さまと現役社員をつなぐ公式のネットワークです。人事部の運営事務局が運営しています。",
            "The alumni network is the official network of everyone who has worked here and our employees, run by the alumni office in HR."))

        \(t("## お問い合わせ", "## Contact"))

        \(t("運営事務局（[alumni-office@example.com](mailto:alumni-office@example.com)）までご連絡ください。",
            "Write to the alumni office at [alumni-office@example.com](mailto:alumni-office@example.com)."))

        """
    }
}
