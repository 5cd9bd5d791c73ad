using System.Net;
using System.Text;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>Two cycles of a year with a few reports, made through the domain, and the summary's addresses read back.</summary>
internal static class SummaryData
{
    public static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// {year}-H1 published with France Limited on I.1; {year}-H2 open with France Substantial on I.1 (approved),
    /// Germany Complete on I.1 (submitted, so provisional), Italy Not applicable on I.2 (draft). Returns the H2 code.
    /// </summary>
    public static async Task<string> CreateAsync(AppFactory factory, int year)
    {
        var previous = $"{year}-H1";
        var current = $"{year}-H2";
        await factory.OpenCycleAsync(previous);
        await factory.SubmitAsync(previous, "FR", "I.1", Completion.Limited, "A unit was planned.", At.AddDays(-30));
        await factory.ApproveThroughDomainAsync(previous, "FR", "I.1", At.AddDays(-29));
        await factory.PublishAsync(previous);
        await factory.OpenCycleAsync(current);
        await factory.SubmitAsync(current, "FR", "I.1", Completion.Substantial, "The unit works since March.", At);
        await factory.ApproveThroughDomainAsync(current, "FR", "I.1", At.AddHours(1));
        await factory.SubmitAsync(current, "DE", "I.1", Completion.Complete, "Law adopted, \"in force\", 1 May.\nSecond line.", At.AddHours(2));
        await factory.ChangeAsync(current, "IT", "I.2", (report, cycle) => report.SaveDraft(
            cycle, new ReportContent(Completion.NotApplicable, "", "", "", [], "No sea border on that route."), ReviewData.FocalPoint, At.AddHours(3)));
        return current;
    }

    /// <summary>A moment after everything above and before any download: what a scripted download would pass as asOf.</summary>
    public static string Now() => SummaryFormat.Time(SummaryFormat.Microseconds(DateTimeOffset.UtcNow));

    public static async Task<List<string>> CommitmentCodesAsync(AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Commitments.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Code).ToListAsync();
    }

    public static async Task<List<(string Code, string Name)>> MembersAsync(AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Code, m.Name }).ToListAsync();
        return [.. members.Select(m => (m.Code, m.Name))];
    }

    public static async Task<string?> ChainHeadAsync(AppFactory factory, DateTimeOffset asOf)
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.At <= asOf).OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync();
    }

    public static async Task<byte[]> DownloadAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static string Utf8WithoutBom(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
