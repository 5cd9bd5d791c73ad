namespace ActionPlanTracker.Domain;

/// <summary>
/// One version of a plan: the plan as adopted, or a later version drafted from it (<see cref="DraftNext"/>) whose
/// commitments name the earlier ones they continue (<see cref="Commitment.Predecessors"/>). A version is a draft until it
/// is adopted; only an adopted version is monitored. A new plan has no previous version.
/// </summary>
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

    public PlanState State { get; private set; } = PlanState.Adopted;

    public bool IsDraft => State == PlanState.Draft;

    /// <summary>The version this one revises; null for a plan's first version.</summary>
    public int? PreviousVersionId { get; private set; }

    public ActionPlan? PreviousVersion { get; private set; }

    public IReadOnlyList<Pillar> Pillars => _pillars;

    public IEnumerable<Commitment> Commitments => _pillars.SelectMany(p => p.Commitments);

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

    /// <summary>
    /// A draft of the next version, under its own key: the same texts, pillars and priorities, each commitment continuing
    /// the one it copies. Drafting from a draft is refused: a version revises an adopted one.
    /// </summary>
    public ActionPlan DraftNext(string key)
    {
        if (IsDraft)
        {
            throw new DomainRuleException(DomainText.Format("Plan.DraftOfDraft", Key));
        }

        var draft = new ActionPlan(key, Title, AdoptedBy, AdoptedAt, MeetingStart, MeetingEnd, Source)
        {
            State = PlanState.Draft,
            PreviousVersion = this,
            PreviousVersionId = Id == 0 ? null : Id,
        };
        foreach (var priority in _priorities.OrderBy(p => p.Number))
        {
            draft.Add(priority.Copy());
        }

        foreach (var pillar in _pillars.OrderBy(p => p.Number))
        {
            draft.Add(pillar.CopyInto(draft));
        }

        return draft;
    }

    /// <summary>
    /// A new plan, entered by an administrator: a draft with no previous version, to which pillars, priorities and
    /// commitments are added before it is adopted with the meeting that adopted it.
    /// </summary>
    public static ActionPlan NewDraft(string key, string title, string? titleFr, string adoptedBy) =>
        new(key, title, adoptedBy, "", DateOnly.MinValue, DateOnly.MinValue, "") { State = PlanState.Draft, TitleFr = PlanTranslation.Clean(titleFr) };

    /// <summary>The French title, where one has been entered; pages fall back to <see cref="Title"/>.</summary>
    public string? TitleFr { get; private set; }

    public void Translate(string? titleFr) => TitleFr = PlanTranslation.Clean(titleFr);

    /// <summary>A pillar added at the end of this draft, numbered after the last and named by its Roman numeral.</summary>
    public Pillar AddPillar(string title, string leadSentence)
    {
        EnsureDraft();
        var number = _pillars.Count == 0 ? 1 : _pillars.Max(p => p.Number) + 1;
        var pillar = new Pillar(number, RomanNumeral.Of(number), title, leadSentence);
        Add(pillar);
        return pillar;
    }

    /// <summary>A priority added at the end of this draft's list.</summary>
    public Priority AddPriority(string title, string text)
    {
        EnsureDraft();
        var priority = new Priority(_priorities.Count == 0 ? 1 : _priorities.Max(p => p.Number) + 1, title, text);
        Add(priority);
        return priority;
    }

    /// <summary>A commitment added to a pillar of this draft, continuing <paramref name="continues"/> (none for a new one).</summary>
    public Commitment AddCommitment(Pillar pillar, string code, string shortTitle, string text, IReadOnlyCollection<Commitment> continues) =>
        AddCommitment(pillar, null, code, shortTitle, text, continues);

    /// <summary>As <see cref="AddCommitment(Pillar, string, string, string, IReadOnlyCollection{Commitment})"/>, at the place <paramref name="number"/> a commitment taken out left free.</summary>
    private Commitment AddCommitment(Pillar pillar, int? number, string code, string shortTitle, string text, IReadOnlyCollection<Commitment> continues)
    {
        EnsureDraft();
        EnsureOwn(pillar);
        EnsureCodeFree(code);
        EnsurePredecessors(continues);
        var added = new Commitment(number ?? pillar.NextNumber, code, shortTitle, text);
        foreach (var predecessor in continues)
        {
            added.Continue(predecessor, carries: true);
        }

        pillar.Add(added);
        return added;
    }

    /// <summary>New words for a commitment of this draft; it continues what it continued (<see cref="LineageKind.Reworded"/>).</summary>
    public void Reword(Commitment commitment, string shortTitle, string text)
    {
        EnsureDraft();
        EnsureOwn(commitment);
        commitment.Describe(shortTitle, text);
    }

    /// <summary>
    /// Replaces a commitment of this draft by two or more, in its pillar, each continuing what it continued: what a member
    /// had on it is copied to each (<see cref="LineageKind.Split"/>). Returns the successors.
    /// </summary>
    public IReadOnlyList<Commitment> Split(Commitment commitment, IReadOnlyList<(string Code, string ShortTitle, string Text)> parts)
    {
        EnsureDraft();
        EnsureOwn(commitment);
        if (parts.Count < 2)
        {
            throw new DomainRuleException(DomainText.Get("Plan.SplitIntoTwo"));
        }

        var pillar = commitment.Pillar!;
        pillar.Remove(commitment);
        var predecessors = commitment.Predecessors.Select(l => l.Predecessor!).ToList();

        // The first part takes the place of the commitment split; the others follow the pillar's last.
        return [.. parts.Select((part, i) => AddCommitment(pillar, i == 0 ? commitment.Number : null, part.Code, part.ShortTitle, part.Text, predecessors))];
    }

    /// <summary>
    /// Replaces two or more commitments of this draft by one, in the first one's pillar, continuing all they continued;
    /// it keeps what members had on <paramref name="keeps"/> only, one of those predecessors or none
    /// (<see cref="LineageKind.Merged"/>).
    /// </summary>
    public Commitment Merge(IReadOnlyList<Commitment> merged, string code, string shortTitle, string text, Commitment? keeps)
    {
        EnsureDraft();
        if (merged.Distinct().Count() < 2)
        {
            throw new DomainRuleException(DomainText.Get("Plan.MergeTwo"));
        }

        foreach (var commitment in merged)
        {
            EnsureOwn(commitment);
        }

        var predecessors = merged.SelectMany(c => c.Predecessors.Select(l => l.Predecessor!)).Distinct().ToList();
        var pillar = merged[0].Pillar!;
        foreach (var commitment in merged.Distinct())
        {
            commitment.Pillar!.Remove(commitment);
        }

        // In the place of the first commitment merged.
        var successor = AddCommitment(pillar, merged[0].Number, code, shortTitle, text, predecessors);
        Keep(successor, keeps);
        return successor;
    }

    /// <summary>Which predecessor a merged commitment keeps the data of: one it continues, or none.</summary>
    public void Keep(Commitment successor, Commitment? predecessor)
    {
        EnsureDraft();
        EnsureOwn(successor);
        if (predecessor is not null && successor.Predecessors.All(l => l.Predecessor != predecessor))
        {
            throw new DomainRuleException(DomainText.Format("Plan.KeepsOnlyPredecessor", successor.Code, predecessor.Code));
        }

        successor.Carry(predecessor);
    }

    /// <summary>Takes a commitment out of this draft: the one it continued ends there (<see cref="LineageKind.Retired"/>), its history kept.</summary>
    public void Retire(Commitment commitment)
    {
        EnsureDraft();
        EnsureOwn(commitment);
        commitment.Pillar!.Remove(commitment);
    }

    /// <summary>
    /// The draft becomes the adopted version, with the meeting that adopted it. It needs a commitment, and each merged
    /// commitment must say whose data it keeps (<see cref="Keep"/>): one predecessor or none, never several.
    /// </summary>
    public void Adopt(string adoptedAt, DateOnly meetingStart, DateOnly meetingEnd, string source)
    {
        EnsureDraft();
        if (!Commitments.Any())
        {
            throw new DomainRuleException(DomainText.Format("Plan.AdoptEmpty", Key));
        }

        if (Commitments.FirstOrDefault(c => c.CarriedFrom.Count() > 1) is { } undecided)
        {
            throw new DomainRuleException(DomainText.Format("Plan.MergeUndecided", undecided.Code));
        }

        Describe(Title, AdoptedBy, adoptedAt, meetingStart, meetingEnd, source);
        State = PlanState.Adopted;
    }

    public void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new DomainRuleException(DomainText.Format("Plan.Adopted", Key));
        }
    }

    private void EnsureOwn(Pillar pillar)
    {
        if (!_pillars.Contains(pillar))
        {
            throw new DomainRuleException(DomainText.Format("Plan.NotOwnPillar", pillar.Numeral, Key));
        }
    }

    private void EnsureOwn(Commitment commitment)
    {
        if (!Commitments.Contains(commitment))
        {
            throw new DomainRuleException(DomainText.Format("Plan.NotOwnCommitment", commitment.Code, Key));
        }
    }

    private void EnsureCodeFree(string code)
    {
        if (Commitments.Any(c => c.Code == code))
        {
            throw new DomainRuleException(DomainText.Format("Plan.CodeTaken", code, Key));
        }
    }

    /// <summary>
    /// A commitment continues commitments of the version this one revises, and no others: not one of another plan, of
    /// a later version, or of this draft (which is how lineage could turn into a cycle).
    /// </summary>
    private void EnsurePredecessors(IEnumerable<Commitment> continues)
    {
        foreach (var predecessor in continues)
        {
            if (PreviousVersion is null || !PreviousVersion.Commitments.Contains(predecessor))
            {
                throw new DomainRuleException(DomainText.Format("Plan.ContinuesOnlyPrevious", predecessor.Code, Key));
            }
        }
    }
}
