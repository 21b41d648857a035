// swift-tools-version: 6.1
import PackageDescription

// Speed measurements, run on demand and never by `swift test`:
//   swift run -c release --package-path Benchmarks generator-bench [MEGABYTES]
let package = Package(
  name: "factdeck-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "factdeck", path: "..")],
  targets: [
    .executableTarget(
      name: "generator-bench",
      dependencies: [.product(name: "FactdeckStages", package: "factdeck")],
      path: "Generator"
    )
  ],
  swiftLanguageModes: [.v6]
)
