import Foundation
import Testing

@testable import Articles

@Test func emptyFileIsRefused() {
  #expect(throws: ArticleError.empty(file: "a.txt")) {
    try ArticleReader().read(Data(), name: "a.txt")
  }
  #expect(throws: ArticleError.empty(file: "b.txt")) {
    try ArticleReader().read(Data(" \n\t\n".utf8), name: "b.txt")
  }
}

@Test func binaryFileIsRefused() {
  let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
  #expect(throws: ArticleError.binary(file: "photo.png")) {
    try ArticleReader().read(Data(bytes), name: "photo.png")
  }
  var text = Array("Some words and then".utf8)
  text.append(0)
  #expect(throws: ArticleError.binary(file: "x.txt")) {
    try ArticleReader().read(Data(text), name: "x.txt")
  }
}

@Test func invalidUTF8NamesTheLine() {
  var bytes = Array("First line.\nSecond line.\nThird ".utf8)
  bytes.append(0xE9)  // "é" in Latin-1
  bytes.append(contentsOf: Array("t\u{E9}.\n".utf8))
  #expect(throws: ArticleError.notUTF8(file: "latin.txt", line: 3)) {
    try ArticleReader().read(Data(bytes), name: "latin.txt")
  }
  let error = ArticleError.notUTF8(file: "latin.txt", line: 3)
  #expect(error.description.hasPrefix("latin.txt:3: "))
}

@Test func utf16IsRefusedWithItsName() {
  var bytes: [UInt8] = [0xFF, 0xFE]
  for unit in "Hello world.".utf16 {
    bytes.append(UInt8(unit & 0xFF))
    bytes.append(UInt8(unit >> 8))
  }
  #expect(throws: ArticleError.unsupportedEncoding(file: "w.txt", encoding: "UTF-16")) {
    try ArticleReader().read(Data(bytes), name: "w.txt")
  }
}

@Test func onlyFurnitureIsNoText() {
  #expect(throws: ArticleError.noText(file: "nav.txt")) {
    try ArticleReader().read(
      Data("Advertisement Contact us RSS\nSource: VOV\n".utf8), name: "nav.txt")
  }
}

@Test func errorMessagesNameTheFile() {
  #expect(ArticleError.empty(file: "a.txt").description.hasPrefix("a.txt: "))
  #expect(ArticleError.binary(file: "b.pdf").description.hasPrefix("b.pdf: "))
}

@Test func byteOrderMarkIsSkipped() throws {
  var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
  bytes.append(contentsOf: Array("Hanoi is the capital.".utf8))
  let article = try ArticleReader().read(Data(bytes), name: "bom.txt")
  #expect(texts(article) == ["Hanoi is the capital."])
}
