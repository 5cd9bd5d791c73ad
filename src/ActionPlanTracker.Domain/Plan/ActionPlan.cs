namespace ActionPlanTracker.Domain;

/// <summary>One adopted plan. Built so that a later plan can sit beside this one.</summary>
public sealed class ActionPlan
{
    private readonly List<Pillar> _pillars = [];
    private readonly List<Priority> _priorities = [];

    private ActionPlan() { }

    public ActionPlan(string key, string title, string adoptedBy, string adoptedAt, DateOnly meetingStart, DateOnly meetingEnd, string source)
    {
        if (meetingEnd < meetingStart)
        {
            throw new DomainRuleException(DomainText.Get("Plan.MeetingEndsBeforeStart"));
        }

        Key = key;
        Title = title;
        AdoptedBy = adoptedBy;
        AdoptedAt = adoptedAt;
        MeetingStart = meetingStart;
        MeetingEnd = meetingEnd;
        Source = source;
    }

    public int Id { get; private set; }

    /// <summary>Stable identifier of the plan, used by the seed to find it again.</summary>
    public string Key { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string AdoptedBy { get; private set; } = "";

    public string AdoptedAt { get; private set; } = "";

    public DateOnly MeetingStart { get; private set; }

    public DateOnly MeetingEnd { get; private set; }

    public string Source { get; private set; } = "";

    public uint Version { get; private set; }

    public IReadOnlyList<Pillar> Pillars => _pillars;

    public IReadOnlyList<Priority> Priorities => _priorities;

    public void Add(Pillar pillar) => _pillars.Add(pillar);

    public void Add(Priority priority) => _priorities.Add(priority);

    public void Describe(string title, string adoptedBy, string adoptedAt, DateOnly meetingStart, DateOnly meetingEnd, string source)
    {
        if (meetingEnd < meetingStart)
        {
            throw new DomainRuleException(DomainText.Get("Plan.MeetingEndsBeforeStart"));
        }

        Title = title;
        AdoptedBy = adoptedBy;
        AdoptedAt = adoptedAt;
        MeetingStart = meetingStart;
        MeetingEnd = meetingEnd;
        Source = source;
    }
}
