using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.ReportForms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>
/// What an upload would do to a member's reports: per row, the fields that change or why the row is refused. The
/// rules are the report form's: its validator for the text, the domain's states and cycles for what may change.
/// </summary>
public static class ImportPlan
{
    private static readonly (int Column, string Field)[] Fields =
    [
        (ImportSheet.Completion, nameof(ReportInput.Completion)),
        (ImportSheet.Reason, nameof(ReportInput.NotApplicableReason)),
        (ImportSheet.Narrative, nameof(ReportInput.Narrative)),
        (ImportSheet.NextSteps, nameof(ReportInput.NextSteps)),
        (ImportSheet.Challenges, nameof(ReportInput.Challenges)),
        (ImportSheet.Evidence, nameof(ReportInput.Evidence)),
    ];

    /// <summary>
    /// Reads the member's reports named in the sheet (tracked, when <paramref name="track"/>, so a confirmation can
    /// save them) and compares. The reports and their cycles come back with the plan; errors and changes are worded
    /// by <paramref name="text"/>, the report form's rules by <paramref name="formText"/>.
    /// </summary>
    public static async Task<Planned> MakeAsync(
        ActionPlanDbContext db, SheetContent sheet, int memberId, bool track,
        IStringLocalizer<ImportResources> text, IStringLocalizer<ReportFormResources> formText, CancellationToken cancellationToken)
    {
        var validator = new ReportInput.Validator(formText);
        var levels = CompletionScale.All.Select(l => l.Label()).ToList();
        var errors = sheet.Errors.ToList();
        var memberCode = await db.Members.Where(m => m.Id == memberId).Select(m => m.Code).SingleAsync(cancellationToken);
        var cycleCodes = sheet.Rows.Select(r => r.Values[ImportSheet.Cycle].Trim().ToUpperInvariant()).Distinct().ToList();
        var cycles = await db.Cycles.Include(c => c.Plans).Where(c => cycleCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);

        // A code names a commitment within a plan: a row's code is looked for among the plans its cycle monitors.
        var commitments = (await db.Commitments.AsNoTracking().Select(c => new { c.Code, c.Id, c.Pillar!.ActionPlanId }).ToListAsync(cancellationToken))
            .ToLookup(c => c.Code, c => (c.Id, PlanId: c.ActionPlanId), StringComparer.Ordinal);
        var cycleIds = cycles.Values.Select(c => c.Id).ToList();
        var reports = await (track ? db.Reports : db.Reports.AsNoTracking())
            .Where(r => r.MemberId == memberId && cycleIds.Contains(r.CycleId))
            .ToDictionaryAsync(r => (r.CycleId, r.CommitmentId), cancellationToken);

        var rows = new List<RowPlan>();
        var seen = new HashSet<(int, int)>();
        foreach (var row in sheet.Rows)
        {
            var before = errors.Count;
            string Value(int column) => row.Values[column];
            void Refuse(int column, LocalizedString message) => errors.Add(new CellError(row.Number, column, message.Value));

            var cycleCode = Value(ImportSheet.Cycle).Trim().ToUpperInvariant();
            var member = Value(ImportSheet.Member).Trim().ToUpperInvariant();
            var code = Value(ImportSheet.Commitment).Trim();
            cycles.TryGetValue(cycleCode, out var cycle);
            if (cycle is null)
            {
                Refuse(ImportSheet.Cycle, text["Plan.NoSuchCycle", Value(ImportSheet.Cycle)]);
            }
            else if (!cycle.AcceptsReports)
            {
                Refuse(ImportSheet.Cycle, text["Plan.CycleClosed", cycle.Code, ReportingCycle.Describe(cycle.State)]);
            }

            if (member != memberCode)
            {
                Refuse(ImportSheet.Member, text["Plan.OtherMember", Value(ImportSheet.Member), memberCode]);
            }

            var named = commitments[code].Where(c => cycle is null || cycle.Plans.Any(p => p.PlanId == c.PlanId)).Select(c => c.Id).Distinct().ToList();
            var commitmentId = named.Count == 1 ? named[0] : 0;
            if (named.Count == 0)
            {
                Refuse(ImportSheet.Commitment, text["Plan.NoSuchCommitment", code]);
            }
            else if (named.Count > 1 && cycle is not null)
            {
                Refuse(ImportSheet.Commitment, text["Plan.CommitmentInTwoPlans", cycle.Code, code]);
            }

            var input = new ReportInput
            {
                Completion = ParseLevel(Value(ImportSheet.Completion))?.ToString() ?? (Value(ImportSheet.Completion).Trim().Length == 0 ? null : "?"),
                NotApplicableReason = Value(ImportSheet.Reason),
                Narrative = Value(ImportSheet.Narrative),
                NextSteps = Value(ImportSheet.NextSteps),
                Challenges = Value(ImportSheet.Challenges),
                Evidence = Value(ImportSheet.Evidence),
            };
            foreach (var failure in validator.Validate(input).Errors)
            {
                var column = Fields.FirstOrDefault(f => f.Field == failure.PropertyName).Column;
                var message = failure.PropertyName == nameof(ReportInput.Completion)
                    ? text["Plan.NotALevel", string.Join(", ", levels[..^1]), levels[^1]]
                    : new LocalizedString(failure.PropertyName, failure.ErrorMessage);
                Refuse(column, message);
            }

            ProgressReport? report = null;
            if (cycle is not null && commitmentId != 0 && member == memberCode)
            {
                reports.TryGetValue((cycle.Id, commitmentId), out report);
                if (report is null)
                {
                    Refuse(ImportSheet.Commitment, text["Plan.NoSlot", cycle.Code]);
                }
                else if (!seen.Add((cycle.Id, commitmentId)))
                {
                    Refuse(ImportSheet.Commitment, text["Plan.Repeated", code]);
                }
            }

            // The revision the template was written at: blank in a row typed by hand, never more than the report has.
            var revisionText = Value(ImportSheet.Revision).Trim();
            int? exported = null;
            if (revisionText.Length > 0)
            {
                if (!int.TryParse(revisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (report is not null && number > report.RevisionCount))
                {
                    Refuse(ImportSheet.Revision, text["Plan.NotARevision", Value(ImportSheet.Revision)]);
                }
                else
                {
                    exported = number;
                }
            }

            if (errors.Count > before || report is null || cycle is null)
            {
                rows.Add(RowPlan.Refused(row.Number, code));
                continue;
            }

            var content = input.ToContent().Normalised();
            var changed = Changed(report.Content, content, text);

            // The template lists locked reports too, for reference: left as they are, they are simply not imported.
            if (changed.Count > 0 && Locked(report.ReadOnlyReason(cycle), cycle, code, text) is { } locked)
            {
                Refuse(ImportSheet.Commitment, locked);
                rows.Add(RowPlan.Refused(row.Number, code));
                continue;
            }

            var conflict = changed.Count > 0 ? await ConflictAsync(db, report, exported, cancellationToken) : null;
            rows.Add(new RowPlan(row.Number, code, report, cycle, changed, content, conflict));
        }

        return new Planned(rows, errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
    }

    /// <summary>
    /// Whether the report's content changed after the row's template was written: the content at the revision the row
    /// carries differs from the content now. Moves that leave the text alone (submitted, returned) are no conflict. A row
    /// without a revision (typed by hand) conflicts with any saved content, as nothing says it is the newer.
    /// </summary>
    private static async Task<Conflict?> ConflictAsync(ActionPlanDbContext db, ProgressReport report, int? exported, CancellationToken cancellationToken)
    {
        if (exported == report.RevisionCount || (exported is null && !report.HasContent))
        {
            return null;
        }

        if (exported is { } number)
        {
            var then = number == 0
                ? ReportContent.Empty
                : (await db.ReportRevisions.AsNoTracking().SingleAsync(v => v.ProgressReportId == report.Id && v.Number == number, cancellationToken)).Content;
            if (then == report.Content)
            {
                return null;
            }
        }

        return new Conflict(exported, report.RevisionCount, report.LastChangedBy ?? "", report.LastChangedAt);
    }

    /// <summary>Why the domain refuses to change the report (<see cref="ProgressReport.ReadOnlyReason"/>), in the import's words; null when it does not.</summary>
    private static LocalizedString? Locked(ReportLock? reason, ReportingCycle cycle, string code, IStringLocalizer text) => reason switch
    {
        ReportLock.Approved => text["Plan.Approved", code],
        ReportLock.Submitted => text["Plan.Submitted", code],
        ReportLock.CyclePlanned or ReportLock.CyclePublished => text["Plan.CycleClosed", cycle.Code, ReportingCycle.Describe(cycle.State)],
        _ => null,
    };

    /// <summary>
    /// A level as a person writes it, in English or French ("Not started", "non commencé"), or as the form sends it
    /// ("NotStarted"): a template downloaded in one language may be filled in by someone working in the other.
    /// </summary>
    public static Completion? ParseLevel(string text)
    {
        var plain = Plain(text);
        return CompletionScale.All.Cast<Completion?>().FirstOrDefault(level =>
            Plain(level.ToString()!).Equals(plain, StringComparison.OrdinalIgnoreCase)
            || Languages.Codes.Any(code => Plain(Languages.In(code, () => level.Label())).Equals(plain, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Plain(string text) => text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);

    /// <summary>The cells as the template writes a report at its revision <paramref name="revision"/>.</summary>
    public static IReadOnlyList<string> Cells(string cycle, string member, string code, string title, ReviewState state, ReportContent content, int revision) =>
    [
        cycle, member, code, title, state.Label(), content.Completion?.Label() ?? "", content.NotApplicableReason ?? "",
        content.Narrative, content.NextSteps, content.Challenges, string.Join('\n', content.Evidence), revision.ToString(CultureInfo.InvariantCulture),
    ];

    private static List<FieldChange> Changed(ReportContent now, ReportContent next, IStringLocalizer text)
    {
        var changed = new List<FieldChange>();
        if (now.Completion != next.Completion)
        {
            changed.Add(new(text["Plan.ChangedCompletion", now.Completion.Label(), next.Completion.Label()], Named(text["Plan.Completion"]), now.Completion.Label(), next.Completion.Label()));
        }

        void Text(string? before, string? after, string key)
        {
            if (before != after)
            {
                changed.Add(new(text[key], Named(text[key]), before ?? "", after ?? ""));
            }
        }

        Text(now.NotApplicableReason, next.NotApplicableReason, "Plan.ChangedReason");
        Text(now.Narrative, next.Narrative, "Plan.ChangedNarrative");
        Text(now.NextSteps, next.NextSteps, "Plan.ChangedNextSteps");
        Text(now.Challenges, next.Challenges, "Plan.ChangedChallenges");
        if (!now.Evidence.SequenceEqual(next.Evidence))
        {
            Text(string.Join('\n', now.Evidence), string.Join('\n', next.Evidence), "Plan.ChangedEvidence");
        }

        return changed;
    }

    /// <summary>A field's word as a heading writes it: "narrative" → "Narrative", « récit » → « Récit ».</summary>
    private static string Named(string word) => word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.CurrentCulture) + word[1..];

    /// <summary>The rows an upload would write and the errors that stop it.</summary>
    public sealed record Planned(IReadOnlyList<RowPlan> Rows, IReadOnlyList<CellError> Errors)
    {
        /// <summary>Every row that changes its report, conflicts included.</summary>
        public IEnumerable<RowPlan> Changes => Rows.Where(r => r.Fields.Count > 0);

        public IEnumerable<RowPlan> Conflicts => Changes.Where(r => r.Conflict is not null);

        /// <summary>What a confirmation writes: the changes without conflict, and the conflicting rows the focal point chose.</summary>
        public IEnumerable<RowPlan> Applied(IReadOnlyCollection<int> chosenRows) => Changes.Where(r => r.Conflict is null || chosenRows.Contains(r.Row));

        /// <summary>SHA-256 over every change with the version of the report it changes: equal hashes, equal writes.</summary>
        public string Hash()
        {
            var text = new StringBuilder();
            foreach (var row in Changes)
            {
                var c = row.Content!;
                text.Append(CultureInfo.InvariantCulture, $"{row.Row}:{row.Report!.Id}:{row.Report.Version}:{row.Conflict is not null}:{c.Completion}:{Length(c.NotApplicableReason)}:{Length(c.Narrative)}")
                    .Append(CultureInfo.InvariantCulture, $":{Length(c.NextSteps)}:{Length(c.Challenges)}:{Length(string.Join('\n', c.Evidence))}\n");
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        // Length-prefixed, so no two different contents give the same text.
        private static string Length(string? value) => value is null ? "-" : $"{value.Length}:{value}";
    }

    /// <summary>One row: its report and the fields that change (with the text before and after), or nothing when the row is refused.</summary>
    public sealed record RowPlan(int Row, string Code, ProgressReport? Report, ReportingCycle? Cycle, IReadOnlyList<FieldChange> Fields, ReportContent? Content, Conflict? Conflict)
    {
        /// <summary>The changes in a few words: "completion Limited → Substantial, narrative".</summary>
        public IReadOnlyList<string> Changed => [.. Fields.Select(f => f.Summary)];

        public static RowPlan Refused(int row, string code) => new(row, code, null, null, [], null, null);
    }

    /// <summary>One field a row changes: its summary, its name, the text saved now and the text of the file.</summary>
    public sealed record FieldChange(string Summary, string Field, string Before, string After);

    /// <summary>
    /// The report was saved after the row's template was written (at <see cref="Exported"/>, null when the row has no
    /// revision): the row is left out unless the focal point chooses it over the saved text.
    /// </summary>
    public sealed record Conflict(int? Exported, int Current, string SavedBy, DateTimeOffset? SavedAt);
}
