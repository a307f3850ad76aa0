import Foundation

/// Which column of a sign-up form's export fills which field of a profile (`--map mapping.yaml`,
/// docs/CONTENT.md, "Importing sign-ups"). The fields named here are the form's: an import
/// rewrites them and leaves every other field of a profile as an editor wrote it.
public struct ImportMapping: Sendable {
    /// One column, by its header as the form wrote it (alternatives for a renamed question), and
    /// how its answers become values.
    public struct Column: Sendable {
        public var headers: [String]
        public var location: SourceLocation
        /// Answer → value(s); nil takes the answer as written.
        public var values: [String: [String]]?
        /// Answers not in `values` are kept as written instead of being errors.
        public var keepOtherAnswers = false
        /// How a checkbox question joins its answers (else the mapping's `separator`).
        public var separator: String?
    }

    /// What a profile field holds, for reading an answer.
    public enum Shape: Sendable { case text, markdown, year, list, flag }

    public struct Target: Sendable {
        /// The profile's key: `industry`, `links.linkedin`, `consent.directory`.
        public var key: String
        public var shape: Shape
        public var column: Column
    }

    public var encoding: CSVTable.Encoding = .auto
    public var email: Column
    public var timestamp: Column?
    public var separator = ", "
    /// Profile fields, in the order a new profile writes them.
    public var fields: [Target] = []
    /// `consent.directory`, `consent.fields`, `consent.stats`, `consent.contact`.
    public var consent: [Target] = []

    static let shapes: [(Profile.Field, Shape)] = [
        (.name, .text), (.nameEN, .text), (.joined, .year), (.left, .year), (.departments, .list), (.industry, .text),
        (.role, .text), (.company, .text), (.interests, .list), (.mentor, .flag), (.bio, .markdown),
    ]

    /// Reads a mapping file; nil (and the problems) when it cannot be used.
    public static func read(_ path: String, diagnostics: inout Diagnostics) -> ImportMapping? {
        guard let file = SourceFile.read(path, diagnostics: &diagnostics) else { return nil }
        let parsed = YAMLParser().parse(file.text, path: path)
        diagnostics.append(contentsOf: parsed.diagnostics)
        guard let root = parsed.root, !parsed.diagnostics.hasErrors else { return nil }
        let r = FieldReader(root, zone: utc)
        let encoding = r.choice("encoding", as: CSVTable.Encoding.self) ?? .auto
        let email = r.value("email").flatMap { column($0, key: "email", r) }
        if !r.has("email") { r.error(r.location, ImportMessage.mappingNeeds("email")) }
        let timestamp = r.value("timestamp").flatMap { column($0, key: "timestamp", r) }
        let separator = r.string("separator") ?? ", "
        var fields: [Target] = []
        var mappedKeys: Set<String> = []
        _ = r.nested("fields", required: true) { f -> Bool? in
            for (field, shape) in shapes {
                if let node = f.value(field.rawValue), let column = column(node, key: "fields." + field.rawValue, f) {
                    fields.append(Target(key: field.rawValue, shape: shape, column: column))
                    mappedKeys.insert(field.rawValue)
                }
            }
            if let links = f.value("links") {
                if case .mapping(let pairs) = links.kind {
                    for (key, value) in pairs {
                        guard let label = key.scalar, !label.isEmpty else { continue }
                        if let column = column(value, key: "fields.links." + label, f) {
                            fields.append(Target(key: "links." + label, shape: .text, column: column))
                        }
                    }
                } else {
                    f.error(links.location, ProfileMessage.linksNotMapping)
                }
            }
            return true
        }
        if r.has("fields") {
            for needed in ["name", "joined"] where !mappedKeys.contains(needed) {
                r.error(r.location(of: "fields"), ImportMessage.mappingNeeds("fields." + needed))
            }
        }
        var consent: [Target] = []
        _ = r.nested("consent") { c -> Bool? in
            if let node = c.value("directory"), let column = column(node, key: "consent.directory", c) {
                consent.append(Target(key: "directory", shape: .flag, column: column))
            }
            if let node = c.value("fields"), let column = column(node, key: "consent.fields", c) {
                checkFieldNames(column, node, c)
                consent.append(Target(key: "fields", shape: .list, column: column))
            }
            if let node = c.value("stats"), let column = column(node, key: "consent.stats", c) {
                consent.append(Target(key: "stats", shape: .flag, column: column))
            }
            // May the network office put other alumni in touch (a yes/no question; no answer is no).
            if let node = c.value("contact"), let column = column(node, key: "consent.contact", c) {
                consent.append(Target(key: "contact", shape: .flag, column: column))
            }
            return true
        }
        let problems = r.finish()
        diagnostics.append(contentsOf: problems)
        guard let email, !problems.hasErrors else { return nil }
        return ImportMapping(encoding: encoding, email: email, timestamp: timestamp, separator: separator, fields: fields, consent: consent)
    }

    /// `入社年`, `[入社年, 入社した年]`, or `{column: …, values: {…}, separator: …, keep_other_answers: …}`.
    static func column(_ node: YAMLNode, key: String, _ r: FieldReader) -> Column? {
        func headers(_ node: YAMLNode) -> [String]? {
            switch node.kind {
            case .scalar(let text, _) where !node.isNull && !text.trimmed.isEmpty: return [text.trimmed]
            case .sequence(let items):
                let texts = items.compactMap { $0.isNull ? nil : $0.scalar?.trimmed }.filter { !$0.isEmpty }
                return texts.count == items.count && !texts.isEmpty ? texts : nil
            default: return nil
            }
        }
        if case .mapping = node.kind {
            let c = FieldReader(node, zone: utc, prefix: key + ".")
            var result: Column?
            if let columnNode = c.value("column") {
                if let list = headers(columnNode) {
                    result = Column(headers: list, location: columnNode.location)
                } else {
                    c.error(columnNode.location, ImportMessage.badColumn(key: key + ".column"))
                }
            } else {
                c.error(node.location, ImportMessage.mappingNeeds(key + ".column"))
            }
            if let valuesNode = c.value("values") {
                if case .mapping(let pairs) = valuesNode.kind {
                    var values: [String: [String]] = [:]
                    for (answer, value) in pairs {
                        guard let text = answer.scalar?.trimmed else { continue }
                        switch value.kind {
                        case .sequence(let items): values[text] = items.compactMap { $0.isNull ? nil : $0.scalar?.trimmed }
                        case .scalar(let v, _): values[text] = value.isNull ? [] : [v.trimmed]
                        case .mapping: c.error(value.location, ImportMessage.badValues(key: key + ".values"))
                        }
                    }
                    result?.values = values
                } else {
                    c.error(valuesNode.location, ImportMessage.badValues(key: key + ".values"))
                }
            }
            result?.separator = c.string("separator")
            result?.keepOtherAnswers = c.bool("keep_other_answers") ?? false
            r.absorb(c.finish())
            return result
        }
        guard let list = headers(node) else {
            r.error(node.location, ImportMessage.badColumn(key: key))
            return nil
        }
        return Column(headers: list, location: node.location)
    }

    /// `consent.fields`' values name profile fields.
    static func checkFieldNames(_ column: Column, _ node: YAMLNode, _ r: FieldReader) {
        guard let values = column.values else { return }
        let allowed = Profile.Field.allCases.map(\.rawValue)
        for name in values.values.flatMap({ $0 }).sorted() where Profile.Field(rawValue: name) == nil {
            r.error(node.location, ProfileMessage.badConsentField(.quoting(name), allowed: allowed, meant: Suggestion.nearest(to: name, in: allowed)))
        }
    }
}

let utc = TimeZone(secondsFromGMT: 0)!
