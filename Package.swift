// swift-tools-version: 6.1
import PackageDescription

// One library module per stage of the pipeline:
// article → facts → questions → deck → session → reviews (→ progress).
// Text analysis, question writing and scheduling are pure; the database, the terminal,
// files and the command line are thin shells around them.
let package = Package(
  name: "factdeck",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "factdeck", targets: ["factdeck"]),
    // The stages as libraries, for Benchmarks/ (a separate package) and future front ends.
    .library(
      name: "FactdeckStages",
      targets: [
        "Articles", "Facts", "Questions", "Decks", "Scheduling", "Reviews", "Sessions", "Terminal",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // article text → clean text, title, sentences
    .target(name: "Articles"),
    // sentences → typed facts (dates, numbers, money, people, places, …)
    .target(name: "Facts", dependencies: ["Articles"]),
    // facts → questions, distractors, lenient answer judging
    .target(name: "Questions", dependencies: ["Facts"]),
    // questions ↔ human-editable deck files
    .target(name: "Decks", dependencies: ["Questions", "Yams"]),
    // FSRS-6: pure scheduling arithmetic
    .target(name: "Scheduling"),
    // SQLite store: learners, cards, append-only review log, due queue
    .target(
      name: "Reviews",
      dependencies: ["Scheduling", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // pure study-session model: state + key → state, state → screen
    .target(name: "Sessions", dependencies: ["Scheduling", "Questions", "Decks"]),
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    // the terminal shell around a session: curses and plain line mode
    .target(name: "Terminal", dependencies: ["Sessions", "Reviews", "CNcursesw"]),
    .executableTarget(
      name: "factdeck",
      dependencies: [
        "Articles", "Facts", "Questions", "Decks", "Scheduling", "Reviews", "Sessions", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ArticlesTests", dependencies: ["Articles"]),
    .testTarget(name: "FactsTests", dependencies: ["Facts"]),
    .testTarget(name: "QuestionsTests", dependencies: ["Questions"]),
    .testTarget(name: "DecksTests", dependencies: ["Decks"]),
    .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"]),
    // a separate process that the Reviews tests kill mid-write and run side by side
    .executableTarget(
      name: "ReviewsCrashChild", dependencies: ["Reviews", "Scheduling"],
      path: "Tests/ReviewsCrashChild"),
    .testTarget(name: "ReviewsTests", dependencies: ["Reviews", "ReviewsCrashChild"]),
    .testTarget(name: "SessionsTests", dependencies: ["Sessions"]),
    .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
    .testTarget(name: "FactdeckCLITests", dependencies: ["factdeck"]),
    .testTarget(name: "GeneratorQualityTests", dependencies: ["Decks"]),
    // drives the real binary under tmux and through pipes, then reads the database
    .testTarget(name: "StudyEndToEndTests", dependencies: ["factdeck", "Reviews"]),
  ],
  swiftLanguageModes: [.v6]
)
