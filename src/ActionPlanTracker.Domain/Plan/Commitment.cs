namespace ActionPlanTracker.Domain;

/// <summary>One bullet under a pillar: code <c>I.1</c>…, its text as adopted, and a short title for tables.</summary>
public sealed class Commitment
{
    private readonly List<Priority> _priorities = [];

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

    /// <summary>The plan's priorities this commitment serves.</summary>
    public IReadOnlyList<Priority> Priorities => _priorities;

    public void Tag(Priority priority) => _priorities.Add(priority);

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
