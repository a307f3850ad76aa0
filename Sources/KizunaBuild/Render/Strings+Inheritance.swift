import KizunaContent

extension Strings {
    /// A child theme's strings over its parent's (`ThemeChain`): every key the child writes, in
    /// whatever form, replaces the parent's; the parent's other keys come through unchanged, with
    /// where they are written, so a problem with one still points at the parent's file.
    func inheriting(from parent: Strings) -> Strings {
        var merged = falling(back: parent)
        let own = keys
        merged.locations.merge(parent.locations.filter { !own.contains($0.key) }) { own, _ in own }
        return merged
    }
}
