#!/usr/bin/env python3
"""Deterministic search benchmark corpus: N Japanese alumni-portal news posts as Kizuna content,
with known answers planted for the queries in queries.json (issue 24 item 3).

  gen_search_corpus.py OUT [N]          writes OUT/site.yaml and OUT/news/post-NNNNN.md (N = 10000)
  gen_search_corpus.py --queries FILE   writes the query list with the slugs each query must find

Most posts are filler news (meetups, rehiring, surveys, interviews) written from a vocabulary that
never contains a query word. The answers are "plants": a phrase put into the title, the tags, the
summary or the body of a few chosen posts. A query expects the posts of some plants and lists as
"decoys" the posts of plants that contain the query's characters but are another word (東京都 for
京都, 会社長期 for 社長): those must not rank first. After writing, every query is checked against
the written text (NFKC, katakana folded to hiragana, lower case, every word a substring): the
posts that contain it must be exactly its answers plus its decoys, so the truth is known.
The same seed gives the same files byte for byte.
"""
import json
import os
import random
import sys
import unicodedata

SEED = 24

# ---- filler vocabulary (checked below to contain no query) ----------------------------------
PLACES = ["大阪", "名古屋", "福岡", "札幌", "仙台", "広島", "横浜", "神戸", "那覇", "金沢", "新潟", "熊本",
          "オンライン", "本社", "関西支社"]
EVENTS = ["交流会", "勉強会", "懇親会", "キャリア相談会", "座談会", "ネットワーキングイベント", "説明会", "ワークショップ"]
TOPICS = ["再入社", "業務委託", "社外メンター", "キャリア支援", "採用ブランディング", "エンゲージメント", "リファラル採用",
          "若手社員のフォロー", "ビジネス連携", "評価制度", "子育てと仕事", "マネジメント", "データ活用", "営業改革",
          "新規事業", "オンボーディング", "働き方", "研修制度"]
PEOPLE = ["田中", "山本", "中村", "小林", "加藤", "吉田", "山口", "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本"]
GIVEN = ["翔太", "美咲", "大輔", "陽子", "健一", "由美", "拓也", "真由美", "直樹", "恵"]
ROLES = ["人事部", "営業部", "経理部", "開発部", "マーケティング部", "広報部"]
EN = ["alumni", "network", "rehire", "mentor", "meetup", "survey", "career", "referral", "community", "onboarding"]
TAGS = ["announcement", "community", "event-report", "interview", "rehire", "contract", "mentor", "survey",
        "キャリア", "交流会", "人事", "働き方"]
TITLES = ["{place}で{event}を開催しました", "{topic}についてのお知らせ", "{person}さんインタビュー：{topic}の今",
          "{year}年度の{topic}の取り組み", "{role}の卒業生による{event}のご報告", "アルムナイ{event}（{place}）のご案内",
          "{topic}に関するアンケート結果", "Alumni {en} update：{topic}"]
SENTENCES = ["{place}の{event}には、{n}名のアルムナイが参加しました。",
             "{person}さん（{role}出身）が、{topic}について話しました。",
             "今年度は{topic}に力を入れ、{en}の仕組みを見直しています。",
             "参加者からは「{topic}の事例をもっと聞きたい」という声が寄せられました。",
             "次回の{event}は{place}で予定しています。詳細は追ってお知らせします。",
             "アルムナイネットワークの登録者は{n}名を超えました。",
             "{role}の現役社員も加わり、{topic}の意見交換をしました。",
             "資料は会員向けサイトで公開しています（{en} のページ）。"]


def filler_sentence(rng):
    return rng.choice(SENTENCES).format(
        place=rng.choice(PLACES), event=rng.choice(EVENTS), topic=rng.choice(TOPICS), en=rng.choice(EN),
        person=rng.choice(PEOPLE) + rng.choice(GIVEN), role=rng.choice(ROLES), n=rng.randint(12, 480))


# ---- plants: name -> (field, phrase, how many posts) -----------------------------------------
# field: title (the phrase is the start of the title), tag (a tag), summary, body (a sentence).
PLANTS = {
    "kyoto": ("title", "京都で若手アルムナイの集い", 2),
    "kyoto-b": ("body", "会場は京都駅から徒歩5分です。", 2),
    "kyotofu": ("summary", "京都府の卒業生を中心にした集まりです。", 2),
    "tokyoto": ("title", "東京都のサテライトオフィス開設", 3),
    "tokyoto-b": ("body", "東京都の助成制度を活用しました。", 2),
    "shacho": ("summary", "新社長の就任にあたり、卒業生へのメッセージを掲載します。", 3),
    "kaisha-choki": ("title", "会社長期ビジョン説明会", 3),
    "honbu": ("body", "営業本部の体制が変わりました。", 3),
    "nihon-buhin": ("title", "日本部品工業の卒業生インタビュー", 3),
    "gakkai": ("summary", "人事関連の学会で当社の事例を発表しました。", 3),
    "daigaku-kaikan": ("title", "大学会館でのキャリア講演", 3),
    "tenshoku": ("title", "転職して見えたこと", 4),
    "kigyo": ("tag", "起業", 4),
    "ikukyu": ("body", "育休から戻った社員の声を紹介します。", 3),
    "chado": ("summary", "茶道部OB会の報告です。", 3),
    "ayu": ("body", "懇親会では鮎の塩焼きが振る舞われました。", 2),
    "kouhoushi": ("title", "広報誌リニューアル", 3),
    "fukugyo": ("summary", "副業制度の利用者が増えています。", 4),
    "sangyoi": ("body", "産業医による健康相談も受け付けます。", 3),
    "jinteki-shihon": ("title", "人的資本の開示に向けて", 3),
    "chiho-sosei": ("body", "地方創生の取り組みとして移住支援を始めました。", 3),
    "kenko-keiei": ("summary", "健康経営優良法人に認定されました。", 3),
    "remote": ("title", "リモートワーク制度の見直し", 4),
    "workation": ("body", "ワーケーションの制度を試験導入しました。", 3),
    "hackathon": ("tag", "ハッカソン", 3),
    "podcast": ("summary", "アルムナイのポッドキャストを始めました。", 3),
    "sustainability": ("title", "サステナビリティ報告会", 3),
    "crowdfunding": ("body", "卒業生のクラウドファンディングを応援しています。", 3),
    "mentoring": ("summary", "メンタリングの参加者を募集します。", 3),
    "kubernetes": ("body", "勉強会では Kubernetes の運用を取り上げました。", 3),
    "hackathon-en": ("title", "Global Hackathon 2029 の結果", 2),
    "java": ("body", "Java のサーバーを移行しました。", 3),
    "javascript": ("title", "JavaScript 入門講座を開きました", 3),
    "okr": ("summary", "OKR の運用について議論しました。", 3),
    "tokyo-en": ("body", "The Tokyo office will host the next reunion.", 3),
    "dx": ("title", "DX推進室の卒業生が語る", 3),
    "ai": ("summary", "AI活用の事例を共有しました。", 3),
    "python": ("body", "Python勉強会を毎月開いています。", 3),
    "saas": ("title", "SaaS企業へ転じた卒業生", 3),
    "q4": ("summary", "2029年Q4の採用計画をお知らせします。", 3),
    "suzuki": ("title", "鈴木一郎さんインタビュー", 2),
    "suzuki-b": ("body", "講師は鈴木一郎さん（営業部出身）です。", 2),
    "takahashi": ("summary", "高橋さくらさんが登壇しました。", 3),
    "watanabe": ("body", "司会は渡辺健太郎さんが務めました。", 3),
    "emily": ("body", "Guest speaker Emily Carter shared her career story.", 3),
    "sato": ("title", "佐藤花子さんの起業ストーリー", 2),
}

# ---- queries: id, query, kind, answers (plants), decoys (plants), note ------------------------
QUERIES = [
    ("ja2-kyoto", "京都", "ja2", ["kyoto", "kyoto-b", "kyotofu"], ["tokyoto", "tokyoto-b"], "京都 must not find 東京都 first"),
    ("ja2-shacho", "社長", "ja2", ["shacho"], ["kaisha-choki"], "a two-character word inside 会社長期"),
    ("ja2-honbu", "本部", "ja2", ["honbu"], ["nihon-buhin"], "a two-character word inside 日本部品"),
    ("ja2-gakkai", "学会", "ja2", ["gakkai"], ["daigaku-kaikan"], "a two-character word inside 大学会館"),
    ("ja2-tenshoku", "転職", "ja2", ["tenshoku"], [], ""),
    ("ja2-kigyo", "起業", "ja2", ["kigyo", "sato"], [], "a tag and a title"),
    ("ja2-ikukyu", "育休", "ja2", ["ikukyu"], [], "body only"),
    ("ja2-chado", "茶道", "ja2", ["chado"], [], ""),
    ("ja1-ayu", "鮎", "ja1", ["ayu"], [], "one character, body only"),
    ("ja3-kyotofu", "京都府", "ja3", ["kyotofu"], [], ""),
    ("ja3-tokyoto", "東京都", "ja3", ["tokyoto", "tokyoto-b"], [], ""),
    ("ja3-kouhoushi", "広報誌", "ja3", ["kouhoushi"], [], ""),
    ("ja3-sangyoi", "産業医", "ja3", ["sangyoi"], [], "body only"),
    ("ja4-fukugyo", "副業制度", "ja4", ["fukugyo"], [], ""),
    ("ja4-jinteki", "人的資本", "ja4", ["jinteki-shihon"], [], ""),
    ("ja4-chiho", "地方創生", "ja4", ["chiho-sosei"], [], "body only"),
    ("ja4-kenko", "健康経営", "ja4", ["kenko-keiei"], [], ""),
    ("ja-two-words", "京都 集い", "ja2", ["kyoto"], [], "two words, both required"),
    ("kata-remote", "リモートワーク", "katakana", ["remote"], [], ""),
    ("hira-remote", "りもーとわーく", "hiragana", ["remote"], [], "katakana term typed in hiragana"),
    ("half-remote", "ﾘﾓｰﾄﾜｰｸ", "halfwidth", ["remote"], [], "half-width katakana"),
    ("hira-workation", "わーけーしょん", "hiragana", ["workation"], [], ""),
    ("half-workation", "ﾜｰｹｰｼｮﾝ", "halfwidth", ["workation"], [], "small kana"),
    ("kata-hackathon", "ハッカソン", "katakana", ["hackathon"], [], "a tag"),
    ("hira-hackathon", "はっかそん", "hiragana", ["hackathon"], [], "small tsu"),
    ("half-podcast", "ﾎﾟｯﾄﾞｷｬｽﾄ", "halfwidth", ["podcast"], [], "voiced marks"),
    ("hira-sustain", "さすてなびりてぃ", "hiragana", ["sustainability"], [], ""),
    ("kata-crowd", "クラウドファンディング", "katakana", ["crowdfunding"], [], "body only"),
    ("hira-mentoring", "めんたりんぐ", "hiragana", ["mentoring"], [], ""),
    ("en-kubernetes", "kubernetes", "english", ["kubernetes"], [], "lower case for Kubernetes"),
    ("en-kuber-prefix", "kuber", "english", ["kubernetes"], [], "a prefix"),
    ("en-hackathon", "Hackathon", "english", ["hackathon-en"], [], ""),
    ("en-java", "java", "english", ["java"], ["javascript"], "Java must not find JavaScript first"),
    ("en-okr", "OKR", "english", ["okr"], [], ""),
    ("en-tokyo", "Tokyo", "english", ["tokyo-en"], [], "English sentence in a Japanese post"),
    ("mix-dx", "DX推進", "mixed", ["dx"], [], ""),
    ("mix-dx-fullwidth", "ＤＸ推進", "mixed", ["dx"], [], "full-width Latin"),
    ("mix-ai", "AI活用", "mixed", ["ai"], [], ""),
    ("mix-python", "Python勉強会", "mixed", ["python"], [], "body only"),
    ("mix-saas", "saas", "mixed", ["saas"], [], "lower case"),
    ("mix-q4", "Q4", "mixed", ["q4"], [], "a letter and a digit"),
    ("name-suzuki", "鈴木一郎", "name", ["suzuki", "suzuki-b"], [], ""),
    ("name-suzuki-space", "鈴木 一郎", "name", ["suzuki", "suzuki-b"], [], "family and given name apart"),
    ("name-takahashi", "高橋さくら", "name", ["takahashi"], [], "kanji and hiragana"),
    ("name-watanabe", "渡辺", "name", ["watanabe"], [], "family name only, body only"),
    ("name-emily", "Emily Carter", "name", ["emily"], [], "an English name"),
    ("name-sato", "佐藤花子", "name", ["sato"], [], ""),
]


def fold(text):
    """What a reader's query should match: NFKC (half-width kana, full-width Latin), katakana as
    hiragana, lower case."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def contains(haystack, query):
    return all(word in haystack for word in fold(query).split())


def plant_slugs(n):
    """Which posts carry which plants: distinct posts, chosen by a seeded generator."""
    rng = random.Random(SEED * 1000 + n)
    chosen = rng.sample(range(1, n + 1), sum(count for _, _, count in PLANTS.values()))
    slugs, at = {}, 0
    for name, (_, _, count) in PLANTS.items():
        slugs[name] = sorted(f"post-{i:05d}" for i in chosen[at:at + count])
        at += count
    return slugs


def post(i, rng, plants):
    year, month, day = 2020 + i % 10, 1 + i % 12, 1 + i % 28
    values = dict(place=rng.choice(PLACES), event=rng.choice(EVENTS), topic=rng.choice(TOPICS), en=rng.choice(EN),
                  person=rng.choice(PEOPLE) + rng.choice(GIVEN), role=rng.choice(ROLES), year=year)
    title = rng.choice(TITLES).format(**values)
    tags = sorted(rng.sample(TAGS, 2))
    summary = filler_sentence(rng)
    paragraphs = ["".join(filler_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(3)]
    for field, phrase in plants:
        if field == "title":
            title = phrase
        elif field == "tag":
            tags = sorted(tags[:1] + [phrase])
        elif field == "summary":
            summary = phrase + summary
        else:
            paragraphs[1] = phrase + paragraphs[1]
    body = [paragraphs[0], f"## {values['topic']}の取り組み", paragraphs[1],
            f"- 日時：{year}年{month}月{day}日\n- 会場：{values['place']}\n- 担当：{values['role']}", paragraphs[2]]
    front = (f'---\ntitle: "{title}"\ndate: {year:04d}-{month:02d}-{day:02d}\n'
             f'tags: [{", ".join(tags)}]\nsummary: "{summary}"\n---\n\n')
    return front + "\n\n".join(body) + "\n"


def check_vocabulary():
    words = PLACES + EVENTS + TOPICS + PEOPLE + GIVEN + ROLES + EN + TAGS + TITLES + SENTENCES
    text = fold(" | ".join(words))
    for qid, query, *_ in QUERIES:
        if all(word in text for word in fold(query).split()):
            sys.exit(f"filler vocabulary contains the query {qid} ({query})")


def write_corpus(out, n):
    check_vocabulary()
    slugs = plant_slugs(n)
    by_post = {}
    for name, (field, phrase, _) in PLANTS.items():
        for slug in slugs[name]:
            by_post.setdefault(slug, []).append((field, phrase))
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out, "news"), exist_ok=True)
    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: 検索ベンチマーク アルムナイネットワーク\nbase_url: https://search-bench.example/\n"
                "languages: [ja]\ntimezone: Asia/Tokyo\nnews_per_page: 20\n")
    texts = {}
    for i in range(1, n + 1):
        slug = f"post-{i:05d}"
        text = post(i, rng, by_post.get(slug, []))
        texts[slug] = fold(text)
        with open(os.path.join(out, "news", slug + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
    # The truth, checked on what was written.
    for qid, query, _, answers, decoys, _ in QUERIES:
        want = {s for p in answers + decoys for s in slugs[p]}
        found = {s for s, t in texts.items() if contains(t, query)}
        if found != want:
            sys.exit(f"query {qid} ({query}): the corpus has {sorted(found ^ want)} unexpectedly in or out")


def write_queries(path, n=10000):
    slugs = plant_slugs(n)
    queries = [{"id": qid, "q": query, "kind": kind,
                "japanese": kind not in ("english",) and not query.isascii(),
                "expect": sorted(s for p in answers for s in slugs[p]),
                "decoys": sorted(s for p in decoys for s in slugs[p]), "note": note}
               for qid, query, kind, answers, decoys, note in QUERIES]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"posts": n, "seed": SEED, "generator": "bench/search/gen_search_corpus.py", "queries": queries},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--queries":
        write_queries(sys.argv[2])
    elif len(sys.argv) in (2, 3):
        write_corpus(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 10000)
    else:
        sys.exit(__doc__)
