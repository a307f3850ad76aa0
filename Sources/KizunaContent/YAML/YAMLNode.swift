/// A YAML value with the place it came from. libyaml leaves typing to us: every scalar
/// arrives as text, and `ScalarStyle` tells whether it was quoted (then it is always a string).
public struct YAMLNode: Sendable {
    public enum ScalarStyle: Sendable { case plain, quoted, literal }

    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var kind: Kind
    public var location: SourceLocation
    /// An explicit tag such as `!!str`, if the author wrote one.
    public var tag: String?
    /// For a block scalar (`|`, `>`): where its text starts, one line below `location`.
    public var contentStart: SourceLocation?
    /// Where the node stands in the parsed text, in Unicode scalars from its start (libyaml's
    /// marks): from its first character to just after its last event, so a tool can edit one
    /// value in place and keep the rest of the file, comments included (`YAMLTextEdit`).
    public var span: Range<Int>?

    public init(_ kind: Kind, at location: SourceLocation, tag: String? = nil) {
        self.kind = kind
        self.location = location
        self.tag = tag
    }

    /// The text of a scalar, whatever its style.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// YAML 1.2 core schema: `~`, `null` and an empty plain scalar are null.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = kind, tag == nil else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// Whether the value can stand for text (a quoted or plain scalar, or `!!str`).
    var isPlainScalar: Bool {
        if case .scalar(_, .plain) = kind, tag == nil { return true }
        return false
    }

    /// What stands here, as a message names it: a list, a mapping, nothing or one value.
    var shape: WrittenValue {
        switch kind {
        case .scalar: return isNull ? .nothing : .single
        case .sequence: return .list
        case .mapping: return .mapping
        }
    }

    /// The value as a message quotes it: the text, or the shape when it is not text.
    var written: WrittenValue {
        if let text = scalar, !isNull { return .quoting(text) }
        return shape
    }
}
