/// Escaping for XML text and attribute values (Atom, sitemaps): `HTMLEscape`, which also turns
/// every character XML 1.0 does not allow (C0 controls other than tab and line feed, U+FFFE,
/// U+FFFF) into U+FFFD, as it does the other control characters and noncharacters
/// (`ControlCharacters`): no escape can carry them, and one would make the whole document
/// unreadable to a feed reader.
public enum XMLEscape {
    public static func text(_ s: String) -> String { HTMLEscape.text(s) }
}
