/// A mixed-integer linear programme in plain Swift, built by a formulation and loaded into GLPK
/// by ``GLPKProblem``. Minimisation; indexes are 0-based here (GLPK's 1-based arrays are made on load).
struct LinearModel {
    enum Kind {
        case continuous
        case binary
    }

    struct Variable {
        var lower: Double
        var upper: Double
        var cost: Double
        var kind: Kind
    }

    struct Constraint {
        /// (variable index, coefficient), each variable at most once.
        var terms: [(variable: Int, coefficient: Double)]
        var lower: Double?
        var upper: Double?
    }

    private(set) var variables: [Variable] = []
    private(set) var constraints: [Constraint] = []
    /// Constant added to the objective.
    var objectiveConstant = 0.0

    /// Adds a variable and returns its index.
    mutating func addVariable(lower: Double = 0, upper: Double, cost: Double = 0, kind: Kind) -> Int {
        variables.append(Variable(lower: lower, upper: upper, cost: cost, kind: kind))
        return variables.count - 1
    }

    /// Adds `cost` to a variable's objective coefficient.
    mutating func addCost(_ cost: Double, to variable: Int) {
        variables[variable].cost += cost
    }

    /// Adds `lower ≤ expression ≤ upper`, moving the expression's constant into the bounds.
    mutating func addConstraint(_ expression: LinearExpression, lower: Double? = nil, upper: Double? = nil) {
        addConstraint(expression.terms, lower: lower.map { $0 - expression.constant },
                      upper: upper.map { $0 - expression.constant })
    }

    /// Adds `lower ≤ Σ coefficient · variable ≤ upper`; repeated variables are merged and zero coefficients
    /// dropped. A row left without variables is not added when 0 satisfies it; when 0 does not (a minimum
    /// nobody can work towards), the empty row is kept so that GLPK reports the model infeasible instead of
    /// the requirement vanishing.
    /// With `keepingEmpty`, a row without variables is kept whatever its bounds (a master row that later
    /// columns will enter).
    mutating func addConstraint(_ terms: [(Int, Double)], lower: Double? = nil, upper: Double? = nil, keepingEmpty: Bool = false) {
        var merged: [Int: Double] = [:]
        for (variable, coefficient) in terms { merged[variable, default: 0] += coefficient }
        let cleaned = merged.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { (variable: $0.key, coefficient: $0.value) }
        if cleaned.isEmpty && !keepingEmpty && (lower ?? 0) <= 1e-9 && (upper ?? 0) >= -1e-9 { return }
        constraints.append(Constraint(terms: cleaned, lower: lower, upper: upper))
    }
}

/// A linear expression: Σ coefficient · variable + constant.
struct LinearExpression {
    var terms: [(Int, Double)] = []
    var constant = 0.0

    /// True when no variable appears (the value is the constant).
    var isConstant: Bool { terms.isEmpty }

    static func += (lhs: inout LinearExpression, rhs: (Int, Double)) {
        lhs.terms.append(rhs)
    }
}
