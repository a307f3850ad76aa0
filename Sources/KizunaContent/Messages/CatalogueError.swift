/// An error thrown to an editor (a folder that cannot be written, a port in use, a `--now` that
/// cannot be read): the commands print its message in the editor's language.
public protocol CatalogueError: Error {
    var text: LocalizedText { get }
}

extension LocalizedText {
    /// What an editor is told about a thrown error: its catalogue message, or, for an error
    /// Kizuna has no words for, the error's own text inside one.
    public static func describing(_ error: any Error) -> LocalizedText {
        (error as? any CatalogueError)?.text ?? OutputMessage.unexpected("\(error)").text
    }
}
