using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Exports;

/// <summary>
/// Everything the RLG progress summary of a cycle shows, as the data stood at <see cref="AsOf"/>. Every format
/// (HTML, CSV, XLSX, DOCX, PDF) is written from this one model, so they cannot disagree.
/// </summary>
public sealed record Summary(
    string PlanTitle,
    string Cycle,
    string? PreviousCycle,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly MeetingDate,
    bool Published,
    DateTimeOffset AsOf,
    IReadOnlyList<SummaryMember> Members,
    IReadOnlyList<SummaryPillar> Pillars,
    IReadOnlyList<SummaryIndicator> Indicators,
    string? ChainHead,
    string Fingerprint)
{
    public IEnumerable<SummaryEntry> Entries => Pillars.SelectMany(p => p.Commitments).SelectMany(c => c.Entries);

    public IEnumerable<SummaryEntry> Missing => Entries.Where(e => e.IsMissing);

    public string AsOfText => SummaryText.Time(AsOf);

    public string MeetingText => MeetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public string PublishedText => Published ? "Published" : "Not published: the content may still change";

    /// <summary>Counts per completion level, then "No report", in <see cref="SummaryText.LevelColumns"/> order.</summary>
    public static IReadOnlyList<int> LevelCounts(IEnumerable<SummaryEntry> entries)
    {
        var list = entries.ToList();
        return [.. CompletionScale.All.Select(l => list.Count(e => e.Completion == l)), list.Count(e => e.Completion is null)];
    }

    /// <summary>Reports with the secretariat or approved (submitted at least once and not sent back), per member.</summary>
    public int Submitted(string memberCode) =>
        Entries.Count(e => e.MemberCode == memberCode && e.State is ReviewState.Submitted or ReviewState.Approved);

    public int CommitmentCount => Pillars.Sum(p => p.Commitments.Count);

    /// <summary>The indicators annex, the same in every format: per indicator, the cycle's combined value and one row per member.</summary>
    public IEnumerable<(SummaryIndicator Indicator, string Line, IReadOnlyList<IReadOnlyList<string>> Rows)> IndicatorAnnex =>
        Indicators.Select(i =>
        {
            var values = i.In(Cycle).ToList();
            var line = $"{Cycle}: {i.Combined(Cycle)}; values given by {values.Count(v => v.Total is not null)} of {values.Count} members, "
                + $"{values.Count(v => v.IsDisaggregated)} broken down.";
            return (i, line, (IReadOnlyList<IReadOnlyList<string>>)[.. values.Select(v => (IReadOnlyList<string>)
                [v.MemberName, Pages.Indicators.IndicatorQueries.Show(v.Total), i.Breakdown(v), v.Provisional ? "provisional" : "approved"])]);
        });

    public static IReadOnlyList<string> IndicatorAnnexHeader { get; } = ["Member", "Total", "Breakdown", "Report"];

    public string FileName(string extension) => $"rlg-progress-summary-{Cycle}.{extension}";
}

public sealed record SummaryMember(string Code, string Name);

public sealed record SummaryPillar(string Numeral, string Title, IReadOnlyList<SummaryCommitment> Commitments)
{
    public string Heading => $"Pillar {Numeral}: {Title}";
}

public sealed record SummaryCommitment(string Code, string ShortTitle, IReadOnlyList<SummaryEntry> Entries)
{
    public string Heading => ShortTitle.Length == 0 ? Code : $"{Code} {ShortTitle}";
}

/// <summary>One member's report on one commitment as its latest revision at "as of" left it; missing when there was none.</summary>
public sealed record SummaryEntry(
    string MemberCode,
    string MemberName,
    string Pillar,
    string CommitmentCode,
    string ShortTitle,
    bool IsMissing,
    ReviewState? State,
    Completion? Completion,
    Completion? PreviousCompletion,
    ChangeSincePreviousCycle? Change,
    string Narrative,
    string NextSteps,
    string Challenges,
    IReadOnlyList<string> Evidence,
    string? NotApplicableReason,
    DateTimeOffset? LastChangedAt,
    string? LastChangedBy)
{
    /// <summary>Reported but not approved: the text may still change.</summary>
    public bool IsProvisional => !IsMissing && State != ReviewState.Approved;

    public string CompletionText => IsMissing ? "No report" : Completion.Label();

    public string StateText => State?.Label() ?? "Missing";

    public string ChangeText => Change?.Label() ?? "";

    /// <summary>The cell of the member × status table: level, state, and "provisional" when not approved.</summary>
    public string StatusText => IsMissing ? "No report" : $"{Completion.Label()} ({StateText}{(IsProvisional ? ", provisional" : "")})";
}

public static class SummaryText
{
    public static IReadOnlyList<string> LevelColumns { get; } = [.. CompletionScale.All.Select(l => l.Label()), "No report"];

    /// <summary>UTC, to the microsecond PostgreSQL keeps: the form <c>?asOf=</c> accepts back.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 time; one without an offset is taken as UTC. Null when it is not one.</summary>
    public static DateTimeOffset? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at)
            || !char.IsAsciiDigit(text.Trim()[0]))
        {
            return null;
        }

        return Microseconds(at.ToUniversalTime());
    }

    /// <summary>PostgreSQL keeps microseconds: cut the rest so "as of" compares and prints the same everywhere.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));
}
