// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Heltid",
    products: [
        .executable(name: "heltid", targets: ["heltid"]),
        .executable(name: "heltid-bench", targets: ["heltid-bench"]),
        .library(name: "HeltidModel", targets: ["HeltidModel"]),
        .library(name: "HeltidChecker", targets: ["HeltidChecker"]),
        .library(name: "HeltidSolver", targets: ["HeltidSolver"]),
        .library(name: "HeltidPlanning", targets: ["HeltidPlanning"]),
        .library(name: "HeltidReport", targets: ["HeltidReport"]),
    ],
    targets: [
        // GLPK from Debian's libglpk-dev (no pkg-config file: the module map links `glpk`).
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK"),
        // A tiny C layer that turns GLPK's abort-on-error into a return code (setjmp/longjmp).
        .target(
            name: "GLPKGuard", dependencies: ["CGLPK"], path: "Sources/GLPKGuard",
            linkerSettings: [.linkedLibrary("glpk")]
        ),
        // Rota model, instance format and validation. No GLPK here.
        .target(name: "HeltidModel", path: "Sources/HeltidModel"),
        // Independent roster checker: hard rules and KPIs, a separate code path from the solver.
        .target(name: "HeltidChecker", dependencies: ["HeltidModel"], path: "Sources/HeltidChecker"),
        // Solver core on GLPK.
        .target(name: "HeltidSolver", dependencies: ["HeltidModel", "CGLPK", "GLPKGuard"], path: "Sources/HeltidSolver"),
        // Planning on top of solver and checker: dimensioning (and scenario comparison).
        .target(name: "HeltidPlanning", dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver"], path: "Sources/HeltidPlanning"),
        // Scenario-comparison reports: table, CSV, JSON and the printable HTML report, in English or bokmål.
        .target(name: "HeltidReport", dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "HeltidPlanning"], path: "Sources/HeltidReport"),
        // Commands and output formats of the `heltid` tool.
        .target(name: "HeltidCLI", dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "HeltidPlanning", "HeltidReport"], path: "Sources/HeltidCLI"),
        .executableTarget(name: "heltid", dependencies: ["HeltidCLI"], path: "Sources/heltid"),
        .executableTarget(
            name: "heltid-bench",
            dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "HeltidCLI"],
            path: "Benchmarks/heltid-bench"
        ),
        .testTarget(name: "HeltidModelTests", dependencies: ["HeltidModel"], path: "Tests/HeltidModelTests"),
        .testTarget(name: "HeltidCheckerTests", dependencies: ["HeltidModel", "HeltidChecker"], path: "Tests/HeltidCheckerTests"),
        .testTarget(
            name: "HeltidSolverTests",
            dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "GLPKGuard", "CGLPK"],
            path: "Tests/HeltidSolverTests"
        ),
        .testTarget(
            name: "HeltidPlanningTests",
            dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "HeltidPlanning"],
            path: "Tests/HeltidPlanningTests"
        ),
        .testTarget(
            name: "HeltidReportTests",
            dependencies: ["HeltidModel", "HeltidChecker", "HeltidSolver", "HeltidPlanning", "HeltidReport"],
            path: "Tests/HeltidReportTests"
        ),
        .testTarget(
            name: "HeltidCLITests",
            dependencies: ["HeltidCLI", "heltid", "HeltidModel", "HeltidChecker"],
            path: "Tests/HeltidCLITests"
        ),
    ]
)
