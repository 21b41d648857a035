import Testing

@testable import Articles

@Test func singleEmphasisIsKeptAsTheArticlesTerms() throws {
  let article = try read(
    """
    # Reform

    The party began a policy of *perestroika*, and the press used _the thaw_ for it.

    Under **strong emphasis** nothing is noted, and *perestroika* is listed once.
    """, name: "reform.md")
  #expect(article.emphasized == ["perestroika", "the thaw"])
  #expect(
    texts(article).first
      == "The party began a policy of perestroika, and the press used the thaw for it.")
}

@Test(arguments: [
  "Multiply 3 * 4 * 5 to get the total.",
  "The file snake_case_name stays as it is.",
  "Footnotes** and stray *marks do not pair.",
])
func marksThatOpenNoEmphasisAreIgnored(line: String) throws {
  let article = try read(line + "\n", name: "marks.md")
  #expect(article.emphasized.isEmpty)
}

@Test func plainTextHasNoEmphasis() throws {
  let article = try read("A plain line about the harvest in the valley.\n")
  #expect(article.emphasized.isEmpty)
}
