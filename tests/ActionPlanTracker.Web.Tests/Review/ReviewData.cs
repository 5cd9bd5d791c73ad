using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Review;

/// <summary>
/// Cycles and reports for the review tests, made through the domain and the DbContext as the application would,
/// and the review forms posted the way a browser does.
/// </summary>
internal static partial class ReviewData
{
    public const string FocalPoint = "fp-review@example.org";

    public const string EarlierReviewer = "earlier-reviewer@example.org";

    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Moves an open cycle on to published, so it is frozen like any earlier cycle.</summary>
    public static async Task PublishAsync(this AppFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == code);
        cycle.StartReview();
        cycle.Publish();
        await db.SaveChangesAsync();
    }

    public static Task<int> SaveDraftAsync(this AppFactory factory, string cycle, string member, string commitment, Completion completion, string narrative, DateTimeOffset at) =>
        factory.ChangeAsync(cycle, member, commitment, (report, c) => report.SaveDraft(c, Content(completion, narrative), FocalPoint, at));

    /// <summary>Saves and submits the member's report; the submission happens at <paramref name="at"/>.</summary>
    public static Task<int> SubmitAsync(
        this AppFactory factory, string cycle, string member, string commitment, Completion completion, string narrative, DateTimeOffset at, string actor = FocalPoint) =>
        factory.ChangeAsync(cycle, member, commitment, (report, c) =>
        {
            report.SaveDraft(c, Content(completion, narrative), actor, at.AddMinutes(-5));
            report.Submit(c, actor, at);
        });

    public static Task<int> ReturnThroughDomainAsync(this AppFactory factory, string cycle, string member, string commitment, string comment, DateTimeOffset at) =>
        factory.ChangeAsync(cycle, member, commitment, (report, c) => report.Return(c, comment, EarlierReviewer, at));

    public static Task<int> ApproveThroughDomainAsync(this AppFactory factory, string cycle, string member, string commitment, DateTimeOffset at) =>
        factory.ChangeAsync(cycle, member, commitment, (report, c) => report.Approve(c, EarlierReviewer, at));

    public static async Task<int> ChangeAsync(this AppFactory factory, string cycleCode, string member, string commitment, Action<ProgressReport, ReportingCycle> change)
    {
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == cycleCode);
        var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id
            && db.Members.Any(m => m.Id == r.MemberId && m.Code == member)
            && db.Commitments.Any(c => c.Id == r.CommitmentId && c.Code == commitment));
        change(report, cycle);
        await db.SaveChangesAsync();
        return report.Id;
    }

    public static async Task<ProgressReport> StoredAsync(this AppFactory factory, int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Reports.AsNoTracking().Include(r => r.Revisions).SingleAsync(r => r.Id == id);
    }

    public static async Task<List<string>> AuditActionsAsync(this AppFactory factory, int id, string actor)
    {
        await using var db = factory.CreateDbContext();
        var key = id.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.Entity == nameof(ProgressReport) && e.EntityKey == key && e.Actor == actor)
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }

    /// <summary>The review page as a browser holds it: the antiforgery token and the report's version in its forms.</summary>
    public static async Task<LoadedPage> LoadReviewPageAsync(this HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/review/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var version = VersionField().Match(html);
        Assert.True(version.Success, "The review page shows no decision form.");
        return new(Forms.TokenOf(html)!, uint.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    public static async Task<HttpResponseMessage> PostReturnAsync(this HttpClient client, int id, string comment) =>
        await client.PostReviewAsync(id, "Return", await client.LoadReviewPageAsync(id), comment);

    public static async Task<HttpResponseMessage> PostApproveAsync(this HttpClient client, int id) =>
        await client.PostReviewAsync(id, "Approve", await client.LoadReviewPageAsync(id));

    public static Task<HttpResponseMessage> PostReviewAsync(this HttpClient client, int id, string handler, LoadedPage page, string? comment = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new(Forms.TokenField, page.Token),
            new("Input.Version", page.Version.ToString(CultureInfo.InvariantCulture)),
        };
        if (comment is not null)
        {
            fields.Add(new("Input.Comment", comment));
        }

        return client.PostAsync($"/review/{id}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>A POST no form on the page offered: a token from another page, the version as stored now.</summary>
    public static async Task<HttpResponseMessage> ForgeReviewAsync(this HttpClient client, AppFactory factory, int id, string handler, string? comment = null)
    {
        var token = await client.GetTokenAsync("/plans");
        var version = (await factory.StoredAsync(id)).Version;
        return await client.PostReviewAsync(id, handler, new LoadedPage(token, version), comment);
    }

    /// <summary>The HTML with the white space between tags removed, so rows can be matched whatever the indentation.</summary>
    public static string Compact(string html) => BetweenTags().Replace(html, "><");

    /// <summary>The part of the page from one marker to the next (or to the end).</summary>
    public static string Section(string html, string from, string? to = null)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no {from}.");
        var end = to is null ? -1 : html.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static ReportContent Content(Completion completion, string narrative) => new(completion, narrative, "Keep going.", "", [], null);

    public sealed record LoadedPage(string Token, uint Version);

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
