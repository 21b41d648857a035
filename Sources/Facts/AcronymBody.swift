import Articles

/// A name given an acronym in brackets right after it ("Te Rūnanganui o Ngāti Porou
/// (TRONPnui)") is a body's: people are not known by acronyms. Names read as a person's are
/// made organisations when an acronym of two or more capitals follows them.
enum AcronymBody {
  static func retype(_ facts: inout [Fact]) {
    for index in facts.indices where facts[index].kind == .person {
      let source = facts[index].source
      // Most sentences hold no bracket: a byte scan tells before any array is made.
      guard containsByte(source.text, 0x28) else { continue }
      let scalars = Array(source.text.unicodeScalars)
      var position = source.span.upperBound
      guard position + 4 < scalars.count, scalars[position] == " ", scalars[position + 1] == "("
      else { continue }
      position += 2
      var capitals = 0
      var letters = 0
      while position < scalars.count, scalars[position].properties.isAlphabetic {
        if scalars[position].properties.isUppercase { capitals += 1 }
        letters += 1
        position += 1
      }
      guard position < scalars.count, scalars[position] == ")", capitals >= 2,
        scalars[source.span.upperBound + 2].properties.isUppercase,
        scalars[source.span.upperBound + 3].properties.isUppercase, letters <= 12,
        facts[index].title == nil
      else { continue }
      facts[index].kind = .organization
      facts[index].role = nil
    }
  }
}
