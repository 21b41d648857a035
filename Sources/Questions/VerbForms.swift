/// English verb morphology for turning statements into questions: "joined" needs "did … join",
/// "has sent" inverts to "has … sent". A table of the irregular verbs plus spelling rules for
/// the regular ones; no dictionary beyond that, so the rules err towards refusing a form
/// (`base(of:)` returns nil) rather than inventing one.
public enum VerbForms {
  /// base, past, participle. Alternatives separated by "/".
  static let irregularTable = """
    arise arose arisen,awake awoke awoken,be was/were been,bear bore borne/born,beat beat beaten,\
    become became become,begin began begun,bend bent bent,bet bet bet,bid bid bid,bind bound bound,\
    bite bit bitten,bleed bled bled,blow blew blown,break broke broken,breed bred bred,\
    bring brought brought,broadcast broadcast broadcast,build built built,burn burnt/burned burnt/burned,\
    burst burst burst,buy bought bought,cast cast cast,catch caught caught,choose chose chosen,\
    cling clung clung,come came come,cost cost cost,creep crept crept,cut cut cut,deal dealt dealt,\
    dig dug dug,do did done,draw drew drawn,dream dreamt/dreamed dreamt/dreamed,drink drank drunk,\
    drive drove driven,dwell dwelt dwelt,eat ate eaten,fall fell fallen,feed fed fed,feel felt felt,\
    fight fought fought,find found found,flee fled fled,fling flung flung,fly flew flown,\
    forbid forbade forbidden,forecast forecast forecast,foresee foresaw foreseen,\
    foretell foretold foretold,forget forgot forgotten,forgive forgave forgiven,forsake forsook forsaken,\
    freeze froze frozen,get got got/gotten,give gave given,go went gone,grind ground ground,\
    grow grew grown,hang hung hung,have had had,hear heard heard,hide hid hidden,hit hit hit,\
    hold held held,hurt hurt hurt,keep kept kept,kneel knelt knelt,know knew known,lay laid laid,\
    lead led led,lean leant/leaned leant/leaned,leap leapt/leaped leapt/leaped,learn learnt/learned learnt/learned,\
    leave left left,lend lent lent,let let let,lie lay lain,light lit lit,lose lost lost,make made made,\
    mean meant meant,meet met met,mislead misled misled,mistake mistook mistaken,\
    misunderstand misunderstood misunderstood,overcome overcame overcome,overdo overdid overdone,\
    overhear overheard overheard,override overrode overridden,overrun overran overrun,\
    oversee oversaw overseen,overtake overtook overtaken,overthrow overthrew overthrown,\
    pay paid paid,prove proved proven/proved,put put put,quit quit quit,read read read,\
    rebuild rebuilt rebuilt,redo redid redone,rewrite rewrote rewritten,rid rid rid,ride rode ridden,\
    ring rang rung,rise rose risen,run ran run,saw sawed sawn,say said said,see saw seen,seek sought sought,\
    sell sold sold,send sent sent,set set set,sew sewed sewn,shake shook shaken,shed shed shed,\
    shine shone shone,shoot shot shot,show showed shown,shrink shrank shrunk,shut shut shut,\
    sing sang sung,sink sank sunk,sit sat sat,slay slew slain,sleep slept slept,slide slid slid,\
    sling slung slung,slit slit slit,smell smelt/smelled smelt/smelled,sow sowed sown,speak spoke spoken,\
    speed sped sped,spell spelt/spelled spelt/spelled,spend spent spent,spill spilt/spilled spilt/spilled,\
    spin spun spun,spit spat spat,split split split,spoil spoilt/spoiled spoilt/spoiled,spread spread spread,\
    spring sprang sprung,stand stood stood,steal stole stolen,stick stuck stuck,sting stung stung,\
    stink stank stunk,stride strode stridden,strike struck struck,string strung strung,\
    strive strove striven,swear swore sworn,sweep swept swept,swell swelled swollen,swim swam swum,\
    swing swung swung,take took taken,teach taught taught,tear tore torn,tell told told,\
    think thought thought,throw threw thrown,thrust thrust thrust,tread trod trodden,\
    undergo underwent undergone,understand understood understood,undertake undertook undertaken,\
    undo undid undone,uphold upheld upheld,upset upset upset,wake woke woken,wear wore worn,\
    weave wove woven,weep wept wept,win won won,wind wound wound,withdraw withdrew withdrawn,\
    withhold withheld withheld,withstand withstood withstood,wring wrung wrung,write wrote written,\
    arise arose arisen,befall befell befallen,behold beheld beheld,beset beset beset,\
    forgo forwent forgone,inlay inlaid inlaid,input input input,interweave interwove interwoven,\
    mislay mislaid mislaid,outdo outdid outdone,outgrow outgrew outgrown,outrun outran outrun,\
    outshine outshone outshone,overhang overhung overhung,overpay overpaid overpaid,\
    overshoot overshot overshot,oversleep overslept overslept,partake partook partaken,\
    plead pled/pleaded pled/pleaded,recast recast recast,repay repaid repaid,resell resold resold,\
    reset reset reset,retell retold retold,rethink rethought rethought,shear sheared shorn,\
    slink slunk slunk,spoon-feed spoon-fed spoon-fed,stave stove stove,strew strewed strewn,\
    sunburn sunburnt sunburnt,thrive throve/thrived thriven/thrived,unbind unbound unbound,\
    underlie underlay underlain,underpay underpaid underpaid,undersell undersold undersold,\
    underwrite underwrote underwritten,unwind unwound unwound,waylay waylaid waylaid,\
    wed wed/wedded wed/wedded,wet wet/wetted wet/wetted,fit fit/fitted fit/fitted,\
    lead led led,mislead misled misled,seek sought sought,beseech besought besought,\
    cleave cleft/clove cleft/cloven,dive dove/dived dived,hew hewed hewn,\
    knit knit/knitted knit/knitted,prepay prepaid prepaid,quit quit quit,spend spent spent,\
    sublet sublet sublet,broadcast broadcast broadcast,forswear forswore forsworn,\
    mow mowed mown,swell swelled swollen,browbeat browbeat browbeaten,shoe shod shod,\
    bespeak bespoke bespoken,abide abode/abided abode/abided,alight alit/alighted alit/alighted
    """

  struct Forms {
    var base: String
    var past: [String]
    var participle: [String]
  }

  static let irregular: [String: Forms] = {
    var table: [String: Forms] = [:]
    for entry in irregularTable.split(separator: ",") {
      let parts = entry.split(separator: " ").map(String.init)
      guard parts.count == 3 else { continue }
      let forms = Forms(
        base: parts[0], past: parts[1].split(separator: "/").map(String.init),
        participle: parts[2].split(separator: "/").map(String.init))
      table[forms.base] = forms
    }
    return table
  }()

  /// Inflected irregular form → base ("sent" → "send", "overthrown" → "overthrow").
  static let irregularBase: [String: String] = {
    var table: [String: String] = [:]
    for forms in irregular.values.sorted(by: { $0.base < $1.base }) {
      for form in forms.past + forms.participle where table[form] == nil {
        table[form] = forms.base
      }
    }
    // "saw" is far more often the past of "see" than the verb "saw".
    table["saw"] = "see"
    table["found"] = "find"
    table["lay"] = "lie"
    table["wound"] = "wind"
    table["ground"] = "grind"
    return table
  }()

  /// Words that carry tense and invert in questions.
  public static let auxiliaries: Set<String> = [
    "am", "is", "are", "was", "were", "be", "been", "being",
    "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  ]

  /// Auxiliaries that begin a finite verb group (not "been", "being", "be").
  public static let finiteAuxiliaries: Set<String> = [
    "am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  ]

  public static func isIrregular(_ base: String) -> Bool { irregular[base] != nil }

  /// Simple past of a base form: "join" → "joined", "send" → "sent", "carry" → "carried".
  public static func past(of base: String) -> String {
    let word = base.lowercased()
    if let forms = irregular[word] { return forms.past[0] }
    return regularEd(word)
  }

  /// Past participle: "write" → "written", "join" → "joined".
  public static func participle(of base: String) -> String {
    let word = base.lowercased()
    if let forms = irregular[word] { return forms.participle[0] }
    return regularEd(word)
  }

  /// Third person singular present: "go" → "goes", "carry" → "carries", "have" → "has".
  public static func thirdPerson(of base: String) -> String {
    let word = base.lowercased()
    switch word {
    case "be": return "is"
    case "have": return "has"
    case "do": return "does"
    case "go": return "goes"
    default: break
    }
    if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
      || word.hasSuffix("sh") || word.hasSuffix("o")
    {
      return word + "es"
    }
    if word.hasSuffix("y"), let before = word.dropLast().last, !isVowel(before) {
      return word.dropLast() + "ies"
    }
    return word + "s"
  }

  /// Base form of a past or participle: "joined" → "join", "liberated" → "liberate",
  /// "stopped" → "stop", "carried" → "carry", "sent" → "send". Nil when the word is not
  /// recognisably a past form.
  public static func base(ofPast word: String) -> String? {
    let lower = word.lowercased()
    if let base = irregularBase[lower] { return base }
    if lower == "was" || lower == "were" { return "be" }
    return regularBase(lower)
  }

  /// Base of a third-person present: "says" → "say", "carries" → "carry", "has" → "have".
  public static func base(ofPresent word: String) -> String? {
    let lower = word.lowercased()
    switch lower {
    case "is": return "be"
    case "has": return "have"
    case "does": return "do"
    case "goes": return "go"
    case "says": return "say"
    default: break
    }
    guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"),
      !lower.hasSuffix("is")
    else { return nil }
    if lower.hasSuffix("ies") { return lower.dropLast(3) + "y" }
    for ending in ["ches", "shes", "sses", "xes", "zes", "oes"] where lower.hasSuffix(ending) {
      return String(lower.dropLast(2))
    }
    return String(lower.dropLast())
  }

  static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }

  static func regularEd(_ word: String) -> String {
    if word.hasSuffix("e") { return word + "d" }
    if word.hasSuffix("y"), let before = word.dropLast().last, !isVowel(before) {
      return word.dropLast() + "ied"
    }
    let chars = Array(word)
    // Short stressed syllables double their last consonant: stop → stopped, plan → planned.
    if chars.count >= 3, chars.count <= 4, !isVowel(chars[chars.count - 1]),
      isVowel(chars[chars.count - 2]), !isVowel(chars[chars.count - 3]),
      !"wxy".contains(chars[chars.count - 1]), chars.count == 3 || !isVowel(chars[0])
    {
      return word + String(chars[chars.count - 1]) + "ed"
    }
    if doubledPast.contains(word) { return word + String(chars[chars.count - 1]) + "ed" }
    return word + "ed"
  }

  /// Longer verbs that double their final consonant (stress on the last syllable).
  static let doubledPast: Set<String> = [
    "commit", "submit", "admit", "permit", "omit", "transmit", "emit", "occur", "refer",
    "transfer", "prefer", "confer", "defer", "deter", "incur", "recur", "control", "patrol",
    "compel", "expel", "propel", "repel", "rebel", "regret", "equip", "acquit", "forbid",
    "travel", "label", "model", "cancel", "signal", "level", "fuel", "total", "counsel",
    "quarrel", "unplug", "begin", "format",
  ]

  /// Regular verbs whose base keeps a final e that spelling rules cannot see.
  static let silentEBases: Set<String> = [
    "create", "unite", "invite", "cite", "recite", "excite", "ignite", "expedite", "waste",
    "taste", "paste", "complete", "compete", "delete", "secrete", "convene", "intervene",
    "phone", "zone", "tone", "clone", "throne", "dethrone", "condone", "atone", "postpone",
    "hone", "interfere", "persevere", "hope", "cope", "rope", "scope", "grope", "elope",
    "agree", "free", "guarantee", "decree", "referee", "dye",
  ]

  /// Bases ending in a doubled consonant that stays: "add" → "added", "kill" → "killed".
  static let keepsDouble: Set<String> = ["add", "odd", "egg", "err", "purr", "butt", "watt"]

  static func regularBase(_ word: String) -> String? {
    // A word whose last byte is no "d" ends on no "ed" (no character is canonically equal to
    // "d" but "d" itself): most words stop here, before comparing characters.
    guard word.utf8.last == 0x64 else { return nil }
    return regularBaseBySuffix(word)
  }

  /// `regularBase` for any word, read by its characters.
  static func regularBaseBySuffix(_ word: String) -> String? {
    // The suffix first: counting characters costs more, and most words fail it.
    guard word.hasSuffix("ed"), word.count > 3 else { return nil }
    if word.hasSuffix("eed") {
      let stem = String(word.dropLast())
      return silentEBases.contains(stem) ? stem : nil
    }
    if word.hasSuffix("ied") {
      if word.count == 4 { return String(word.dropLast()) }  // died, tied, lied
      return word.dropLast(3) + "y"
    }
    let stem = String(word.dropLast(2))
    if silentEBases.contains(stem + "e") { return stem + "e" }
    let chars = Array(stem)
    guard let last = chars.last, chars.count >= 2 else { return nil }
    let previous = chars[chars.count - 2]
    // Doubled consonant: stopped → stop, but killed → kill, passed → pass.
    if last == previous, !isVowel(last) {
      if "lsfz".contains(last) {
        let single = String(stem.dropLast())
        if doubledPast.contains(single) { return single }
        return stem
      }
      if keepsDouble.contains(stem) { return stem }
      return String(stem.dropLast())
    }
    if isVowel(last) {
      // continued → continue, echoed → echo
      return last == "u" ? stem + "e" : stem
    }
    // A "u" after q, g or s is a glide, not a vowel of a pair: acquired → acquire, guided →
    // guide, quoted → quote, persuaded → persuade.
    let glide =
      chars.count >= 4 && chars[chars.count - 3] == "u" && "qgs".contains(chars[chars.count - 4])
    let digraph =
      chars.count >= 3 && isVowel(previous) && isVowel(chars[chars.count - 3]) && !glide
    switch last {
    case "c", "v", "z":
      return stem + "e"
    case "s":
      if previous == "s" { return stem }
      if stem.hasSuffix("focus") || stem.hasSuffix("bias") || stem.hasSuffix("canvas") {
        return stem
      }
      return stem + "e"
    case "g":
      if "nrdlu".contains(previous) || isVowel(previous) { return stem + "e" }
      return stem
    case "h", "w", "x", "y":
      return stem
    case "k":
      if !isVowel(previous) { return stem }
      return digraph ? stem : stem + "e"
    case "t":
      if !isVowel(previous) { return stem }
      if digraph { return stem }
      switch previous {
      case "a", "u", "o": return stem + "e"
      default: return stem
      }
    case "d":
      if !isVowel(previous) { return stem }
      if digraph { return stem }
      if previous == "e" { return stem + "e" }
      return stem + "e"
    case "n":
      if !isVowel(previous) { return stem }
      if digraph { return stem }
      if previous == "i" || previous == "u" || previous == "a" { return stem + "e" }
      return stem
    case "r":
      if !isVowel(previous) { return stem }
      if digraph || previous == "e" { return stem }
      return stem + "e"
    case "p":
      if !isVowel(previous) { return stem }
      if digraph || previous == "o" || previous == "e" { return stem }
      return stem + "e"
    case "m", "b", "l":
      if !isVowel(previous) {
        // settled → settle, enabled → enable; formed → form, calmed → calm
        if last == "l" { return stem + "e" }
        if last == "b" && previous == "m" { return stem }
        return stem
      }
      if digraph { return stem }
      if previous == "e" && last == "l" { return stem }  // traveled, labeled
      return stem + "e"
    default:
      return stem
    }
  }
}
