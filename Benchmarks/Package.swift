// swift-tools-version: 6.1
import PackageDescription

// Speed measurements, run on demand and never by `swift test`, one executable per area:
//   swift run -c release --package-path Benchmarks scheduling-bench
//   swift run -c release --package-path Benchmarks reviews-bench
//   swift run -c release --package-path Benchmarks generator-bench
//   swift run -c release --package-path Benchmarks study-bench
//   swift run -c release --package-path Benchmarks decks-bench
let benchmarks: [(name: String, path: String)] = [
  ("scheduling-bench", "Scheduling"),
  ("reviews-bench", "Reviews"),
  ("generator-bench", "Generator"),
  ("study-bench", "Study"),
  ("decks-bench", "Decks"),
]

let package = Package(
  name: "factdeck-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "factdeck", path: "..")],
  targets: [
    // What several benchmarks share: a synthetic deck, the CPU clock.
    .target(
      name: "BenchmarkSupport",
      dependencies: [.product(name: "FactdeckStages", package: "factdeck")],
      path: "Support")
  ]
    + benchmarks.map { benchmark in
      .executableTarget(
        name: benchmark.name,
        dependencies: [
          "BenchmarkSupport", .product(name: "FactdeckStages", package: "factdeck"),
        ],
        path: benchmark.path
      )
    },
  swiftLanguageModes: [.v6]
)
