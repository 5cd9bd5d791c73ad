namespace ActionPlanTracker.Domain;

/// <summary>One bullet under a pillar: code <c>I.1</c>…, its text as adopted, and a short title for tables.</summary>
public sealed class Commitment
{
    private readonly List<Priority> _priorities = [];

    private readonly List<CommitmentLineage> _predecessors = [];

    private Commitment() { }

    public Commitment(int number, string code, string shortTitle, string text)
    {
        if (number < 1)
        {
            throw new DomainRuleException(DomainText.Get("Plan.CommitmentsFromOne"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(DomainText.Get("Plan.CommitmentNeedsText"));
        }

        Number = number;
        Code = code;
        ShortTitle = shortTitle;
        Text = text;
    }

    public int Id { get; private set; }

    public int PillarId { get; private set; }

    public Pillar? Pillar { get; private set; }

    /// <summary>Position within its pillar, from 1.</summary>
    public int Number { get; private set; }

    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The French short title, where an administrator has entered one; pages fall back to <see cref="ShortTitle"/>.</summary>
    public string? ShortTitleFr { get; private set; }

    public string? TextFr { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The commitments of the version before that this one continues (its lineage); none for a new commitment.</summary>
    public IReadOnlyList<CommitmentLineage> Predecessors => _predecessors;

    /// <summary>The predecessors whose member × commitment data follows into this commitment (<see cref="LineageKind"/>).</summary>
    public IEnumerable<Commitment> CarriedFrom => _predecessors.Where(l => l.Carries).Select(l => l.Predecessor!);

    /// <summary>The plan's priorities this commitment serves.</summary>
    public IReadOnlyList<Priority> Priorities => _priorities;

    public void Tag(Priority priority) => _priorities.Add(priority);

    internal void Continue(Commitment predecessor, bool carries)
    {
        if (_predecessors.All(l => l.Predecessor != predecessor))
        {
            _predecessors.Add(new CommitmentLineage(this, predecessor, carries));
        }
    }

    internal void Carry(Commitment? from)
    {
        foreach (var lineage in _predecessors)
        {
            lineage.Carry(lineage.Predecessor == from);
        }
    }

    internal Commitment CopyInto(IReadOnlyList<Priority> priorities)
    {
        var copy = new Commitment(Number, Code, ShortTitle, Text);
        copy.Translate(ShortTitleFr, TextFr);
        copy.Continue(this, carries: true);
        foreach (var priority in _priorities)
        {
            if (priorities.FirstOrDefault(p => p.Number == priority.Number) is { } same)
            {
                copy.Tag(same);
            }
        }

        return copy;
    }

    internal void PlaceIn(Pillar pillar) => Pillar = pillar;

    public void Describe(string shortTitle, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(DomainText.Get("Plan.CommitmentNeedsText"));
        }

        ShortTitle = shortTitle;
        Text = text;
    }

    /// <summary>Enters the French text; empty text removes a translation.</summary>
    public void Translate(string? shortTitleFr, string? textFr)
    {
        ShortTitleFr = PlanTranslation.Clean(shortTitleFr);
        TextFr = PlanTranslation.Clean(textFr);
    }
}
