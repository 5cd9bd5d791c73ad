using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActionPlanTracker.Domain;

/// <summary>The name of a half-year reporting cycle: <c>2025-H1</c> (January–June) or <c>2025-H2</c> (July–December).</summary>
public readonly record struct CycleCode
{
    private CycleCode(int year, int half)
    {
        Year = year;
        Half = half;
    }

    public int Year { get; }

    /// <summary>1 for January–June, 2 for July–December.</summary>
    public int Half { get; }

    public DateOnly PeriodStart => new(Year, Half == 1 ? 1 : 7, 1);

    public DateOnly PeriodEnd => Half == 1 ? new(Year, 6, 30) : new(Year, 12, 31);

    public CycleCode Previous => Half == 2 ? new(Year, 1) : new(Year - 1, 2);

    public CycleCode Next => Half == 1 ? new(Year, 2) : new(Year + 1, 1);

    public static CycleCode Of(int year, int half)
    {
        if (year is < 2000 or > 2999 || half is not (1 or 2))
        {
            throw new DomainRuleException(DomainText.Get("Cycle.CodeRange"));
        }

        return new(year, half);
    }

    public static CycleCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new DomainRuleException(DomainText.Format("Cycle.NotACode", text));

    public static bool TryParse([NotNullWhen(true)] string? text, out CycleCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length != 7 || trimmed[4] != '-' || char.ToUpperInvariant(trimmed[5]) != 'H'
            || !int.TryParse(trimmed.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || trimmed[6] is not ('1' or '2') || year is < 2000 or > 2999)
        {
            return false;
        }

        code = new(year, trimmed[6] - '0');
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Half}");
}
