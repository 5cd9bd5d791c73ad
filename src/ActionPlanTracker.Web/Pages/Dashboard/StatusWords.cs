using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// The words for a report's status and the dates the dashboard pages show, in the reader's language. The matrix
/// names a level and a state in every one of its hundreds of cells, so the words are looked up once per language
/// and kept, rather than once per cell.
/// </summary>
public sealed class StatusWords
{
    private static readonly ResourceManager Resources = new(typeof(DashboardText));
    private static readonly ConcurrentDictionary<string, StatusWords> ByCulture = new(StringComparer.Ordinal);

    private readonly Dictionary<Completion, string> _levels;
    private readonly Dictionary<ReviewState, string> _states;
    private readonly Dictionary<ChangeSincePreviousCycle, string> _changes;

    private StatusWords(CultureInfo culture)
    {
        _levels = CompletionScale.All.ToDictionary(c => c, c => c.Label());
        _states = Enum.GetValues<ReviewState>().ToDictionary(s => s, s => s.Label());
        _changes = Enum.GetValues<ChangeSincePreviousCycle>().ToDictionary(c => c, c => c.Label());
        NoReport = ((Completion?)null).Label();
        NoLevelYet = Text("Status.NoLevelYet", culture);
        NotApproved = Text("Status.NotApproved", culture);
        Missing = Text("Status.Missing", culture);
        ChartRow = Text("Chart.Row", culture);
        NothingToCount = Text("Chart.NothingToCount", culture);
    }

    /// <summary>The words of the current request's language.</summary>
    public static StatusWords Current => ByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new StatusWords(CultureInfo.CurrentUICulture));

    public string NoReport { get; }

    public string NoLevelYet { get; }

    /// <summary>What a focal point sees of another member's report the secretariat has not approved.</summary>
    public string NotApproved { get; }

    /// <summary>A report not yet written, in the readiness lists.</summary>
    public string Missing { get; }

    /// <summary>One row of a roll-up chart's description: {0} what it counts, {1} the counts, {2} the share of high completion.</summary>
    public string ChartRow { get; }

    public string NothingToCount { get; }

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

    /// <summary>A date as people read it: "15 July 2027", "15 juillet 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Text(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key} in {nameof(DashboardText)}.");
}
