namespace ActionPlanTracker.Bench;

/// <summary>
/// The size of a benchmark data set. 1× is ten years of half-year cycles for the eight members on the 27 commitments,
/// three revisions a report; 10× has ten times the members (coalition partners) and ten times the revisions.
/// </summary>
internal sealed record DataSet(string Name, int Cycles, int Members, int RevisionsPerReport)
{
    public static readonly DataSet Tiny = new("tiny", Cycles: 3, Members: 8, RevisionsPerReport: 3);

    public static readonly DataSet One = new("1x", Cycles: 20, Members: 8, RevisionsPerReport: 3);

    public static readonly DataSet Ten = new("10x", Cycles: 20, Members: 80, RevisionsPerReport: 30);

    /// <summary>The last cycle is open (drafts a focal point can save); every earlier one is published.</summary>
    public int OpenCycle => Cycles;

    public static DataSet Parse(string name) => name switch
    {
        "tiny" => Tiny,
        "1x" => One,
        "10x" => Ten,
        _ => throw new ArgumentException($"Unknown data set \"{name}\": use tiny, 1x or 10x."),
    };
}
