using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

/// <summary>Builds cycles and reports straight through the domain, and reads what the cycle pages show.</summary>
internal static partial class CycleData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A cycle with the usual dates for its half-year, moved through the workflow up to <paramref name="state"/>.</summary>
    public static Task<ReportingCycle> CreateAsync(AppFactory factory, string code, CycleState state = CycleState.Planned)
    {
        var parsed = CycleCode.Parse(code);
        return CreateAsync(factory, code, parsed.PeriodStart, parsed.PeriodEnd, parsed.PeriodEnd.AddDays(15), parsed.PeriodEnd.AddDays(60), state);
    }

    public static async Task<ReportingCycle> CreateAsync(
        AppFactory factory, string code, DateOnly start, DateOnly end, DateOnly deadline, DateOnly meeting, CycleState state = CycleState.Planned)
    {
        await using var db = factory.CreateDbContext();
        var cycle = new ReportingCycle(CycleCode.Parse(code), start, end, deadline, meeting, await db.AdoptedPlanAsync());
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        if (state >= CycleState.Open)
        {
            await db.OpenWithSlotsAsync(cycle);
            await db.SaveChangesAsync();
        }

        if (state >= CycleState.UnderReview)
        {
            cycle.StartReview();
            await db.SaveChangesAsync();
        }

        if (state >= CycleState.Published)
        {
            cycle.Publish();
            await db.SaveChangesAsync();
        }

        return cycle;
    }

    /// <summary>Brings one member's report on one commitment to <paramref name="state"/>, with content.</summary>
    public static async Task SetReportAsync(AppFactory factory, string cycleCode, string memberCode, string commitmentCode, ReviewState state)
    {
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == cycleCode);
        var memberId = await db.Members.Where(m => m.Code == memberCode).Select(m => m.Id).SingleAsync();
        var commitmentId = await db.Commitments.Where(c => c.Code == commitmentCode).Select(c => c.Id).SingleAsync();
        var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id && r.MemberId == memberId && r.CommitmentId == commitmentId);
        report.SaveDraft(cycle, new ReportContent(Completion.Limited, "Work began in the period.", "", "", [], null), "fp@example.org", Now);
        if (state is ReviewState.Submitted or ReviewState.Returned or ReviewState.Approved)
        {
            report.Submit(cycle, "fp@example.org", Now);
        }

        if (state == ReviewState.Returned)
        {
            report.Return(cycle, "Please add the dates.", "sec@example.org", Now);
        }
        else if (state == ReviewState.Approved)
        {
            report.Approve(cycle, "sec@example.org", Now);
        }

        await db.SaveChangesAsync();
    }

    public static async Task<ReportingCycle?> FindAsync(AppFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        return await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code);
    }

    public static async Task<List<AuditEvent>> AuditOfAsync(AppFactory factory, ReportingCycle cycle)
    {
        await using var db = factory.CreateDbContext();
        var id = cycle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.Entity == "ReportingCycle" && (e.EntityKey == id || e.EntityKey == cycle.Code))
            .OrderBy(e => e.Id)
            .ToListAsync();
    }

    /// <summary>The message shown next to a field, or null when there is none.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success && match.Groups[1].Value.Length > 0 ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The error summary at the top of the page, as text, or null when the page shows none.</summary>
    public static string? Problem(string html)
    {
        var match = Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline);
        return match.Success ? Text(match.Value) : null;
    }

    /// <summary>The text of each cell of the table row with this id.</summary>
    public static IReadOnlyList<string> Cells(string html, string rowId)
    {
        var row = Regex.Match(html, $"<tr id=\"{Regex.Escape(rowId)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"The page has no row {rowId}.");
        return [.. Regex.Matches(row.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value))];
    }

    public static string Text(string html) =>
        WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
