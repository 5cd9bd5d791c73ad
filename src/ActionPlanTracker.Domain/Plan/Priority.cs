namespace ActionPlanTracker.Domain;

/// <summary>One of the cross-cutting priorities of the plan's preamble; commitments can be tagged with them.</summary>
public sealed class Priority
{
    private readonly List<Commitment> _commitments = [];

    private Priority() { }

    public Priority(int number, string title, string text)
    {
        if (number < 1)
        {
            throw new DomainRuleException(DomainText.Get("Plan.PrioritiesFromOne"));
        }

        Number = number;
        Title = title;
        Text = text;
    }

    public int Id { get; private set; }

    public int ActionPlanId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The words the plan sets in bold at the start of the priority.</summary>
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The French title, where an administrator has entered one; pages fall back to <see cref="Title"/>.</summary>
    public string? TitleFr { get; private set; }

    public string? TextFr { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<Commitment> Commitments => _commitments;

    internal Priority Copy()
    {
        var copy = new Priority(Number, Title, Text);
        copy.Translate(TitleFr, TextFr);
        return copy;
    }

    public void Describe(string title, string text)
    {
        Title = title;
        Text = text;
    }

    /// <summary>Enters the French text; empty text removes a translation.</summary>
    public void Translate(string? titleFr, string? textFr)
    {
        TitleFr = PlanTranslation.Clean(titleFr);
        TextFr = PlanTranslation.Clean(textFr);
    }
}
