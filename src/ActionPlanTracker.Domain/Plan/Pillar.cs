namespace ActionPlanTracker.Domain;

/// <summary>One of the plan's numbered pillars (I–V), with the lead sentence that introduces its commitments.</summary>
public sealed class Pillar
{
    private readonly List<Commitment> _commitments = [];

    private Pillar() { }

    public Pillar(int number, string numeral, string title, string leadSentence)
    {
        if (number < 1)
        {
            throw new DomainRuleException(DomainText.Get("Plan.PillarsFromOne"));
        }

        Number = number;
        Numeral = numeral;
        Title = title;
        LeadSentence = leadSentence;
    }

    public int Id { get; private set; }

    public int ActionPlanId { get; private set; }

    public ActionPlan? Plan { get; private set; }

    public int Number { get; private set; }

    /// <summary>The Roman numeral the plan uses: I, II, III…</summary>
    public string Numeral { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string LeadSentence { get; private set; } = "";

    /// <summary>The French title, where an administrator has entered one; pages fall back to <see cref="Title"/>.</summary>
    public string? TitleFr { get; private set; }

    public string? LeadSentenceFr { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<Commitment> Commitments => _commitments;

    public void Add(Commitment commitment)
    {
        commitment.PlaceIn(this);
        _commitments.Add(commitment);
    }

    internal void Remove(Commitment commitment) => _commitments.Remove(commitment);

    /// <summary>The number the next commitment added to this pillar takes.</summary>
    internal int NextNumber => _commitments.Count == 0 ? 1 : _commitments.Max(c => c.Number) + 1;

    internal Pillar CopyInto(ActionPlan plan)
    {
        var copy = new Pillar(Number, Numeral, Title, LeadSentence) { Plan = plan };
        copy.Translate(TitleFr, LeadSentenceFr);
        foreach (var commitment in _commitments.OrderBy(c => c.Number))
        {
            copy.Add(commitment.CopyInto(plan.Priorities));
        }

        return copy;
    }

    public void Describe(string title, string leadSentence)
    {
        Title = title;
        LeadSentence = leadSentence;
    }

    /// <summary>Enters the French text; empty text removes a translation.</summary>
    public void Translate(string? titleFr, string? leadSentenceFr)
    {
        TitleFr = PlanTranslation.Clean(titleFr);
        LeadSentenceFr = PlanTranslation.Clean(leadSentenceFr);
    }
}
