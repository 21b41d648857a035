/// A failure the user can act on: printed as one line on stderr, exit status 1.
enum CLIError: Error, CustomStringConvertible {
  case message(String)

  var description: String {
    switch self {
    case .message(let text): text
    }
  }
}
