import Articles
import Foundation
import Testing

@testable import Facts

// Terms an article defines by naming them; fixture sentences of our own.

@Test func aLowerCaseTermNamedByTheSentenceIsATerm() throws {
  let f = try extract("The fever left dark patches on the skin, a form known as spotted fever.")
  #expect(f.first(.term, "spotted fever") != nil)
  let g = try extract("Bands of pilgrims called penitents walked from town to town in silence.")
  #expect(g.first(.term, "penitents") != nil)
  let h = try extract("Doctors blamed what they called miasma, a poison in the air.")
  #expect(h.first(.term, "miasma") != nil)
}

@Test func aCapitalisedNameWithOfAfterKnownAsIsOneTerm() throws {
  let f = try extract(
    "The meetings that followed in 1818 became known as the Concert of Europe.")
  #expect(f.first(.term, "Concert of Europe") != nil)
  #expect(f.of(.place).isEmpty)
}

@Test func callingSomeoneIsNotNamingATerm() throws {
  // A verb of speech after a name, a call to action, a pronoun: no term.
  let f = try extract("Kennedy called reporters to the garden in the evening.")
  #expect(f.of(.term).isEmpty)
  let g = try extract("The union called for a strike in the ports.")
  #expect(g.of(.term).isEmpty)
  let h = try extract("The council called it a triumph of planning.")
  #expect(h.of(.term).isEmpty)
  // A long description is not a term.
  let i = try extract("The town had what people called very old narrow twisting streets.")
  #expect(i.of(.term).isEmpty)
}

@Test func aBodyKnownByANameIsAnOrganization() throws {
  let f = try extract(
    "The ministers formed a group that became known as the Standing Board of the Harbour Trust.")
  #expect(f.values(.organization) == ["Standing Board of the Harbour Trust"])
  #expect(f.of(.term).isEmpty)
}

@Test func aPassiveNamingKeepsItsArticle() throws {
  let f = try extract(
    "Each member could stop a decision, a power that is called the blocking vote.")
  #expect(f.values(.term) == ["blocking vote"])
}

@Test func aTelephoneCallNamesNothing() throws {
  let f = try extract("When the fire spread she called the police at once.")
  #expect(f.of(.term).isEmpty)
}

@Test func aShortTermNamedWithItsArticleIsKept() throws {
  let f = try extract("The chairman could stop any motion, a right that was later called the stay.")
  #expect(f.values(.term) == ["stay"])
  #expect(f.of(.term).first?.text == "the stay")
}

@Test func aTermSetInItalicsIsATermWhereverItIsUsed() throws {
  let article = try ArticleReader().read(
    Data(
      """
      The design had a *negative feedback loop* that few engineers understood.

      Critics said the negative feedback loop was never tested, and the *really* odd part was \
      the silence.
      """.utf8), name: "fixture.md")
  let facts = FactExtractor().facts(in: article)
  #expect(facts.values(.term) == ["negative feedback loop", "negative feedback loop"])
}

@Test func aLowerCaseTermDefinedByItsAbbreviationIsATermWhereverTheAbbreviationStands()
  throws
{
  let f = try extract(
    """
    The villages feared river mud surges, or RMSs, every spring. \
    Engineers built walls against RMSs in 1990. \
    Farmers switched to polybutylenes (PBs) for their pipes.
    """)
  #expect(f.values(.term) == ["river mud surges", "river mud surges", "polybutylenes"])
  #expect(f.of(.place).isEmpty)
  #expect(f.of(.organization).isEmpty)
}

@Test func anAbbreviationThatSpellsNothingBeforeItDefinesNoTerm() throws {
  let f = try extract("The soldiers of the mission (UNAMIR) left in 1996.")
  #expect(f.of(.term).isEmpty)
}

@Test func aTermNamedAfterItsObjectIsATerm() throws {
  // "named it …", "called the N …": the naming verb's object stands before the name.
  let f = try extract("In 1898 they found a new element and named it lutetium, after Paris.")
  #expect(f.first(.term, "lutetium") != nil)
  let g = try extract("The chemist called the effect fluorescence.")
  #expect(g.first(.term, "fluorescence") != nil)
  // A manner word after "called the police" is no name.
  let h = try extract("The porter called the police immediately.")
  #expect(h.of(.term).isEmpty)
}

@Test func aTermKnownLocallyIsATerm() throws {
  let sentence = "Water hyacinth, known locally as emboch, was first confirmed on the lake in 2011."
  #expect(try extract(sentence).values(.term) == ["emboch"])
  // "known mostly for" names nothing.
  #expect(try extract("The lake is known mostly for its birds, seen in 2011.").of(.term).isEmpty)
}
