namespace ActionPlanTracker.Domain;

/// <summary>How an indicator's value is made: counted, summed (an amount) or a rate. Only counts and sums add up.</summary>
public enum IndicatorKind
{
    Count = 0,
    Sum = 1,
    Rate = 2,
}

/// <summary>The breakdowns an indicator can take.</summary>
public enum Disaggregation
{
    Sex = 0,
    AgeGroup = 1,
}

public static class IndicatorKinds
{
    public static IReadOnlyList<IndicatorKind> All { get; } = [IndicatorKind.Count, IndicatorKind.Sum, IndicatorKind.Rate];

    /// <summary>Parts of a count or a sum add up to the whole; parts of a rate do not.</summary>
    public static bool IsAdditive(this IndicatorKind kind) => kind is IndicatorKind.Count or IndicatorKind.Sum;

    /// <summary>The kind's name in the current language.</summary>
    public static string Label(this IndicatorKind kind) => DomainText.Get($"IndicatorKind.{kind}");

    public static string Label(this Disaggregation disaggregation) => DomainText.Get($"Disaggregation.{disaggregation}");

    /// <summary>The categories the plan's pillar V asks for, used unless the secretariat configures others.</summary>
    public static IReadOnlyList<string> DefaultCategories(this Disaggregation disaggregation) => disaggregation switch
    {
        Disaggregation.Sex => ["Female", "Male", "Other or not recorded"],
        Disaggregation.AgeGroup => ["Under 18", "18 and over", "Unknown"],
        _ => [],
    };
}
