using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>The exports' columns and rows, each read as one streamed query.</summary>
public sealed partial class ExportModel
{
    /// <summary>The columns written as numbers in the XLSX.</summary>
    private static readonly HashSet<string> NumericColumns = ["Id", "Sequence", "ReportId", "Revision", "Revisions", "AttachmentId", "SizeBytes"];

    /// <summary>The columns written as dates and times in the XLSX.</summary>
    private static readonly HashSet<string> DateTimeColumns = ["At", "LastChangedAt", "UploadedAt", "RemovedAt"];

    private static ColumnKind KindOf(string column) =>
        NumericColumns.Contains(column) ? ColumnKind.Number : DateTimeColumns.Contains(column) ? ColumnKind.DateTime : ColumnKind.Text;

    // The columns by key ("Header.ReportId"): the header row names them in the requester's language
    // (report_id, id_rapport); the cells below stay as stored.
    private static readonly string[] EventHeader =
        ["Id", "Sequence", "At", "Actor", "Entity", "EntityKey", "Action", "Member", "Before", "After", "PreviousHash", "Hash"];

    private static readonly string[] RevisionHeader =
        ["ReportId", "Cycle", "Member", "Commitment", "Revision", "At", "Actor", "Action", "State", "Completion",
         "Narrative", "NextSteps", "Challenges", "Evidence", "NotApplicableReason", "Comment"];

    private static readonly string[] ReportHeader =
        ["ReportId", "Cycle", "Member", "Commitment", "State", "Completion", "Narrative", "NextSteps", "Challenges",
         "Evidence", "NotApplicableReason", "ReviewComment", "LastChangedBy", "LastChangedAt", "Revisions"];

    private static readonly string[] AttachmentHeader =
        ["AttachmentId", "ReportId", "Cycle", "Member", "Commitment", "FileName", "ContentType", "SizeBytes", "Sha256",
         "UploadedBy", "UploadedAt", "RemovedBy", "RemovedAt"];

    /// <summary>Evidence documents uploaded or removed within the range: what they were and who handled them; the files themselves stay in the database.</summary>
    private async IAsyncEnumerable<string?[]> AttachmentRows(TimeRange range)
    {
        var (start, end) = (range.Start, range.End);
        var attachments = db.Attachments.AsNoTracking().Where(a =>
            ((start == null || a.UploadedAt >= start) && (end == null || a.UploadedAt < end))
            || (a.RemovedAt != null && (start == null || a.RemovedAt >= start) && (end == null || a.RemovedAt < end)));
        var rows = from a in attachments
                   orderby a.UploadedAt, a.Id
                   select new { Cycle = a.Report!.Cycle!.Code, Member = a.Report!.Member!.Code, Commitment = a.Report!.Commitment!.Code, a };
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            var a = row.a;
            yield return
            [
                Number(a.Id), Number(a.ProgressReportId), row.Cycle, row.Member, row.Commitment, a.FileName, a.ContentType, Number(a.Size), a.Sha256,
                a.UploadedBy, Time(a.UploadedAt), a.RemovedBy, a.RemovedAt is { } removed ? Time(removed) : null,
            ];
        }
    }

    private async IAsyncEnumerable<string?[]> EventRows(TimeRange range)
    {
        var events = db.AuditEvents.AsNoTracking();
        events = range.Start is { } start ? events.Where(e => e.At >= start) : events;
        events = range.End is { } end ? events.Where(e => e.At < end) : events;
        var rows = from e in events
                   orderby e.Sequence
                   select new
                   {
                       e.Id,
                       e.Sequence,
                       e.At,
                       e.Actor,
                       e.Entity,
                       e.EntityKey,
                       e.Action,
                       Member = db.Members.Where(m => m.Id == e.MemberId).Select(m => m.Code).FirstOrDefault(),
                       e.Before,
                       e.After,
                       e.PreviousHash,
                       e.Hash,
                   };
        await foreach (var e in rows.AsAsyncEnumerable())
        {
            yield return [Number(e.Id), Number(e.Sequence), Time(e.At), e.Actor, e.Entity, e.EntityKey, e.Action, e.Member, e.Before, e.After, e.PreviousHash, e.Hash];
        }
    }

    private async IAsyncEnumerable<string?[]> RevisionRows(TimeRange range)
    {
        var revisions = db.ReportRevisions.AsNoTracking();
        revisions = range.Start is { } start ? revisions.Where(v => v.At >= start) : revisions;
        revisions = range.End is { } end ? revisions.Where(v => v.At < end) : revisions;
        var rows = from v in revisions
                   orderby v.At, v.Id
                   select new { Cycle = v.Report!.Cycle!.Code, Member = v.Report!.Member!.Code, Commitment = v.Report!.Commitment!.Code, v };
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            var v = row.v;
            yield return
            [
                Number(v.ProgressReportId), row.Cycle, row.Member, row.Commitment, Number(v.Number), Time(v.At), v.Actor, v.Action.ToString(),
                v.State.ToString(), v.Completion?.ToString(), v.Narrative, v.NextSteps, v.Challenges, string.Join('\n', v.Evidence),
                v.NotApplicableReason, v.Comment,
            ];
        }
    }

    /// <summary>Reports last changed within the range, as they stand now.</summary>
    private async IAsyncEnumerable<string?[]> ReportRows(TimeRange range)
    {
        var reports = db.Reports.AsNoTracking().Where(r => r.LastChangedAt != null);
        reports = range.Start is { } start ? reports.Where(r => r.LastChangedAt >= start) : reports;
        reports = range.End is { } end ? reports.Where(r => r.LastChangedAt < end) : reports;
        var rows = from r in reports
                   orderby r.Cycle!.Code, r.Member!.SortOrder, r.Commitment!.Code
                   select new { Cycle = r.Cycle!.Code, Member = r.Member!.Code, Commitment = r.Commitment!.Code, r };
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            var r = row.r;
            yield return
            [
                Number(r.Id), row.Cycle, row.Member, row.Commitment, r.State.ToString(), r.Completion?.ToString(), r.Narrative, r.NextSteps,
                r.Challenges, string.Join('\n', r.Evidence), r.NotApplicableReason, r.ReviewComment, r.LastChangedBy,
                r.LastChangedAt is { } at ? Time(at) : null, r.RevisionCount.ToString(CultureInfo.InvariantCulture),
            ];
        }
    }
}
