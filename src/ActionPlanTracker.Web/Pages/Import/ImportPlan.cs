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
        var cycles = await db.Cycles.Where(c => cycleCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
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

            if (!commitments.TryGetValue(code, out var commitmentId))
            {
                Refuse(ImportSheet.Commitment, text["Plan.NoSuchCommitment", code]);
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

            if (errors.Count > before || report is null || cycle is null)
            {
                rows.Add(new RowPlan(row.Number, code, null, null, [], null));
                continue;
            }

            var content = Normalised(input.ToContent());
            var changed = Changed(report.Content, content, text);

            // The template lists locked reports too, for reference: left as they are, they are simply not imported.
            if (changed.Count > 0 && Locked(report.State, code, text) is { } locked)
            {
                Refuse(ImportSheet.Commitment, locked);
                rows.Add(new RowPlan(row.Number, code, null, null, [], null));
                continue;
            }

            rows.Add(new RowPlan(row.Number, code, report, cycle, changed, content));
        }

        return new Planned(rows, errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList());
    }

    /// <summary>Why the report form would refuse to change a report in this state; null when it would not.</summary>
    private static LocalizedString? Locked(ReviewState state, string code, IStringLocalizer text) => state switch
    {
        ReviewState.Approved => text["Plan.Approved", code],
        ReviewState.Submitted => text["Plan.Submitted", code],
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

    /// <summary>The cells as the template writes a report.</summary>
    public static IReadOnlyList<string> Cells(string cycle, string member, string code, string title, ReviewState state, ReportContent content) =>
    [
        cycle, member, code, title, state.Label(), content.Completion?.Label() ?? "", content.NotApplicableReason ?? "",
        content.Narrative, content.NextSteps, content.Challenges, string.Join('\n', content.Evidence),
    ];

    // As the domain stores it: a reason belongs to Not applicable only.
    private static ReportContent Normalised(ReportContent content) =>
        content.Completion == Completion.NotApplicable ? content : content with { NotApplicableReason = null };

    private static List<string> Changed(ReportContent now, ReportContent next, IStringLocalizer text)
    {
        var changed = new List<string>();
        if (now.Completion != next.Completion)
        {
            changed.Add(text["Plan.ChangedCompletion", now.Completion.Label(), next.Completion.Label()].Value);
        }

        if (now.NotApplicableReason != next.NotApplicableReason)
        {
            changed.Add(text["Plan.ChangedReason"].Value);
        }

        if (now.Narrative != next.Narrative)
        {
            changed.Add(text["Plan.ChangedNarrative"].Value);
        }

        if (now.NextSteps != next.NextSteps)
        {
            changed.Add(text["Plan.ChangedNextSteps"].Value);
        }

        if (now.Challenges != next.Challenges)
        {
            changed.Add(text["Plan.ChangedChallenges"].Value);
        }

        if (!now.Evidence.SequenceEqual(next.Evidence))
        {
            changed.Add(text["Plan.ChangedEvidence"].Value);
        }

        return changed;
    }

    /// <summary>The rows an upload would write and the errors that stop it.</summary>
    public sealed record Planned(IReadOnlyList<RowPlan> Rows, IReadOnlyList<CellError> Errors)
    {
        public IEnumerable<RowPlan> Changes => Rows.Where(r => r.Changed.Count > 0);

        /// <summary>SHA-256 over every change with the version of the report it changes: equal hashes, equal writes.</summary>
        public string Hash()
        {
            var text = new StringBuilder();
            foreach (var row in Changes)
            {
                var c = row.Content!;
                text.Append(CultureInfo.InvariantCulture, $"{row.Report!.Id}:{row.Report.Version}:{c.Completion}:{Length(c.NotApplicableReason)}:{Length(c.Narrative)}")
                    .Append(CultureInfo.InvariantCulture, $":{Length(c.NextSteps)}:{Length(c.Challenges)}:{Length(string.Join('\n', c.Evidence))}\n");
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        // Length-prefixed, so no two different contents give the same text.
        private static string Length(string? value) => value is null ? "-" : $"{value.Length}:{value}";
    }

    /// <summary>One row: its report and the fields that change, or nothing when the row is refused.</summary>
    public sealed record RowPlan(int Row, string Code, ProgressReport? Report, ReportingCycle? Cycle, IReadOnlyList<string> Changed, ReportContent? Content);
}
