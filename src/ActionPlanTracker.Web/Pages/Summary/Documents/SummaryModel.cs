using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Reading;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// Everything the RLG progress summary of a cycle shows, as the data stood at <see cref="AsOf"/>. Every format
/// (HTML, CSV, XLSX, DOCX, PDF) is written from this one model, so they cannot disagree. The model holds data only;
/// its words are chosen when it is written, in the current culture (the page's, or the document's through
/// <see cref="Languages.In"/>), with the summary's texts passed as <c>t</c>, so both languages share one fingerprint.
/// </summary>
public sealed record Summary(
    string PlanTitle,
    string Cycle,
    string? PreviousCycle,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly MeetingDate,
    SummaryMember? Presidency,
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

    public string AsOfText => SummaryFormat.Time(AsOf);

    public string MeetingText => SummaryFormat.Date(MeetingDate);

    /// <summary>The member that held the G7 presidency in the year the cycle starts, or that none is recorded.</summary>
    public string PresidencyText(IStringLocalizer t) => Presidency?.LocalName() ?? t["Cover.NoPresidency"];

    public string PeriodText(IStringLocalizer t) => t["Cover.Period", Cycle, SummaryFormat.Date(PeriodStart), SummaryFormat.Date(PeriodEnd)];

    public string PublishedText(IStringLocalizer t) => Published ? t["Cover.Published"] : t["Cover.NotPublished"];

    public string PreviousCycleText(IStringLocalizer t) => PreviousCycle ?? t["Commitment.PreviousCycle"];

    /// <summary>Counts per completion level, then "No report", in <see cref="SummaryFormat.LevelColumns"/> order.</summary>
    public static IReadOnlyList<int> LevelCounts(IEnumerable<SummaryEntry> entries)
    {
        var list = entries.ToList();
        return [.. CompletionScale.All.Select(l => list.Count(e => e.Completion == l)), list.Count(e => e.Completion is null)];
    }

    /// <summary>Reports with the secretariat or approved (submitted at least once and not sent back), per member.</summary>
    public int Submitted(string memberCode) =>
        Entries.Count(e => e.MemberCode == memberCode && e.State is ReviewState.Submitted or ReviewState.Approved);

    public string SubmittedText(IStringLocalizer t, string memberCode) => t["Overview.SubmittedOf", Submitted(memberCode), CommitmentCount];

    public int CommitmentCount => Pillars.Sum(p => p.Commitments.Count);

    /// <summary>The indicators annex, the same in every format: per indicator, the cycle's combined value and one row per member.</summary>
    public IEnumerable<(SummaryIndicator Indicator, string Line, IReadOnlyList<IReadOnlyList<string>> Rows)> IndicatorAnnex(IStringLocalizer t) =>
        Indicators.Select(i =>
        {
            var values = i.In(Cycle).ToList();
            var line = t["Indicator.Line", Cycle, i.Combined(t, Cycle), values.Count(v => v.Total is not null), values.Count, values.Count(v => v.IsDisaggregated)];
            return (i, line.Value, (IReadOnlyList<IReadOnlyList<string>>)[.. values.Select(v => (IReadOnlyList<string>)
                [v.LocalMemberName(), SummaryIndicator.Show(t, v.Total), i.Breakdown(t, v), v.Provisional ? t["Indicator.Provisional"] : t["Indicator.Approved"]])]);
        });

    public static IReadOnlyList<string> IndicatorAnnexHeader(IStringLocalizer t) =>
        [t["Annex.Member"], t["Annex.Total"], t["Annex.Breakdown"], t["Annex.Report"]];

    /// <summary>"rlg-progress-summary-2040-H1-fr.docx": the language in the name, so both copies can sit side by side.</summary>
    public string FileName(string extension, string language) => $"rlg-progress-summary-{Cycle}-{language}.{extension}";
}

public sealed record SummaryMember(string Code, string Name, string? NameFr)
{
    public string LocalName() => PlanText.Choose(Name, NameFr);
}

/// <summary>A pillar; <see cref="Plan"/> names its plan where the cycle monitors more than one, whose pillars share numerals.</summary>
public sealed record SummaryPillar(string Numeral, string Title, string? TitleFr, IReadOnlyList<SummaryCommitment> Commitments, string? Plan = null, string? PlanKey = null)
{
    public string Heading(IStringLocalizer t) => Plan is null
        ? t["Pillar.Heading", Numeral, PlanText.Choose(Title, TitleFr)]
        : t["Pillar.HeadingOfPlan", Plan, Numeral, PlanText.Choose(Title, TitleFr)];

    /// <summary>The pillar in the page's element ids: its numeral, with its plan's key where two plans share the summary.</summary>
    public string Anchor => PlanKey is null ? Numeral : $"{PlanKey}-{Numeral}";

    /// <summary>One of its commitments in the page's element ids, likewise.</summary>
    public string AnchorOf(SummaryCommitment commitment) => PlanKey is null ? commitment.Code : $"{PlanKey}-{commitment.Code}";
}

/// <summary>A commitment; <see cref="Continues"/> is set where it carries on one of the plan's version before.</summary>
public sealed record SummaryCommitment(string Code, string ShortTitle, string? ShortTitleFr, IReadOnlyList<SummaryEntry> Entries, ContinuedFrom? Continues = null)
{
    public string Heading()
    {
        var title = PlanText.Choose(ShortTitle, ShortTitleFr);
        return title.Length == 0 ? Code : $"{Code} {title}";
    }

    /// <summary>What it continues, and whether the words changed, for a line under its heading; null for a commitment that continues nothing.</summary>
    /// <remarks>Nothing for one that continues the commitment of its own code in the same words: most of a revised plan.</remarks>
    public string? LineageText(IStringLocalizer t) => Continues is not { } earlier || (!earlier.TextChanged && earlier.Code == Code)
        ? null
        : t[earlier.TextChanged ? "Commitment.ContinuesReworded" : "Commitment.Continues", earlier.Code, earlier.PlanTitle].Value;
}

/// <summary>One member's report on one commitment as its latest revision at "as of" left it; missing when there was none.</summary>
public sealed record SummaryEntry(
    string MemberCode,
    string MemberName,
    string? MemberNameFr,
    string Pillar,
    string CommitmentCode,
    string ShortTitle,
    string? ShortTitleFr,
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

    public string LocalMemberName() => PlanText.Choose(MemberName, MemberNameFr);

    public string LocalShortTitle() => PlanText.Choose(ShortTitle, ShortTitleFr);

    /// <summary>The level's name, or "No report" (the domain names both).</summary>
    public string CompletionText() => IsMissing ? ((Completion?)null).Label() : Completion.Label();

    public string StateText(IStringLocalizer t) => State?.Label() ?? t["Entry.Missing"];

    public string ChangeText() => Change?.Label() ?? "";

    /// <summary>The member's name as a heading over the narrative, marked when the report is provisional.</summary>
    public string HeadingText(IStringLocalizer t) => IsProvisional ? t["Entry.Provisional", LocalMemberName()] : LocalMemberName();

    /// <summary>The cell of the member × status table: level, state, and "provisional" when not approved.</summary>
    public string StatusText(IStringLocalizer t) => IsMissing
        ? CompletionText()
        : t[IsProvisional ? "Entry.StatusProvisional" : "Entry.Status", Completion.Label(), StateText(t)];

    /// <summary>What the member wrote: the narrative, or the reason the commitment does not apply. As written, never translated.</summary>
    public string WrittenText() => Completion == Domain.Completion.NotApplicable ? NotApplicableReason ?? "" : Narrative;
}
