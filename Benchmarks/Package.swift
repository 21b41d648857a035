// swift-tools-version: 6.1
import PackageDescription

// Speed measurements, run on demand and never by `swift test`:
//   swift run -c release --package-path Benchmarks scheduling-bench
//   swift run -c release --package-path Benchmarks reviews-bench
//   swift run -c release --package-path Benchmarks study-bench
let package = Package(
  name: "factdeck-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "factdeck", path: "..")],
  targets: [
    .executableTarget(
      name: "scheduling-bench",
      dependencies: [.product(name: "FactdeckStages", package: "factdeck")],
      path: "Scheduling"
    ),
    .executableTarget(
      name: "reviews-bench",
      dependencies: [.product(name: "FactdeckStages", package: "factdeck")],
      path: "Reviews"
    ),
    .executableTarget(
      name: "study-bench",
      dependencies: [.product(name: "FactdeckStages", package: "factdeck")],
      path: "Study"
    ),
  ],
  swiftLanguageModes: [.v6]
)
