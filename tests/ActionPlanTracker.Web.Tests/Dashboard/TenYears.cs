using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>
/// Years of earlier cycles, made quickly: domain objects through the workflow, then one AddRange and one SaveChanges
/// per cycle, several cycles at once, on contexts without the audit interceptor (as a data import would be).
/// </summary>
internal static class TenYears
{
    private const string FocalPoint = "fp-history@example.org";
    private const string Reviewer = "sec-history@example.org";

    private static readonly Completion[] Levels = [Completion.NotStarted, Completion.Limited, Completion.Substantial, Completion.Complete, Completion.Limited, Completion.Substantial];

    /// <summary>Adds <paramref name="count"/> published cycles before <paramref name="before"/>, every member reporting on every commitment.</summary>
    public static async Task<(int Reports, int Revisions)> AddEarlierCyclesAsync(AppFactory factory, string before, int count)
    {
        List<int> members, commitments;
        await using (var db = factory.CreateDbContext())
        {
            members = await db.Members.Select(m => m.Id).ToListAsync();
            commitments = await db.Commitments.Select(c => c.Id).ToListAsync();
        }

        var codes = new List<CycleCode>();
        for (var code = CycleCode.Parse(before).Previous; codes.Count < count; code = code.Previous)
        {
            codes.Add(code);
        }

        int reports = 0, revisions = 0;
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (code, cancellationToken) =>
        {
            var (added, saved) = await AddCycleAsync(factory, code, members, commitments, cancellationToken);
            Interlocked.Add(ref reports, added);
            Interlocked.Add(ref revisions, saved);
        });
        return (reports, revisions);
    }

    private static async Task<(int Reports, int Revisions)> AddCycleAsync(
        AppFactory factory, CycleCode code, List<int> members, List<int> commitments, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var cycle = new ReportingCycle(code, code.PeriodStart, code.PeriodEnd, code.PeriodEnd.AddDays(15), code.PeriodEnd.AddDays(45), await db.AdoptedPlanAsync(cancellationToken));
        cycle.Open();
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);

        var at = new DateTimeOffset(code.PeriodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var batch = new List<ProgressReport>();
        foreach (var member in members)
        {
            foreach (var commitment in commitments)
            {
                var report = new ProgressReport(cycle.Id, member, commitment);
                var seed = member + commitment + code.Year + code.Half;
                var content = new ReportContent(Levels[seed % Levels.Length], $"Cycle {code}: what member {member} did on commitment {commitment}.", "Continue.", "", [], null);
                report.SaveDraft(cycle, content, FocalPoint, at);
                if (seed % 5 != 0)
                {
                    report.Submit(cycle, FocalPoint, at.AddDays(1));
                    report.Approve(cycle, Reviewer, at.AddDays(2));
                }

                batch.Add(report);
            }
        }

        cycle.StartReview();
        cycle.Publish();
        db.Reports.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        return (batch.Count, batch.Sum(r => r.RevisionCount));
    }
}
