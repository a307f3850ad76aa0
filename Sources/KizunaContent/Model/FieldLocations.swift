/// Where each field of an item was written, so rules checked after loading can point at the
/// exact line. Falls back to the start of the item's file.
public struct FieldLocations: Sendable {
    public var file: SourceLocation
    var fields: [String: SourceLocation] = [:]

    public init(file: SourceLocation) { self.file = file }

    public subscript(_ field: String) -> SourceLocation {
        get { fields[field] ?? file }
        set { fields[field] = newValue }
    }
}
