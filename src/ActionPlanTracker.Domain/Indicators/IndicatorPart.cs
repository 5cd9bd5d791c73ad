namespace ActionPlanTracker.Domain;

/// <summary>One category of one breakdown, such as Sex · Female. A null value means "not collected", never zero.</summary>
public sealed record IndicatorPart(Disaggregation Disaggregation, string Category, decimal? Value);

/// <summary>What a focal point enters for one indicator: the total and the parts they have. Null means "not collected".</summary>
public sealed record IndicatorReading(decimal? Total, IReadOnlyList<IndicatorPart> Parts)
{
    public static IndicatorReading NotCollected { get; } = new(null, []);

    /// <summary>True when nothing at all was collected.</summary>
    public bool IsEmpty => Total is null && Parts.All(p => p.Value is null);

    /// <summary>True when at least one part of a breakdown was entered.</summary>
    public bool IsDisaggregated => Parts.Any(p => p.Value is not null);

    /// <summary>Only the parts that were collected, in a fixed order, so two readings of the same numbers compare equal.</summary>
    public IndicatorReading Normalised() =>
        new(Total, [.. Parts.Where(p => p.Value is not null).OrderBy(p => p.Disaggregation).ThenBy(p => p.Category, StringComparer.Ordinal)]);

    public bool SameAs(IndicatorReading other)
    {
        var (a, b) = (Normalised(), other.Normalised());
        return a.Total == b.Total && a.Parts.SequenceEqual(b.Parts);
    }
}
