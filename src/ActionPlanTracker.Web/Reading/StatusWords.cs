using System.Collections.Concurrent;
using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Charts;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// The words for a report's status, an indicator value nobody gave and the dates the read pages show, in the reader's
/// language. The matrix names a level and a state in every one of its hundreds of cells, so the words are looked up
/// once per language and kept, rather than once per cell. A request is given those of its language (registered
/// scoped, <see cref="ReadingSetup"/>).
/// </summary>
public sealed class StatusWords
{
    private readonly Dictionary<Completion, string> _levels;
    private readonly Dictionary<ReviewState, string> _states;
    private readonly Dictionary<ChangeSincePreviousCycle, string> _changes;

    private StatusWords(IStringLocalizer<ReadingResources> text)
    {
        _levels = CompletionScale.All.ToDictionary(c => c, c => c.Label());
        _states = Enum.GetValues<ReviewState>().ToDictionary(s => s, s => s.Label());
        _changes = Enum.GetValues<ChangeSincePreviousCycle>().ToDictionary(c => c, c => c.Label());
        NoReport = ((Completion?)null).Label();
        NoLevelYet = text["Status.NoLevelYet"];
        NotApproved = text["Status.NotApproved"];
        Missing = text["Status.Missing"];
        ChartRow = text["Chart.Row"];
        NothingToCount = text["Chart.NothingToCount"];
        NotCollected = text["Value.NotCollected"];
        Kinds = [.. LevelCounts.Columns.Zip(
            [.. CompletionScale.All.Select(Level), NoReport, NotApproved], (kind, label) => kind with { Label = label })];
    }

    public string NoReport { get; }

    public string NoLevelYet { get; }

    /// <summary>What a focal point sees of another member's report the secretariat has not approved.</summary>
    public string NotApproved { get; }

    /// <summary>A report not yet written, in the readiness lists.</summary>
    public string Missing { get; }

    /// <summary>One row of a roll-up chart's description: {0} what it counts, {1} the counts, {2} the share of high completion.</summary>
    public string ChartRow { get; }

    public string NothingToCount { get; }

    /// <summary>An indicator value nobody gave: said in words, never shown as zero.</summary>
    public string NotCollected { get; }

    /// <summary>The roll-up columns (<see cref="LevelCounts.Columns"/>) named in this language.</summary>
    public IReadOnlyList<StackKind> Kinds { get; }

    public string Level(Completion level) => _levels[level];

    public string Level(Completion? level) => level is { } known ? _levels[known] : NoReport;

    public string State(ReviewState state) => _states[state];

    public string Change(ChangeSincePreviousCycle change) => _changes[change];

    /// <summary>A report's level as a reader may see it: hidden, not written, no level yet, or its level.</summary>
    public string LevelOf(ReportFacts report) => !report.Visible ? NotApproved
        : !report.HasContent ? NoReport
        : report.Completion is { } level ? _levels[level] : NoLevelYet;

    /// <summary>A report's review state, where the reader may see it and something is written.</summary>
    public string? StateOf(ReportFacts report) => report.Visible && report.HasContent && report.State is { } state ? _states[state] : null;

    /// <summary>An indicator value as people read it; <see cref="NotCollected"/> when there is none.</summary>
    public string Value(decimal? value) => value is { } v ? Indicator.Format(v) : NotCollected;

    /// <summary>A date as people read it: "15 July 2027", "15 juillet 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Each language's words, read through the checked localizer the first time that language is asked for, then kept.</summary>
    public sealed class ByLanguage(IStringLocalizer<ReadingResources> text)
    {
        private readonly ConcurrentDictionary<string, StatusWords> _words = new(StringComparer.Ordinal);

        /// <summary>The words of the current request's language.</summary>
        public StatusWords Current => _words.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new StatusWords(text));
    }
}
