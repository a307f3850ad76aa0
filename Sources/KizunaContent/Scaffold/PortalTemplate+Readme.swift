extension PortalTemplate {
    /// `README.md`: for the portal's editors, in the portal's language.
    var readme: String { japanese ? readmeJapanese : readmeEnglish }

    var readmeJapanese: String {
        """
        # \(title)

        \(company)のアルムナイネットワークのポータルの原稿です。Kizuna でサイトにします。
        お知らせやイベントを Markdown と YAML で書いてプルリクエストを出すと、確認のあと公開されます。

        ## はじめに変えるところ

        `content/site.yaml` の【要変更 / CHANGE】と書いた値（サイトの名前、公開するアドレス `base_url`、
        会社名、問い合わせ先、フォームのアドレス）を、自社のものに書き換えてください。
        `content/` の下の例（架空の会社と人物です）は、書き換えるか消してください。

        ## フォルダー

        | フォルダー | 中身 |
        | --- | --- |
        | `content/site.yaml` | サイト全体の設定（すべての項目に説明があります） |
        | `content/news/` | お知らせ（Markdown）→ `/news/<スラッグ>/` |
        | `content/events/` | イベント（YAML）→ `/events/<スラッグ>/` |
        | `content/opportunities/` | 求人・案件：再入社の求人（rehire）、業務委託（contract）、外部メンター（mentor）→ `/opportunities/<スラッグ>/` |
        | `content/alumni/` | 名簿のプロフィール（本人の同意つき）。会員版だけに載ります |
        | `content/surveys/` | サーベイの集計結果 → `/surveys/<スラッグ>/` |
        | `content/asks/` | 卒業生からの相談 → `/asks/<スラッグ>/` |
        | `content/pages/` | 固定ページ（このサイトについて、プライバシーポリシーなど）→ `/<スラッグ>/` |
        | `content/static/` | 画像や PDF。そのまま `/static/` に置かれます（必要になったら作ります） |
        | `content/stats/` | ネットワークの集計のスナップショット。`kizuna stats snapshot` が書きます。手で編集しません |
        | `site/` | ビルドの出力（コミットしません） |
        | `auth/` | 会員版のビルドが書く、会員のメールアドレスの許可リスト（コミットしません） |
        | `.kizuna-cache/` | ビルドのキャッシュ（コミットしません） |

        名簿のプロフィールには個人情報が入ります。このリポジトリは非公開にしてください。

        新しいファイルは、すべての項目の説明つきのひな形から始められます：

            kizuna new news <スラッグ>     # event, opportunity, profile, survey, ask, page も同じです

        ## プレビュー

        次のどれかで、公開する前にページを確かめられます。

        - **プルリクエストのプレビュー**：プルリクエストを出すと、プレビューのリンクがコメントに付きます
          （リポジトリのワークフローを設定したとき。何もインストールしなくて済みます）。
        - **開発コンテナー**：GitHub Codespaces などで、ブラウザーの中で `kizuna serve` を動かせます
          （設定のしかたは編集者のガイドの「kizuna を用意する」にあります）。
        - **リリースのバイナリ**：Kizuna のリリースから、お使いのパソコン用のアーカイブ
          （`kizuna-macos-arm64.tar.gz` など）をダウンロードして展開し、このフォルダーで次を実行します。

              kizuna serve                  # http://127.0.0.1:8000/ を開きます。保存するたびに作り直します
              kizuna serve --audience members   # 会員版

        ## ビルド

            kizuna check                              # 公開版を確かめます（何も書き出しません）
            kizuna check --audience members           # 会員版を確かめます
            kizuna build                              # 公開版を site/ に作ります
            kizuna build --audience members --output site-members   # 会員版

        ## テーマ

        このフォルダーにテーマはありません。`kizuna` の実行ファイルの隣の `themes/default/` を使います。
        デザインを変えたいときは、そのフォルダーをこのフォルダーの `themes/default/` にコピーして編集します
        （content フォルダーの隣の `themes/` にあるテーマが優先されます）。

        ## くわしい説明

        Kizuna のリポジトリの `docs/` にあります。

        - `docs/editors.ja.md`：編集者のガイド（Kizuna の入手方法、書き方、すべてのエラーと警告）
        - `docs/CONTENT.md`：すべての項目の仕様
        - `docs/hosting.ja.md`：公開のしかた（GitHub Pages などと、会員版のログイン）
        - `docs/THEMES.md`：テーマ

        """
    }

    var readmeEnglish: String {
        """
        # \(title)

        The content of \(company)'s alumni portal, built into a site by Kizuna.
        Write news, events and the rest in Markdown and YAML, open a pull request, and it is
        published once it is reviewed and merged.

        ## Change first

        In `content/site.yaml`, replace every value marked 【要変更 / CHANGE】 (the portal's name, the
        address it is published at `base_url`, the company's name, contact addresses, form addresses)
        with your own. The examples under `content/` (a fictional company and member) are there to
        rewrite or delete.

        ## Folders

        | Folder | What it holds |
        | --- | --- |
        | `content/site.yaml` | the site's settings (every key is explained) |
        | `content/news/` | news posts (Markdown) → `/news/<slug>/` |
        | `content/events/` | events (YAML) → `/events/<slug>/` |
        | `content/opportunities/` | rehire positions (rehire), contract work (contract) and paid mentor roles (mentor) → `/opportunities/<slug>/` |
        | `content/alumni/` | directory profiles, with each member's consent; in the members build only |
        | `content/surveys/` | aggregated survey results → `/surveys/<slug>/` |
        | `content/asks/` | alumni asking the network → `/asks/<slug>/` |
        | `content/pages/` | free pages (about, privacy policy) → `/<slug>/` |
        | `content/static/` | images and PDFs, copied to `/static/` (create it when you need it) |
        | `content/stats/` | snapshots of the network's figures, written by `kizuna stats snapshot`; never edited by hand |
        | `site/` | the build's output (never committed) |
        | `auth/` | the members' allowlist the members build writes (e-mail addresses; never committed) |
        | `.kizuna-cache/` | the build's cache (never committed) |

        Profiles hold personal data: keep this repository private.

        Start a new file from a template with every field explained:

            kizuna new news <slug>     # and event, opportunity, profile, survey, ask, page

        ## Preview

        Any of these shows the pages before they are published.

        - **Pull-request previews**: a pull request gets a comment with a preview link (once the
          repository's workflows are set up; nothing to install).
        - **The dev container**: run `kizuna serve` in a browser, in GitHub Codespaces or the like
          (the editors' guide, "Getting kizuna", says how to set it up).
        - **The released binary**: download the archive for your computer from Kizuna's releases
          (`kizuna-macos-arm64.tar.gz` …), unpack it, and run in this folder:

              kizuna serve                      # open http://127.0.0.1:8000/; rebuilt on every save
              kizuna serve --audience members   # the members build

        ## Build

            kizuna check                              # check the public build (writes nothing)
            kizuna check --audience members           # check the members build
            kizuna build                              # build the public site into site/
            kizuna build --audience members --output site-members   # the members build

        ## Theme

        This folder has no theme: Kizuna uses `themes/default/` beside the `kizuna` executable. To
        change the design, copy that folder to `themes/default/` in this folder and edit it (a theme
        in `themes/` beside the content folder comes first).

        ## The full guides

        In Kizuna's repository, under `docs/`:

        - `docs/editors.en.md`: the editors' guide (getting Kizuna, writing, every error and warning)
        - `docs/CONTENT.md`: every field
        - `docs/hosting.md`: publishing (GitHub Pages and others, the members' login)
        - `docs/THEMES.md`: themes

        """
    }
}
