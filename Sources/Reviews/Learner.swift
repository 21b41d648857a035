/// A person studying; one database holds several.
public struct Learner: Sendable, Hashable, Codable {
  public var id: Int64
  public var name: String

  public init(id: Int64, name: String) {
    self.id = id
    self.name = name
  }
}
