/// What `kizuna import profiles` says: problems in the form's export (located at the cell, as
/// `export.csv:line:column`) and in the mapping file, and what it wrote or would write.
public enum ImportMessage: Hashable, Sendable, CatalogueMessage {
    case unterminatedQuote
    case emptyExport
    case wrongCellCount(cells: Int, expected: Int)
    /// The bytes are not text in the encoding (`auto`: UTF-8, UTF-16 or Shift_JIS).
    case notText(encoding: String)
    /// The export lies inside the content folder, whose static/ is published and which is committed.
    case exportInsideContent(content: String)
    case mappingNeeds(String)
    case badColumn(key: String)
    case badValues(key: String)
    /// No header of the export is any of `headers`.
    case noSuchColumn([String], file: String, available: [String])
    case columnTwice([String], columns: [Int])
    case noAddress(header: String)
    case badAddress(String, header: String)
    case badTimestamp(String, header: String)
    /// The same address answered twice: the answer on `keptLine` is used.
    case duplicate(keptLine: Int, droppedLine: Int, byTimestamp: Bool)
    case addressInTwoProfiles(other: String)
    case cannotEdit(path: String)
    case fileTaken(path: String)
    /// The answers would make the profile fail to load (the loader's message).
    case profileWouldBreak(path: String, line: Int, LocalizedText)
    case noAnswer(header: String, field: String)
    case notAYear(String, header: String)
    case notYesOrNo(String, header: String)
    case unknownAnswer(String, header: String, known: [String], meant: String?)
    case created(path: String, dryRun: Bool)
    case updated(path: String, fields: [String], dryRun: Bool)
    case summary(created: Int, updated: Int, unchanged: Int, dryRun: Bool)
    case nothingToChange(unchanged: Int)
    case nothingWritten

    public var english: String {
        switch self {
        case .unterminatedQuote:
            return "this quoted cell is never closed: the file ends inside it; add the closing '\"' (a '\"' inside a cell is written twice: \"\")"
        case .emptyExport:
            return "the export is empty: it needs the header row the form writes, then one row per answer"
        case .wrongCellCount(let cells, let expected):
            return "this row has \(cells) cell\(cells == 1 ? "" : "s") but the header has \(expected); a cell holding a comma or a line break must be in double quotes"
        case .notText(let encoding):
            return encoding == "auto"
                ? "the export is not text in UTF-8, UTF-16 or Shift_JIS; save it from the form or spreadsheet again as CSV (UTF-8)"
                : "the export is not text in \(encoding) as the mapping's 'encoding' says; correct 'encoding' or remove it to let Kizuna tell"
        case .exportInsideContent(let content):
            return "the export is inside the content folder (\(content)), which is committed and partly published, and it holds "
                + "every answer, consented or not; move it out of \(content) (and out of the repository), then run the import again"
        case .mappingNeeds(let key):
            return "the mapping needs '\(key)'"
        case .badColumn(let key):
            return "'\(key)' must be the header of a column as the form wrote it, or a list of headers ('[入社年, 入社した年]')"
        case .badValues(let key):
            return "'\(key)' must map each answer to a value, e.g. {はい: true, いいえ: false}"
        case .noSuchColumn(let headers, let file, let available):
            return "\(file) has no column \(Self.english(headers, or: true)); its columns are \(Self.english(available, or: false))"
        case .columnTwice(let headers, let columns):
            return "\(Self.english(headers, or: false)) match more than one column (columns \(columns.map(String.init).joined(separator: ", "))); name one"
        case .noAddress(let header):
            return "no e-mail address in '\(header)': every answer needs one, it tells who the profile is"
        case .badAddress(let address, let header):
            return "'\(address)' in '\(header)' is not an e-mail address"
        case .badTimestamp(let text, let header):
            return "'\(text)' in '\(header)' is not a date and time Kizuna can read (2026/11/03 14:22:05)"
        case .duplicate(let kept, let dropped, let byTimestamp):
            return "the same e-mail address answered on line \(dropped) and on line \(kept); the answer on line \(kept) is imported ("
                + (byTimestamp ? "the newer one" : "the later row") + ") and this one is ignored"
        case .addressInTwoProfiles(let other):
            return "this profile has the same 'email' as \(other); keep one profile per person"
        case .cannotEdit(let path):
            return "cannot update \(path) in place (a field the form fills is written with an alias, an anchor, a tag or a complex key); write it plainly"
        case .fileTaken(let path):
            return "\(path) exists but belongs to another address; rename that file"
        case .profileWouldBreak(let path, let line, let problem):
            return "with this answer, \(path) would not load (line \(line)): \(problem.en)"
        case .noAnswer(let header, let field):
            return "'\(header)' has no answer, and a profile needs '\(field)'"
        case .notAYear(let text, let header):
            return "'\(text)' in '\(header)' is not a year ('2008' or '2008年')"
        case .notYesOrNo(let text, let header):
            return "'\(text)' in '\(header)' is neither yes nor no; add it to the values of the column: '\(text): true'"
        case .unknownAnswer(let answer, let header, let known, let meant):
            return "'\(answer)' in '\(header)' is not among the values of the column in the mapping (\(Self.english(known, or: true)))"
                + (meant.map { "; did you mean '\($0)'?" } ?? "; add it there, or set 'keep_other_answers: true'")
        case .created(let path, let dryRun):
            return (dryRun ? "would create " : "created ") + path
        case .updated(let path, let fields, let dryRun):
            return (dryRun ? "would update " : "updated ") + "\(path): \(fields.joined(separator: ", "))"
        case .summary(let created, let updated, let unchanged, let dryRun):
            return (dryRun ? "Dry run, nothing written: would create \(created), update \(updated); " : "Created \(created), updated \(updated); ")
                + "\(unchanged) unchanged."
        case .nothingToChange(let unchanged):
            return "Nothing to change: the \(unchanged) profile\(unchanged == 1 ? "" : "s") of the export already hold\(unchanged == 1 ? "s" : "") its answers."
        case .nothingWritten:
            return "Nothing was written: correct the export or the mapping, then run the import again."
        }
    }

    public var japanese: String {
        switch self {
        case .unterminatedQuote:
            return "引用符で始まったセルが閉じないまま、ファイルが終わっています。閉じる `\"` を書き足してください（セルの中の `\"` は `\"\"` と2つ重ねます）。"
        case .emptyExport:
            return "書き出したファイルが空です。フォームが書き出す見出しの行と、回答ごとの行が必要です。"
        case .wrongCellCount(let cells, let expected):
            return "この行のセルは\(cells)個ですが、見出しの行は\(expected)個です。カンマや改行を含むセルは `\"` で囲んでください。"
        case .notText(let encoding):
            return encoding == "auto"
                ? "書き出したファイルが UTF-8・UTF-16・Shift_JIS のどの文字コードとしても読めません。フォームか表計算ソフトから CSV（UTF-8）で保存し直してください。"
                : "書き出したファイルが、対応表の `encoding` にある `\(encoding)` として読めません。`encoding` を直すか、行を消して自動で見分けさせてください。"
        case .exportInsideContent(let content):
            return "書き出したファイルがコンテンツのフォルダー（`\(content)`）の中にあります。ここはコミットされ、一部は公開されますが、"
                + "このファイルには同意のない回答も入っています。`\(content)` の外（リポジトリの外）に移してから、もう一度実行してください。"
        case .mappingNeeds(let key):
            return "対応表に `\(key)` がありません。`\(key)` を書き足してください。"
        case .badColumn(let key):
            return "`\(key)` の書き方が違います。フォームの見出しをそのまま書くか、`[入社年, 入社した年]` のように見出しを並べてください。"
        case .badValues(let key):
            return "`\(key)` の書き方が違います。`{はい: true, いいえ: false}` のように、回答と値の組で書いてください。"
        case .noSuchColumn(let headers, let file, let available):
            return "`\(file)` に \(Self.quoted(headers, or: true)) という見出しの列がありません。見出しを確かめてください（今ある列：\(Self.quoted(available, or: false))）。"
        case .columnTwice(let headers, let columns):
            return "\(Self.quoted(headers, or: false)) に当たる列が2つ以上あります（\(columns.map { "\($0)列目" }.joined(separator: "、"))）。どれか1つの見出しにしてください。"
        case .noAddress(let header):
            return "`\(header)` にメールアドレスがありません。プロフィールの本人を見分けるために、どの回答にも必要です。"
        case .badAddress(let address, let header):
            return "`\(header)` の `\(address)` はメールアドレスとして読めません。回答を確かめてください。"
        case .badTimestamp(let text, let header):
            return "`\(header)` の `\(text)` は日時として読めません。`2026/11/03 14:22:05` の形か確かめてください。"
        case .duplicate(let kept, let dropped, let byTimestamp):
            return "同じメールアドレスの回答が\(dropped)行目と\(kept)行目にあります。"
                + (byTimestamp ? "新しいほう" : "後の行") + "の\(kept)行目を取り込み、この行は使いません。このままでも取り込めますが、回答を確かめてください。"
        case .addressInTwoProfiles(let other):
            return "このプロフィールの `email` は `\(other)` と同じです。1人につきプロフィールは1つにしてください。"
        case .cannotEdit(let path):
            return "`\(path)` をその場で書き換えられません（フォームで埋める項目が、エイリアス・アンカー・タグ・複雑なキーのどれかで書かれています）。その項目を普通の書き方に直してください。"
        case .fileTaken(let path):
            return "`\(path)` は別のメールアドレスのプロフィールです。そのファイルの名前を変えてください。"
        case .profileWouldBreak(let path, let line, let problem):
            return "この回答のままでは `\(path)` が読み込めなくなります（\(line)行目）。\(problem.ja)"
        case .noAnswer(let header, let field):
            return "`\(header)` に回答がありません。プロフィールには `\(field)` が必要です。"
        case .notAYear(let text, let header):
            return "`\(header)` の `\(text)` は年として読めません。`2008` か `2008年` の形か確かめてください。"
        case .notYesOrNo(let text, let header):
            return "`\(header)` の `\(text)` は、はい・いいえとして読めません。対応表のこの列の `values` に `\(text): true` のように書き足してください。"
        case .unknownAnswer(let answer, let header, let known, let meant):
            return "`\(header)` の `\(answer)` は、対応表の `values` にない回答です（ある回答：\(Self.quoted(known, or: false))）。"
                + (meant.map { "`\($0)` の打ち間違いではありませんか。" } ?? "`values` に書き足すか、`keep_other_answers: true` を書いてください。")
        case .created(let path, let dryRun):
            return "`\(path)` を" + (dryRun ? "作ります。" : "作りました。")
        case .updated(let path, let fields, let dryRun):
            return "`\(path)` を" + (dryRun ? "書き換えます" : "書き換えました") + "（\(fields.map { "`\($0)`" }.joined(separator: "、"))）。"
        case .summary(let created, let updated, let unchanged, let dryRun):
            return dryRun
                ? "試しに実行しました（何も書き込んでいません）：作成\(created)件、書き換え\(updated)件、変更なし\(unchanged)件。"
                : "取り込みを終えました：作成\(created)件、書き換え\(updated)件、変更なし\(unchanged)件。"
        case .nothingToChange(let unchanged):
            return "変更はありません。回答のあった\(unchanged)件のプロフィールは、すでに回答のとおりです。"
        case .nothingWritten:
            return "何も書き込んでいません。書き出したファイルか対応表を直して、もう一度実行してください。"
        }
    }

    /// `'a', 'b' or 'c'` (`and` without `or`).
    static func english(_ names: [String], or: Bool) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + quoted.last!
    }

    static func quoted(_ names: [String], or: Bool) -> String {
        FieldMessage.listed(names, or: or)
    }

    public static let examples: [ImportMessage] = [
        .unterminatedQuote, .emptyExport, .wrongCellCount(cells: 7, expected: 8), .notText(encoding: "auto"), .notText(encoding: "shift_jis"),
        .exportInsideContent(content: "content"), .mappingNeeds("email"), .badColumn(key: "fields.joined"), .badValues(key: "fields.mentor.values"),
        .noSuchColumn(["入社年", "入社した年"], file: "signups.csv", available: ["タイムスタンプ", "メールアドレス", "お名前"]),
        .columnTwice(["入社年", "入社した年"], columns: [4, 9]), .noAddress(header: "メールアドレス"),
        .badAddress("yoko.example.com", header: "メールアドレス"), .badTimestamp("昨日", header: "タイムスタンプ"),
        .duplicate(keptLine: 14, droppedLine: 3, byTimestamp: true), .duplicate(keptLine: 14, droppedLine: 3, byTimestamp: false),
        .addressInTwoProfiles(other: "content/alumni/hanako-yamada.yaml"), .cannotEdit(path: "content/alumni/hanako-yamada.yaml"),
        .fileTaken(path: "content/alumni/m-3f2a9c1b7d4e.yaml"),
        .profileWouldBreak(path: "content/alumni/m-3f2a9c1b7d4e.yaml", line: 8, ProfileMessage.leftBeforeJoined(left: 2019, joined: 2020).text),
        .noAnswer(header: "お名前", field: "name"), .notAYear("平成20年", header: "入社年"), .notYesOrNo("たぶん", header: "メンター"),
        .unknownAnswer("IT", header: "現在の業界", known: ["IT・ソフトウェア", "人材サービス"], meant: nil),
        .unknownAnswer("人材サービ", header: "現在の業界", known: ["IT・ソフトウェア", "人材サービス"], meant: "人材サービス"),
        .created(path: "content/alumni/m-3f2a9c1b7d4e.yaml", dryRun: false), .created(path: "content/alumni/m-3f2a9c1b7d4e.yaml", dryRun: true),
        .updated(path: "content/alumni/hanako-yamada.yaml", fields: ["industry", "consent.fields"], dryRun: false),
        .updated(path: "content/alumni/hanako-yamada.yaml", fields: ["industry", "consent.fields"], dryRun: true),
        .summary(created: 3, updated: 1, unchanged: 12, dryRun: false), .summary(created: 3, updated: 1, unchanged: 12, dryRun: true),
        .nothingToChange(unchanged: 16), .nothingWritten,
    ]
}
