/// The help pages of the `heltid` tool.
enum HelpText {
    static let overview = """
    heltid — rostering for Norwegian municipal care (turnus for sykehjem and barnehage)

    USAGE: heltid <command> [options]

    COMMANDS:
      solve INSTANCE     Build a rota for an instance file and print it with its key figures.
      check INSTANCE ROSTER
                         Check a rota against every hard rule and print its key figures.
      dimension INSTANCE Find the smallest headcount and the positions that cover the demand,
                         with the weekend arithmetic and the rule that binds.
      compare SCENARIOS  Solve the scenarios of a scenario file and put their figures side by side
                         (table, CSV, JSON or a printable HTML report; English or bokmål).
      help [COMMAND]     Show this help, or the help of one command.

    OPTIONS:
      -h, --help         Show help.

    EXIT CODES: 0 ok, 1 no feasible roster (or the checked roster breaks a rule), 2 bad input or usage.
    See 'heltid help solve', 'heltid help check', 'heltid help dimension' and 'heltid help compare'.
    """

    static let solve = """
    USAGE: heltid solve INSTANCE [--work-limit W | --time-limit S] [--format text|json|csv|curtois] [--output FILE]
                         [--seed N] [--objective sum|fair] [--quiet] [--verbose]

    Builds a rota for INSTANCE (a Heltid JSON instance, see docs/instance-format.md, or a Curtois & Qu
    benchmark file, recognised by its SECTION_HORIZON header) with the GLPK solver. Objective, in order of weight: uncovered demand, unwanted part-time (hours below each
    person's desired position), wishes not granted. Every roster is re-checked by the independent checker
    before it is printed.

    OPTIONS:
      --work-limit W     Stop the search after W work seconds (default 60) and return the best rota so
                         far, with the proven bound and gap. Work is counted, not timed (a work second
                         takes 0.4-1.2 s on a 2-core server), so the same instance, options and seed
                         give the same rota on any machine and under any load.
      --time-limit S     Stop after S wall-clock seconds instead: the rota then depends on the machine
                         and its load.
      --format F         text (default): the rota grid with weekends marked, then the key figures;
                         json: status, bound, key figures, violations and the roster;
                         csv: the rota grid only (readable by 'heltid check');
                         curtois: the benchmark's tab-separated solution format.
      --output FILE      Write the result to FILE (atomically) instead of stdout.
      --seed N           Seed of the neighbourhood search's random choices (default 1).
      --objective O      sum: the plain sum of hours below desired positions; fair: hours go to whoever
                         is furthest below their desired position first (weights.fairnessStep 1 unless
                         the instance sets one). Default: the instance's own weights.
      --quiet            No progress lines on stderr.
      --verbose          Also echo GLPK's own output on stderr.
      -h, --help         Show this help.

    Progress (phase, incumbent, bound, gap, elapsed: "w" for work seconds, "s" for wall-clock seconds)
    goes to stderr. Ctrl-C stops the search and writes the best rota found so far; a second Ctrl-C ends
    the program at once. The text output ends with everyone still below their desired position and what
    keeps them there (no demand left, the weekend rule, rest, a missing skill, …).

    EXIT CODES: 0 a rota was written, 1 no feasible rota (the output explains why), 2 bad input or usage.
    """

    static let check = """
    USAGE: heltid check INSTANCE ROSTER [--format text|json]

    Checks ROSTER against every hard rule of INSTANCE, independently of the solver, and prints each
    violation (who, which day, which rule, by how much) and the key figures: planned hours, position %,
    gap to desired, weekends, nights, quick returns and wishes per person; headcount, FTE, average and
    median position, full-time count and uncovered demand for the unit; and the penalty split.

    INSTANCE is a Heltid JSON instance or a Curtois & Qu benchmark file. ROSTER is the JSON output of
    'heltid solve --format json', the CSV of '--format csv', or a tab-separated benchmark solution.
    The penalty is split into under-cover, over-cover, unwanted part-time, below current position,
    work wishes (the benchmark's on-requests) and off wishes (off-requests).

    OPTIONS:
      --format F         text (default) or json.
      -h, --help         Show this help.

    EXIT CODES: 0 the roster keeps every hard rule, 1 it breaks at least one, 2 bad input or usage.
    """

    static let dimension = """
    USAGE: heltid dimension INSTANCE [--work-limit W | --time-limit S] [--format text|json] [--output FILE]
                           [--instance-output FILE] [--objective fair|sum] [--seed N] [--quiet] [--verbose]

    Finds the smallest headcount whose rota covers all demand of INSTANCE under its rules, and the
    position sizes. INSTANCE may list no staff (the unit is sized from open positions only) or its current
    staff (open positions are added to them). Open positions follow the instance's "openPosition" profile
    (skills, largest position %, shifts; default: every skill, 100 %).

    It prints the weekend arithmetic (T staffed hours a week, F full-time hours, every k-th weekend, H people
    per weekend: k · H heads, FTE T ÷ F, the weekend ceiling T ÷ (F · k · H)), then the headcount reached,
    FTE, average and median position next to the ceiling, whether the headcount is proven minimal, and the
    rule that binds; then the rota and every position. See docs/dimensioning.md.

    OPTIONS:
      --work-limit W     Work for the whole search (default 120 work seconds; deterministic, see
                         'heltid help solve').
      --time-limit S     Wall-clock seconds for the whole search instead.
      --format F         text (default) or json (headcount, fte, averagePositionPercent,
                         weekendCeilingPercent, positions, roster, ...).
      --output FILE      Write the result to FILE (atomically) instead of stdout.
      --instance-output FILE
                         Also write the instance with the open positions as staff, so that the rota in
                         the JSON output can be checked ('heltid check') or solved again.
      --objective O      fair (default): once the demand is covered, even the positions out (nobody far
                         below the others; weights.fairnessStep 1 unless the instance sets one); sum: keep
                         the first covering rota's positions.
      --seed N           Seed of the neighbourhood search (default 1).
      --quiet            No progress lines on stderr.
      --verbose          Also echo GLPK's own output on stderr.
      -h, --help         Show this help.

    EXIT CODES: 0 all demand is covered, 1 not within the time limit, 2 bad input or usage.
    """

    static let compare = """
    USAGE: heltid compare SCENARIOS [--work-limit W | --time-limit S] [--format text|csv|json|html] [--output FILE]
                          [--lang en|nb] [--seed N] [--quiet] [--verbose]

    Solves every scenario of the scenario file SCENARIOS (a base instance and named changes to it, see
    docs/scenarios.md) and prints one column per scenario: headcount, FTE, average and median position %,
    full-time count and share, positions below 50 % and 40 %, the weekend ceiling T ÷ (F·k·H), uncovered
    demand hours, wishes granted, weekends and nights per person, quick returns, unwanted part-time and
    the rule that binds, each with its difference to the first scenario (the baseline). A scenario with
    named staff gets a rota for that staff; one without named staff is dimensioned (smallest headcount).
    Every rota is re-checked by the independent checker; the figures come from the checker.

    OPTIONS:
      --work-limit W     Work seconds per scenario (default 50; deterministic, see 'heltid help solve':
                         each scenario's figures are the same however many run at a time). Two
                         scenarios run at a time, so four take about 2 × W seconds here.
      --time-limit S     Wall-clock seconds per scenario instead.
      --format F         text (default): the table; csv: the table for spreadsheets (decimal point);
                         json: every figure, the binding rule, positions and rotas (heltid-compare/1);
                         html: a self-contained printable report with charts and colour-coded rotas.
      --output FILE      Write the result to FILE (atomically) instead of stdout.
      --lang L           en (default) or nb (norsk bokmål) for the labels; JSON keys stay English.
      --seed N           Seed of the neighbourhood search (default 1).
      --quiet            No progress lines on stderr.
      --verbose          Also echo every solver progress line (default: one line per scenario every 10 s).
      -h, --help         Show this help.

    Ctrl-C stops every running scenario and reports the best rotas found so far.

    EXIT CODES: 0 every scenario has a rota the checker accepts, 1 a scenario has no rota, 2 bad input or usage.
    """
}
