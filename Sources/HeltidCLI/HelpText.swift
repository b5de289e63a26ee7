/// The help pages of the `heltid` tool.
enum HelpText {
    static let overview = """
    heltid — rostering for Norwegian municipal care (turnus for sykehjem and barnehage)

    USAGE: heltid <command> [options]

    COMMANDS:
      solve INSTANCE     Build a rota for an instance file and print it with its key figures.
      check INSTANCE ROSTER
                         Check a rota against every hard rule and print its key figures.
      help [COMMAND]     Show this help, or the help of one command.

    OPTIONS:
      -h, --help         Show help.

    EXIT CODES: 0 ok, 1 no feasible roster (or the checked roster breaks a rule), 2 bad input or usage.
    See 'heltid help solve' and 'heltid help check'.
    """

    static let solve = """
    USAGE: heltid solve INSTANCE [--time-limit S] [--format text|json|csv|curtois] [--output FILE] [--seed N] [--quiet] [--verbose]

    Builds a rota for INSTANCE (a Heltid JSON instance, see docs/instance-format.md, or a Curtois & Qu
    benchmark file, recognised by its SECTION_HORIZON header) with the GLPK solver. Objective, in order of weight: uncovered demand, unwanted part-time (hours below each
    person's desired position), wishes not granted. Every roster is re-checked by the independent checker
    before it is printed.

    OPTIONS:
      --time-limit S     Stop the search after S seconds (default 60) and return the best rota so far,
                         with the proven bound and gap.
      --format F         text (default): the rota grid with weekends marked, then the key figures;
                         json: status, bound, key figures, violations and the roster;
                         csv: the rota grid only (readable by 'heltid check');
                         curtois: the benchmark's tab-separated solution format.
      --output FILE      Write the result to FILE (atomically) instead of stdout.
      --seed N           Seed of the neighbourhood search's random choices (default 1).
      --quiet            No progress lines on stderr.
      --verbose          Also echo GLPK's own output on stderr.
      -h, --help         Show this help.

    Progress (phase, incumbent, bound, gap, elapsed) goes to stderr. Ctrl-C stops the search and
    writes the best rota found so far; a second Ctrl-C ends the program at once.

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
}
