import Foundation
import Testing

@Test func helpNamesTheProgram() throws {
  let result = try FactdeckBinary.run(["--help"])
  #expect(result.status == 0)
  #expect(result.stdout.contains("factdeck"))
}
