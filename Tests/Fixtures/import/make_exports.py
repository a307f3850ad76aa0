#!/usr/bin/env python3
"""Writes the import tests' exports as the forms and Excel write them (run from this folder):
signups-bom.csv (Google Forms: UTF-8 with BOM, CRLF), signups-sjis.csv (Excel in Japan: Shift_JIS
bytes by Python's cp932 codec, CRLF, the question's old header), signups-withdrawn.csv (a later
export, LF), signups-errors.csv and signups-unterminated.csv (one mistake of each kind)."""
import csv, io

def table(header, rows, terminator):
    out = io.StringIO()
    w = csv.writer(out, lineterminator=terminator)
    w.writerow(header)
    for r in rows: w.writerow(r)
    return out.getvalue()

H = ["タイムスタンプ","メールアドレス","お名前","入社した年","退職した年","現在の業界","関心のあること","外部メンターとして協力できますか","自己紹介","会員名簿への掲載","名簿に表示してよい項目","集計への協力"]
ALL = "お名前, 入社年・退職年, 現在の業界, 関心のあること, 外部メンター, 自己紹介"
AOI_BIO = "開発部でバックエンドを担当していました。\n今は \"フリーランス\" のエンジニアです。\n\n週末は勉強会を開いています。"
bom_rows = [
 ["2026/11/02 09:14:03","aoi.mori@example.org","森 葵","2010","2018","IT・ソフトウェア・通信","業務委託の案件, 交流会","はい",AOI_BIO,"掲載してよい",ALL,"協力する"],
 ["2026/11/05 20:01:44","Ken.Ishida@example.com","石田 健","2003","2015","人材サービス","再入社（カムバック採用）","いいえ","","掲載してよい","お名前, 入社年・退職年, 現在の業界","協力する"],
 ["2026/11/03 12:30:00","mai.kato@example.net","加藤 舞","2016","","金融・保険","交流会, 子育て中の卒業生の集まり","いいえ","よろしくお願いします。","掲載しない","","協力する"],
 # The same person as the second row, answered earlier (a later row, an older timestamp).
 ["2026/11/02 08:00:00","ken.ishida@example.com","石田 健","2003","2014","その他","","いいえ","","掲載しない","","協力しない"],
]
open("signups-bom.csv","wb").write(b"\xef\xbb\xbf" + table(H, bom_rows, "\r\n").encode("utf-8"))

HS = [h if h != "入社した年" else "入社年" for h in H]
sj_rows = [
 ["2026/10/20 10:00:00","shin.takahashi@example.jp","髙橋 進","1998","2012","金融・保険","交流会","はい","①営業、②企画を経験しました。\n～いまは金融機関で企画職です～","掲載してよい",ALL,"協力する"],
 ["2026/10/21 11:30:00","yuko.saito@example.jp","齋藤 優子","2005","2011","人材サービス","業務委託の案件","いいえ","","掲載してよい","お名前, 現在の業界","協力する"],
]
open("signups-sjis.csv","wb").write(table(HS, sj_rows, "\r\n").encode("cp932"))

# A later export: 森 葵 answers again and withdraws her consent (not listed, nothing shown, not counted).
w_rows = bom_rows[:1] + [
 ["2026/11/20 07:45:10","aoi.mori@example.org","森 葵","2010","2018","IT・ソフトウェア・通信","業務委託の案件, 交流会","はい",AOI_BIO,"掲載しない","","協力しない"],
]
open("signups-withdrawn.csv","w",encoding="utf-8",newline="").write(table(H, w_rows, "\n"))

e_rows = [
 ["2026/11/02 09:14:03","aoi.mori@example.org","森 葵","平成22年","2018","IT・ソフトウェア・通信","交流会","はい","","掲載してよい",ALL,"協力する"],
 ["2026/11/02 09:20:00","","名無し","2010","","人材サービス","","いいえ","","掲載しない","","協力する"],
 ["2026/11/02 09:30:00","ken.ishida@example.com","石田 健","2003","2015","IT","","たぶん","","掲載してよい","お名前","協力する"],
 ["昨日","mai.kato@example.net","加藤 舞","2016","","金融・保険","","いいえ","","掲載しない","","協力する"],
 ["2026/11/02 10:00:00","sora@example.org","空","2012","2010","人材サービス","","いいえ","","掲載してよい","入社年・退職年","協力する"],
]
text = table(H, e_rows, "\n") + "2026/11/02 11:00:00,short@example.org,短い行\n"
open("signups-errors.csv","w",encoding="utf-8",newline="").write(text)
open("signups-unterminated.csv","w",encoding="utf-8",newline="").write(table(H, e_rows[:1], "\n") + '2026/11/03 10:00:00,x@example.org,"閉じない\n2010,,\n')
