/// Rules of a survey's results (`content/surveys/`): its questions' ids, options and counts.
public enum SurveyMessage: Hashable, Sendable, CatalogueMessage {
    case badQuestionID(String, SlugProblem)
    case badCount(WrittenValue, limit: Int)
    case questionIDTwice(String, firstLine: Int)
    case optionsNeeded(question: String)
    case countsPerOption(question: String, counts: Int, options: Int)
    /// One count of a `multi` question above the respondents.
    case countAboveRespondents(question: String, count: Int, respondents: Int)
    /// The counts' sum above the respondents; nil when it is beyond `Int.max`.
    case sumAboveRespondents(question: String, sum: Int?, respondents: Int)
    case npsOptions
    case optionTwice(question: String, option: String)
    /// A comment (`comments:`) without `consent: true`, and one that names its author.
    case commentConsent
    case commentName

    public var english: String {
        switch self {
        case .badQuestionID(let id, let problem):
            return "question id '\(id)' \(problem.english)"
        case .badCount(let found, let limit):
            return "counts must be whole numbers from 0 to \(limit), not \(found.english)"
        case .questionIDTwice(let id, let firstLine):
            return "question id '\(id)' is used twice in this survey (first at line \(firstLine))"
        case .optionsNeeded(let id):
            return "question '\(id)' needs 'options'"
        case .countsPerOption(let id, let counts, let options):
            return "question '\(id)' has \(counts) counts for \(options) options; give one count per option"
        case .countAboveRespondents(let id, let count, let respondents):
            return "a count of question '\(id)' is \(count), more than the \(respondents) respondents"
        case .sumAboveRespondents(let id, let sum, let respondents):
            return "counts of question '\(id)' add up to \(sum.map(String.init) ?? "more than \(Int.max)"), more than the \(respondents) respondents"
        case .npsOptions:
            return "an nps question has 11 options, 0 to 10"
        case .optionTwice(let id, let option):
            return "question '\(id)' lists the option '\(option)' twice"
        case .commentConsent:
            return "comment without its author's consent: add 'consent: true' only if they agreed to have it published, otherwise remove the comment (until then it is left out of every page and file)"
        case .commentName:
            return "a comment carries no name: remove 'name' (comments are quoted without their author)"
        }
    }

    public var japanese: String {
        switch self {
        case .badQuestionID(let id, let problem):
            return problem.japanese(of: "設問 ID", id)
        case .badCount(let found, let limit):
            return found.japanese(between: "`counts` の", "は回答数として読めません。0から\(CountText.ja(limit))までの整数を書いてください。")
        case .questionIDTwice(let id, let firstLine):
            return "設問 ID `\(id)` が、このサーベイで2回使われています（最初は\(firstLine)行目）。別の ID にしてください。"
        case .optionsNeeded(let id):
            return "設問 `\(id)` に選択肢（`options`）がありません。`options:` に選択肢を書いてください。"
        case .countsPerOption(let id, let counts, let options):
            return "設問 `\(id)` の回答数（`counts`）が\(counts)個、選択肢（`options`）が\(options)個で、数が合いません。選択肢1つにつき回答数を1つ書いてください。"
        case .countAboveRespondents(let id, let count, let respondents):
            return "設問 `\(id)` の回答数の1つ（`\(count)`）が、回答者数（`respondents`：`\(respondents)`）より多くなっています。転記した数を確かめてください。"
        case .sumAboveRespondents(let id, let sum?, let respondents):
            return "設問 `\(id)` の回答数の合計（\(CountText.ja(sum))）が、回答者数（`respondents`：`\(respondents)`）より多くなっています。転記した数と、設問の `type` が `multi` でないかを確かめてください。"
        case .sumAboveRespondents(let id, nil, let respondents):
            return "設問 `\(id)` の回答数の合計が大きすぎて数えられず、回答者数（`respondents`：`\(respondents)`）を超えています。転記した数を確かめてください。"
        case .npsOptions:
            return "`type: nps` の設問の選択肢は、0から10までの11個です。`options` の行を消すか、選択肢を11個にしてください。"
        case .optionTwice(let id, let option):
            return "設問 `\(id)` に選択肢 `\(option)` が2回あります。どちらかを消すか、名前を変えてください。"
        case .commentConsent:
            return "回答者の声（`comments`）に、本人の同意（`consent: true`）がありません。掲載の同意を得ている場合だけ `consent: true` を書き足してください。同意がなければ、この回答を消してください（このままでは、どのページにもファイルにも載りません）。"
        case .commentName:
            return "回答者の声（`comments`）には名前を書きません。`name` の行を消してください（回答は書いた人の名前なしで引用します）。"
        }
    }

    public static let examples: [SurveyMessage] = [
        .badQuestionID("Q1", .characters), .badCount(.text("-1"), limit: 100_000_000), .badCount(.list, limit: 100_000_000),
        .questionIDTwice("q1", firstLine: 8), .optionsNeeded(question: "q1"),
        .countsPerOption(question: "q1", counts: 4, options: 5),
        .countAboveRespondents(question: "q2", count: 130, respondents: 120),
        .sumAboveRespondents(question: "q1", sum: 130, respondents: 120),
        .sumAboveRespondents(question: "q1", sum: nil, respondents: 120),
        .npsOptions, .optionTwice(question: "q1", option: "満足"), .commentConsent, .commentName,
    ]
}
