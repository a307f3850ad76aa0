/// Numbers in Japanese messages (docs/JAPANESE.md §4): thousands separators below 10,000, then
/// 万 and 億 with digits: 2,000, 20万, 1億, 1万2,345.
enum CountText {
    static func ja(_ n: Int) -> String {
        if n < 0 { return "-" + ja(n == .min ? .max : -n) }
        guard n >= 10_000 else { return NumberText.grouped(n) }
        let oku = n / 100_000_000, man = n / 10_000 % 10_000, rest = n % 10_000
        return (oku > 0 ? NumberText.grouped(oku) + "億" : "") + (man > 0 ? NumberText.grouped(man) + "万" : "")
            + (rest > 0 ? NumberText.grouped(rest) : "")
    }
}
