using System.Globalization;

namespace ActionPlanTracker.Domain;

/// <summary>
/// Something the secretariat asks members to measure on a commitment, such as "officers trained": its unit, its
/// definition, whether it is a count, a sum or a rate, and the breakdowns (sex, age group) it takes.
/// </summary>
public sealed class Indicator
{
    public const int MaxCategories = 10;

    /// <summary>The largest value a report can carry; the column holds 18 digits, 4 after the point.</summary>
    public const decimal MaxValue = 99_999_999_999_999m;

    private Indicator() { }

    public Indicator(int commitmentId, string name, string unit, string definition, IndicatorKind kind,
        IReadOnlyList<string>? sexCategories, IReadOnlyList<string>? ageGroups, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainRuleException(DomainText.Get("Change.ActorMissing"));
        }

        CommitmentId = commitmentId;
        Describe(name, unit, definition, kind, sexCategories, ageGroups);
        CreatedBy = actor;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public int CommitmentId { get; private set; }

    /// <summary>The commitment it measures, for queries to read through; loaded only when a query asks.</summary>
    public Commitment? Commitment { get; private set; }

    public string Name { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public string Definition { get; private set; } = "";

    public IndicatorKind Kind { get; private set; }

    /// <summary>The sex categories a value is broken down into; empty when the indicator takes no sex breakdown.</summary>
    public IReadOnlyList<string> SexCategories { get; private set; } = [];

    /// <summary>The age groups a value is broken down into; empty when the indicator takes no age breakdown.</summary>
    public IReadOnlyList<string> AgeGroups { get; private set; } = [];

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>
    /// Changes what the indicator says. Once a value has been reported for it (<paramref name="hasValues"/>), only the
    /// name, unit and definition may change: another kind or other categories would change what the stored values mean.
    /// </summary>
    public void Redefine(string name, string unit, string definition, IndicatorKind kind,
        IReadOnlyList<string>? sexCategories, IReadOnlyList<string>? ageGroups, bool hasValues)
    {
        if (hasValues && (kind != Kind || !SameCategories(SexCategories, sexCategories) || !SameCategories(AgeGroups, ageGroups)))
        {
            throw new DomainRuleException(
                $"Values have been reported for \"{Name}\", so its kind and breakdowns can no longer change: the values already given would "
                + "mean something else. Change its name, unit or definition, or define a new indicator.");
        }

        Describe(name, unit, definition, kind, sexCategories, ageGroups);
    }

    private static bool SameCategories(IReadOnlyList<string> stored, IReadOnlyList<string>? given) =>
        stored.SequenceEqual((given ?? []).Select(c => c.Trim()).Where(c => c.Length > 0), StringComparer.Ordinal);

    public IReadOnlyList<string> Categories(Disaggregation disaggregation) =>
        disaggregation == Disaggregation.Sex ? SexCategories : AgeGroups;

    /// <summary>The breakdowns the indicator takes, in the order the forms show them.</summary>
    public IEnumerable<Disaggregation> Disaggregations =>
        new[] { Disaggregation.Sex, Disaggregation.AgeGroup }.Where(d => Categories(d).Count > 0);

    private void Describe(string name, string unit, string definition, IndicatorKind kind,
        IReadOnlyList<string>? sexCategories, IReadOnlyList<string>? ageGroups)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(DomainText.Get("Indicator.NeedsName"));
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            throw new DomainRuleException(DomainText.Format("Indicator.NeedsUnit", name.Trim()));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException(DomainText.Get("Indicator.UnknownKind"));
        }

        Name = name.Trim();
        Unit = unit.Trim();
        Definition = definition;
        Kind = kind;
        SexCategories = CheckCategories(Disaggregation.Sex, sexCategories);
        AgeGroups = CheckCategories(Disaggregation.AgeGroup, ageGroups);
    }

    private List<string> CheckCategories(Disaggregation disaggregation, IReadOnlyList<string>? categories)
    {
        var cleaned = (categories ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (cleaned.Count > MaxCategories)
        {
            throw new DomainRuleException(DomainText.Format("Indicator.TooManyCategories", Name, MaxCategories, DomainText.Lower(disaggregation.Label())));
        }

        if (cleaned.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException(DomainText.Format("Indicator.CategoryTwice", Name, DomainText.Lower(disaggregation.Label()), twice.Key));
        }

        if (cleaned.Count == 1)
        {
            throw new DomainRuleException(DomainText.Format("Indicator.TooFewCategories", Name, DomainText.Lower(disaggregation.Label())));
        }

        return cleaned;
    }

    /// <summary>
    /// Why a reading cannot be stored, one problem per value (naming the indicator and the category), or none.
    /// For counts and sums the parts of one breakdown never add up to more than the total; a rate's parts have no
    /// such rule. A value left empty is "not collected", which is a valid answer and never counts as zero.
    /// </summary>
    public IReadOnlyList<IndicatorProblem> Check(IndicatorReading reading)
    {
        var problems = new List<IndicatorProblem>();
        if (reading.Total is { } total)
        {
            CheckNumber(total, null, null, problems);
        }

        foreach (var part in reading.Parts)
        {
            var categories = Categories(part.Disaggregation);
            if (!Enum.IsDefined(part.Disaggregation) || categories.Count == 0)
            {
                problems.Add(new(part.Disaggregation, part.Category, DomainText.Format("Indicator.NotBrokenDownBy", Name, DomainText.Lower(part.Disaggregation.Label()))));
            }
            else if (!categories.Contains(part.Category, StringComparer.Ordinal))
            {
                problems.Add(new(part.Disaggregation, part.Category,
                    DomainText.Format("Indicator.NotACategory", Name, part.Category, DomainText.Lower(part.Disaggregation.Label()), string.Join(", ", categories))));
            }
            else if (reading.Parts.Count(p => p.Disaggregation == part.Disaggregation && p.Category == part.Category) > 1)
            {
                problems.Add(new(part.Disaggregation, part.Category, DomainText.Format("Indicator.GivenTwice", Name, part.Category)));
            }
            else if (part.Value is { } value)
            {
                CheckNumber(value, part.Disaggregation, part.Category, problems);
            }
        }

        if (problems.Count == 0 && Kind.IsAdditive())
        {
            CheckParts(reading, problems);
        }

        return problems;
    }

    /// <summary>Refuses a reading that breaks a rule, with the first problem's message.</summary>
    public void EnsureValid(IndicatorReading reading)
    {
        if (Check(reading) is [var first, ..])
        {
            throw new DomainRuleException(first.Message);
        }
    }

    private void CheckParts(IndicatorReading reading, List<IndicatorProblem> problems)
    {
        foreach (var group in reading.Parts.Where(p => p.Value is not null).GroupBy(p => p.Disaggregation))
        {
            var what = DomainText.Lower(group.Key.Label());
            if (reading.Total is not { } total)
            {
                problems.Add(new(group.Key, null,
                    DomainText.Format("Indicator.BreakdownNeedsTotal", Name, what)));
                continue;
            }

            if (group.FirstOrDefault(p => p.Value > total) is { } over)
            {
                problems.Add(new(group.Key, over.Category,
                    DomainText.Format("Indicator.PartOverTotal", Name, over.Category, Format(over.Value!.Value), Format(total))));
                continue;
            }

            var sum = group.Sum(p => p.Value!.Value);
            if (sum > total)
            {
                problems.Add(new(group.Key, null,
                    DomainText.Format("Indicator.PartsOverTotal", Name, what, string.Join(" + ", group.Select(p => $"{p.Category} {Format(p.Value!.Value)}")), Format(sum), Format(total))));
            }
        }
    }

    private void CheckNumber(decimal value, Disaggregation? disaggregation, string? category, List<IndicatorProblem> problems)
    {
        var what = category ?? DomainText.Get("Indicator.TheTotal");
        if (value < 0)
        {
            problems.Add(new(disaggregation, category, DomainText.Format("Indicator.Negative", Name, what)));
        }
        else if (value > MaxValue || value.Scale > 4 && decimal.Round(value, 4) != value)
        {
            problems.Add(new(disaggregation, category, DomainText.Format("Indicator.TooLarge", Name, what)));
        }
        else if (Kind == IndicatorKind.Count && decimal.Truncate(value) != value)
        {
            problems.Add(new(disaggregation, category, DomainText.Format("Indicator.CountWhole", Name, what)));
        }
    }

    /// <summary>A value as the reader writes numbers: 1,234.5 in English, 1 234,5 in French.</summary>
    public static string Format(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);
}

/// <summary>One broken rule of a reading: which value (the total when both are null) and why, in words for the focal point.</summary>
public sealed record IndicatorProblem(Disaggregation? Disaggregation, string? Category, string Message);
