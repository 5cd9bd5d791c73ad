using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>Cycles and reports made through the domain and the DbContext, and readers for what the dashboard pages show.</summary>
internal static partial class DashboardData
{
    public const string FocalPoint = "fp-dashboard@example.org";

    public const string Reviewer = "sec-dashboard@example.org";

    public static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Opens the cycle unless an earlier test of the class already did.</summary>
    public static async Task EnsureCycleAsync(this AppFactory factory, string code)
    {
        await using (var db = factory.CreateDbContext())
        {
            if (await db.Cycles.AnyAsync(c => c.Code == code))
            {
                return;
            }
        }

        await factory.OpenCycleAsync(code);
    }

    public static async Task PublishCycleAsync(this AppFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == code);
        cycle.StartReview();
        cycle.Publish();
        await db.SaveChangesAsync();
    }

    /// <summary>Brings one member's report on one commitment to <paramref name="state"/> through the workflow; returns its id.</summary>
    public static Task<int> ReportAsync(
        this AppFactory factory, string cycle, string member, string commitment, ReviewState state,
        Completion? level = Completion.Limited, string narrative = "Work went on in the period.") =>
        factory.ChangeAsync(cycle, member, commitment, (report, c) =>
        {
            report.SaveDraft(c, new ReportContent(level, narrative, "More to come.", "", [], level == Completion.NotApplicable ? "Not affected." : null), FocalPoint, At);
            if (state == ReviewState.Draft)
            {
                return;
            }

            report.Submit(c, FocalPoint, At.AddMinutes(1));
            if (state == ReviewState.Returned)
            {
                report.Return(c, "Please add figures.", Reviewer, At.AddMinutes(2));
            }
            else if (state == ReviewState.Approved)
            {
                report.Approve(c, Reviewer, At.AddMinutes(2));
            }
        });

    /// <summary>Starts the report from the member's report on the same commitment in the previous cycle, and changes nothing else.</summary>
    public static async Task<int> CarryForwardAsync(this AppFactory factory, string cycle, string member, string commitment)
    {
        var previousCode = CycleCode.Parse(cycle).Previous.ToString();
        await using var db = factory.CreateDbContext();
        var previous = await FindAsync(db, previousCode, member, commitment);
        return await factory.ChangeAsync(cycle, member, commitment, (report, c) => report.CarryForward(c, previous, FocalPoint, At));
    }

    public static async Task<int> ChangeAsync(this AppFactory factory, string cycleCode, string member, string commitment, Action<ProgressReport, ReportingCycle> change)
    {
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == cycleCode);
        var report = await FindAsync(db, cycleCode, member, commitment);
        change(report, cycle);
        await db.SaveChangesAsync();
        return report.Id;
    }

    /// <summary>Tags a commitment with one of the plan's priorities.</summary>
    public static async Task TagAsync(this AppFactory factory, string commitment, int priority)
    {
        await using var db = factory.CreateDbContext();
        var tagged = await db.Commitments.Include(c => c.Priorities).SingleAsync(c => c.Code == commitment);
        tagged.Tag(await db.Priorities.SingleAsync(p => p.Number == priority));
        await db.SaveChangesAsync();
    }

    /// <summary>Signs in through the real form on a copy of the application made with WithWebHostBuilder.</summary>
    public static async Task<HttpClient> SignInToAsync(this WebApplicationFactory<Program> app, TestUser user)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var response = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password));
        var path = response.RequestMessage?.RequestUri?.PathAndQuery ?? "";
        if (path.StartsWith("/account/sign-in-code", StringComparison.Ordinal))
        {
            using var code = await client.PostFormAsync(path, ("Input.Code", await TestUsers.CurrentCodeAsync(app.Services, user)));
            path = code.RequestMessage?.RequestUri?.PathAndQuery ?? "";
        }

        Assert.False(path.StartsWith("/account/sign-in", StringComparison.Ordinal), $"Signing in as {user.Email} failed.");
        return client;
    }

    public static async Task<string> PageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}.");
        return html;
    }

    /// <summary>The text of the element with this id (its tags removed, white space collapsed), or null when the page has none.</summary>
    public static string? TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return match.Success ? Text(match.Groups[2].Value) : null;
    }

    /// <summary>The markup of the element with this id, tags included.</summary>
    public static string? MarkupOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>.*?</\\1>", RegexOptions.Singleline);
        return match.Success ? match.Value : null;
    }

    /// <summary>The text of each cell of the table row with this id.</summary>
    public static IReadOnlyList<string> Cells(string html, string rowId)
    {
        var row = MarkupOf(html, rowId);
        Assert.True(row is not null, $"The page has no row {rowId}.");
        return [.. Regex.Matches(row, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value))];
    }

    public static string Text(string html) => WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private static Task<ProgressReport> FindAsync(ActionPlanDbContext db, string cycle, string member, string commitment) =>
        db.Reports.SingleAsync(r => db.Cycles.Any(c => c.Id == r.CycleId && c.Code == cycle)
            && db.Members.Any(m => m.Id == r.MemberId && m.Code == member)
            && db.Commitments.Any(c => c.Id == r.CommitmentId && c.Code == commitment));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
