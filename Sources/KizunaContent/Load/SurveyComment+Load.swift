extension Survey.Comment {
    /// A question's `comments:`, each `{text: …, consent: true}`. A comment without
    /// `consent: true`, or one carrying a name (or any other key), is a located error and is
    /// dropped here, so its text reaches no model, page, file or index even in a run that goes
    /// on to report other errors.
    static func readAll(_ r: FieldReader) -> [Survey.Comment] {
        var comments: [Survey.Comment] = []
        for (index, item) in (r.list("comments") ?? []).enumerated() {
            let c = FieldReader(item, zone: r.zone, prefix: "\(r.name("comments"))[\(index)].")
            if let comment = read(c) { comments.append(comment) }
            r.absorb(c.finish())
        }
        return comments
    }

    static func read(_ r: FieldReader) -> Survey.Comment? {
        let text = r.string("text", required: true)
        // Read so that its own message, not the unknown-field one, says why a name is refused.
        if r.value("name") != nil { r.error(r.location(of: "name"), SurveyMessage.commentName) }
        let written = r.has("consent")
        let consent = r.bool("consent")
        guard consent == true else {
            // Missing or `false`; a value that is not true or false has its own error already.
            if !written { r.error(r.location, SurveyMessage.commentConsent) }
            if consent == false { r.error(r.location(of: "consent"), SurveyMessage.commentConsent) }
            return nil
        }
        guard let text, r.value("name") == nil else { return nil }
        return Survey.Comment(text: text, at: r.location(of: "text"))
    }
}
