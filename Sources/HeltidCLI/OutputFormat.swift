/// How `heltid solve` writes its result.
enum OutputFormat: String, CaseIterable {
    /// The rota as a grid followed by the key figures.
    case text
    /// Everything, machine-readable (``ResultDocument``).
    case json
    /// The rota grid only, one row per employee (readable by `heltid check`).
    case csv
    /// The Curtois & Qu benchmark's tab-separated solution format (readable by `heltid check`).
    case curtois
}
