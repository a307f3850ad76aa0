#!/usr/bin/env python3
"""Writes the sign-up form's export for the example portal's members who are not in the
directory: fictional people who answered the welcome survey, agreed (most of them) to be
counted in the network's figures, and chose not to be listed.

The example's content/alumni/m-*.yaml files were made from it with the real importer:

    python3 scripts/example-signups.py > /tmp/signups.csv
    kizuna import profiles /tmp/signups.csv --map docs/examples/signup-import/mapping.yaml

Deterministic (a fixed seed): the same export every run. The names, addresses and answers are
invented; an export of real answers never belongs in the repository.
"""
import csv
import glob
import os
import random
import re
import sys

SEED = 20250401
PEOPLE = 350

SURNAMES = "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本".split()
ROMAN_SURNAMES = "Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Saito Shimizu Yamazaki Mori Ikeda Hashimoto Abe Ishikawa Yamashita Nakajima Ishii Ogawa Maeda Okada Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto".split()
GIVEN = "翔 大輔 健太 拓海 直樹 亮 誠 和也 陽介 修 美咲 陽子 彩 真由美 恵 由美 麻衣 千尋 舞 沙織 智子 優子 美穂 瞳 遥 葵 蓮 悠斗 湊 結衣".split()
ROMAN_GIVEN = "Sho Daisuke Kenta Takumi Naoki Ryo Makoto Kazuya Yosuke Osamu Misaki Yoko Aya Mayumi Megumi Yumi Mai Chihiro Mai Saori Tomoko Yuko Miho Hitomi Haruka Aoi Ren Yuto Minato Yui".split()
DEPARTMENTS = ["法人営業", "人材紹介", "キャリアアドバイザー", "人事", "経理", "情報システム", "マーケティング", "広報", "経営企画", "カスタマーサクセス"]
# As the form offers them (docs/examples/signup-import/mapping.yaml maps them to the portal's values).
INDUSTRIES = [("IT・ソフトウェア・通信", 24), ("人材サービス", 22), ("コンサルティング", 10), ("メーカー", 9), ("金融・保険", 8),
              ("広告・メディア", 7), ("教育", 5), ("医療・福祉", 4), ("起業・自営", 4), ("その他", 7)]
ROLES = ["営業", "人事", "エンジニア", "マーケター", "コンサルタント", "経理・財務", "プロダクトマネージャー", "経営者", "キャリアアドバイザー", "研究職"]
INTERESTS = [("交流会", 0.45), ("勉強会", 0.4), ("業務委託の案件", 0.3), ("再入社（カムバック採用）", 0.18), ("外部メンター（有償）", 0.2),
             ("地域交流", 0.08), ("採用協力", 0.1)]
HEADER = ["タイムスタンプ", "メールアドレス", "お名前", "お名前（ローマ字）", "入社した年", "退職した年", "在籍した部署", "現在の業界", "現在の職種",
          "現在の勤務先", "ネットワークで関心のあること", "外部メンターとして協力できますか", "自己紹介", "LinkedIn のURL", "会員名簿への掲載",
          "名簿に表示してよい項目", "集計への協力", "事務局からの紹介"]


def listed_names():
    """Names of the example's hand-written profiles: an invented member never shares one, so the
    tests that look for an unlisted member's name on the pages look for that member alone."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content", "alumni")
    names = set()
    for path in glob.glob(os.path.join(here, "*.yaml")):
        if not os.path.basename(path).startswith("m-"):
            found = re.search(r"^name: (.+)$", open(path, encoding="utf-8").read(), re.M)
            if found:
                names.add(found.group(1).strip())
    return names


TAKEN = listed_names()


def person(rng, i):
    s = rng.randrange(len(SURNAMES))
    g = rng.randrange(len(GIVEN))
    # Not even part of one: 加藤 翔 would be found inside 加藤 翔太.
    while any(f"{SURNAMES[s]} {GIVEN[g]}" in name for name in TAKEN):
        s, g = rng.randrange(len(SURNAMES)), rng.randrange(len(GIVEN))
    # Most joined in the 2000s and 2010s, as the listed members did; a few in the 1990s and 2020s.
    joined = rng.choices([rng.randint(1992, 1999), rng.randint(2000, 2009), rng.randint(2010, 2019), rng.randint(2020, 2023)],
                         weights=[6, 30, 56, 8])[0]
    left = min(2026, joined + rng.randint(2, 12))
    industry = rng.choices([n for n, _ in INDUSTRIES], weights=[w for _, w in INDUSTRIES])[0]
    interests = [name for name, p in INTERESTS if rng.random() < p]
    mentor = "はい" if "外部メンター（有償）" in interests and rng.random() < 0.7 else rng.choice(["いいえ", "今は難しい"])
    month, day = 4 + i * 8 // PEOPLE, 1 + rng.randrange(28)
    return [f"2025/{month:02d}/{day:02d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
            f"{ROMAN_GIVEN[g].lower()}.{ROMAN_SURNAMES[s].lower()}{i:03d}@example.net",
            f"{SURNAMES[s]} {GIVEN[g]}", f"{ROMAN_GIVEN[g]} {ROMAN_SURNAMES[s]}", str(joined), str(left),
            ", ".join(rng.sample(DEPARTMENTS, rng.choice([1, 1, 2]))), industry, rng.choice(ROLES), "",
            ", ".join(interests), mentor, "", "", "掲載しない", "",
            "協力しない" if rng.random() < 0.07 else "協力する", ""]


def main():
    rng = random.Random(SEED)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(HEADER)
    for i in range(PEOPLE):
        out.writerow(person(rng, i))


if __name__ == "__main__":
    main()
