using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Security.Claims;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// What a reader may see of a report. Those who read all (secretariat, administrators, auditors) see every report;
/// a focal point sees its own member's reports whatever their state and, of the other members, only approved ones:
/// members share their progress, not their drafts.
/// </summary>
public sealed record Viewer(bool ReadsAll, bool Reviews, int? OwnMemberId)
{
    public static Viewer Of(ClaimsPrincipal user) =>
        new(user.CanReadAll(), user.IsInRole(Roles.Secretariat), user.IsInRole(Roles.FocalPoint) ? user.MemberId() : null);

    /// <summary>Whether this reader sees the whole record of a member's reports (<see cref="ReportVisibility.WholeRecord"/>).</summary>
    public bool Sees(int memberId) => ReportVisibility.SeesWholeRecord(ReadsAll, OwnMemberId, memberId);

    /// <summary>The reports whose content this reader may read, as a SQL condition (<see cref="ReportVisibility.OnPages"/>).</summary>
    public Expression<Func<ProgressReport, bool>> CanRead() => ReportVisibility.OnPages(ReadsAll, OwnMemberId);

    /// <summary>
    /// The report as this reader may see it, applied in SQL: what is hidden is never read from the database, so no
    /// page can show it by mistake.
    /// </summary>
    public Expression<Func<ProgressReport, ReportFacts>> Facts() =>
        CanRead().Into((r, visible) => new ReportFacts(
            r.Id,
            r.CycleId,
            r.MemberId,
            r.CommitmentId,
            visible,
            visible && r.LastChangedAt != null,
            visible ? r.State : null,
            visible ? r.Completion : null));

    /// <summary>
    /// Where a report's cell leads: the focal point's own form, the secretariat's review page, the history for other
    /// readers of all, and for a focal point reading another member's approved report, that member's entry on the
    /// commitment's page (on the page of members that holds it). Hidden or missing reports lead nowhere.
    /// </summary>
    public string? LinkTo(ReportFacts report, string cycleCode, string planKey, string commitmentCode, string memberCode) => report switch
    {
        { Visible: false } or { Id: 0 } => null,
        _ when report.MemberId == OwnMemberId => $"/reports/{report.Id}",
        _ when Reviews => $"/review/{report.Id}",
        _ when ReadsAll => $"/reports/{report.Id}/history",
        _ => Links.Commitment(planKey, commitmentCode, cycleCode, memberCode),
    };
}

/// <summary>
/// One report as a reader may see it. A hidden report (another member's, not approved, read by a focal point) has
/// neither state nor level; a missing report (no slot) has id 0.
/// </summary>
public sealed record ReportFacts(
    int Id, int CycleId, int MemberId, int CommitmentId, bool Visible, bool HasContent, ReviewState? State, Completion? Completion)
{
    public static ReportFacts Missing(Viewer viewer, int cycleId, int memberId, int commitmentId) =>
        new(0, cycleId, memberId, commitmentId, viewer.Sees(memberId), false, null, null);

    /// <summary>The level as the badges name it: a completion level, "none" (no report or no level yet) or "hidden".</summary>
    public string LevelKey => !Visible ? "hidden" : Completion is { } level && HasContent ? Key(level) : "none";

    /// <summary>The review state as the filters name it: a state, "none" (nothing written yet) or "hidden".</summary>
    public string StateKey => !Visible ? "hidden" : HasContent && State is { } state ? Key(state) : "none";

    /// <summary>The level this reader can compare with another cycle's: none when hidden or not written.</summary>
    public Completion? VisibleLevel => Visible && HasContent ? Completion : null;

    // The keys are read for every cell several times a page (markup, filters, roll-ups): looked up, not built each time.
    private static readonly FrozenDictionary<Completion, string> LevelKeys =
        Enum.GetValues<Completion>().ToFrozenDictionary(c => c, c => c.ToString().ToLowerInvariant());

    private static readonly FrozenDictionary<ReviewState, string> StateKeys =
        Enum.GetValues<ReviewState>().ToFrozenDictionary(s => s, s => s.ToString().ToLowerInvariant());

    private static string Key(Completion level) => LevelKeys.TryGetValue(level, out var key) ? key : level.ToString().ToLowerInvariant();

    private static string Key(ReviewState state) => StateKeys.TryGetValue(state, out var key) ? key : state.ToString().ToLowerInvariant();
}
