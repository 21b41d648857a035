import Testing

@testable import Questions

struct VerbFormsTests {
  @Test(arguments: [
    ("joined", "join"), ("liberated", "liberate"), ("defeated", "defeat"), ("stopped", "stop"),
    ("carried", "carry"), ("killed", "kill"), ("passed", "pass"), ("controlled", "control"),
    ("completed", "complete"), ("provided", "provide"), ("founded", "found"), ("opened", "open"),
    ("planned", "plan"), ("declared", "declare"), ("entered", "enter"), ("occurred", "occur"),
    ("escaped", "escape"), ("developed", "develop"), ("named", "name"), ("formed", "form"),
    ("settled", "settle"), ("ruled", "rule"), ("traveled", "travel"), ("described", "describe"),
    ("based", "base"), ("focused", "focus"), ("advanced", "advance"), ("changed", "change"),
    ("dragged", "drag"), ("continued", "continue"), ("contributed", "contribute"),
    ("voted", "vote"), ("visited", "visit"), ("united", "unite"), ("agreed", "agree"),
    ("died", "die"), ("welcomed", "welcome"), ("invoked", "invoke"), ("worked", "work"),
    ("added", "add"), ("needed", "need"), ("abandoned", "abandon"), ("defined", "define"),
    ("established", "establish"), ("played", "play"), ("created", "create"),
    ("persuaded", "persuade"), ("dissuaded", "dissuade"), ("acquired", "acquire"),
    ("required", "require"), ("guided", "guide"), ("quoted", "quote"), ("squeaked", "squeak"),
    ("loaded", "load"), ("headed", "head"),
  ])
  func regularPastToBase(past: String, base: String) {
    #expect(VerbForms.base(ofPast: past) == base)
  }

  @Test(arguments: [
    ("sent", "send"), ("found", "find"), ("overthrew", "overthrow"), ("overthrown", "overthrow"),
    ("began", "begin"), ("was", "be"), ("were", "be"), ("led", "lead"), ("fought", "fight"),
    ("written", "write"), ("saw", "see"), ("brought", "bring"), ("held", "hold"), ("had", "have"),
  ])
  func irregularToBase(form: String, base: String) {
    #expect(VerbForms.base(ofPast: form) == base)
  }

  @Test func irregularTableIsLarge() {
    #expect(VerbForms.irregular.count >= 200)
    #expect(VerbForms.past(of: "write") == "wrote")
    #expect(VerbForms.participle(of: "write") == "written")
    #expect(VerbForms.participle(of: "overthrow") == "overthrown")
  }

  @Test func regularInflection() {
    #expect(VerbForms.past(of: "join") == "joined")
    #expect(VerbForms.past(of: "liberate") == "liberated")
    #expect(VerbForms.past(of: "carry") == "carried")
    #expect(VerbForms.past(of: "stop") == "stopped")
    #expect(VerbForms.past(of: "open") == "opened")
    #expect(VerbForms.past(of: "play") == "played")
    #expect(VerbForms.past(of: "commit") == "committed")
    #expect(VerbForms.past(of: "visit") == "visited")
    #expect(VerbForms.thirdPerson(of: "carry") == "carries")
    #expect(VerbForms.thirdPerson(of: "watch") == "watches")
    #expect(VerbForms.thirdPerson(of: "have") == "has")
    #expect(VerbForms.thirdPerson(of: "say") == "says")
  }

  @Test func presentToBase() {
    #expect(VerbForms.base(ofPresent: "says") == "say")
    #expect(VerbForms.base(ofPresent: "carries") == "carry")
    #expect(VerbForms.base(ofPresent: "watches") == "watch")
    #expect(VerbForms.base(ofPresent: "has") == "have")
    #expect(VerbForms.base(ofPresent: "status") == nil)
  }

  @Test func notAPastForm() {
    #expect(VerbForms.base(ofPast: "red") == nil)
    #expect(VerbForms.base(ofPast: "need") == nil)
    #expect(VerbForms.base(ofPast: "country") == nil)
  }

  @Test func auxiliaries() {
    for word in ["was", "were", "has", "had", "will", "could", "did"] {
      #expect(VerbForms.finiteAuxiliaries.contains(word))
    }
    #expect(!VerbForms.finiteAuxiliaries.contains("been"))
  }
}
