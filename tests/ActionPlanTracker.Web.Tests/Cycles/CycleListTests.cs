using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

public sealed class CycleListTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_list_shows_each_cycle_newest_first_with_its_dates_state_and_report_counts()
    {
        await CycleData.CreateAsync(app.Factory, "2031-H1", CycleState.Open);
        await CycleData.CreateAsync(app.Factory, "2031-H2");
        await SetSomeReportsAsync("2031-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/cycles");

        Assert.True(html.IndexOf("id=\"cycle-2031-H2\"", StringComparison.Ordinal) < html.IndexOf("id=\"cycle-2031-H1\"", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/cycles/2031-H1\">2031-H1</a>", html, StringComparison.Ordinal);
        Assert.Contains("New cycle", html, StringComparison.Ordinal);
        var open = CycleData.Cells(html, "cycle-2031-H1");
        Assert.Equal("1 January 2031 – 30 June 2031", open[1]);
        Assert.Equal("—", open[2]);
        Assert.StartsWith("15 July 2031 (", open[3], StringComparison.Ordinal);
        Assert.Equal(["29 August 2031", "Open", "1", "1", "1", "1", "212"], open.Skip(4));
        Assert.Equal(["Planned", "—", "—", "—", "—", "—"], CycleData.Cells(html, "cycle-2031-H2").Skip(5));
    }

    [Fact]
    public async Task A_focal_point_sees_every_cycle_with_its_own_members_counts_only()
    {
        await CycleData.CreateAsync(app.Factory, "2032-H1", CycleState.Open);
        await SetSomeReportsAsync("2032-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync("/cycles");

        Assert.Contains("Report counts cover your member's reports only.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(["1", "1", "0", "0", "25"], CycleData.Cells(html, "cycle-2032-H1").Skip(6));
        Assert.DoesNotContain("New cycle", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_says_how_many_days_are_left_or_over()
    {
        // Deadlines counted from today belong to the half-years around today (a cycle's dates fall in its half-year).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (current, previous) = (CycleCode.Parse(CycleSeed.CurrentHalfYear), CycleCode.Parse(CycleSeed.PreviousHalfYear));
        await CycleData.CreateAsync(app.Factory, current.ToString(), current.PeriodStart, current.PeriodEnd, today.AddDays(12), today.AddDays(40));
        await CycleData.CreateAsync(app.Factory, previous.ToString(), previous.PeriodStart, previous.PeriodEnd, today.AddDays(-3), today.AddDays(40));

        // A cycle published long after its deadline: reporting is closed, nothing in it is overdue.
        var published = previous.Previous;
        await CycleData.CreateAsync(app.Factory, published.ToString(), published.PeriodStart, published.PeriodEnd, today.AddDays(-150), today.AddDays(-120));
        await using (var db = app.Factory.CreateDbContext())
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Code == published.ToString());
            await db.OpenWithSlotsAsync(cycle);
            cycle.StartReview();
            cycle.Publish();
            await db.SaveChangesAsync();
        }

        using var client = await app.Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync("/cycles");

        Assert.EndsWith("(12 days left)", CycleData.Cells(html, $"cycle-{current}")[3], StringComparison.Ordinal);
        Assert.EndsWith("(3 days overdue)", CycleData.Cells(html, $"cycle-{previous}")[3], StringComparison.Ordinal);
        Assert.EndsWith("(reporting closed)", CycleData.Cells(html, $"cycle-{published}")[3], StringComparison.Ordinal);
        Assert.Contains("(reporting closed)", await client.GetStringAsync($"/cycles/{published}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cycle_page_counts_the_reports_of_every_member_for_the_secretariat()
    {
        await CycleData.CreateAsync(app.Factory, "2034-H1", CycleState.Open);
        await SetSomeReportsAsync("2034-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync("/cycles/2034-H1");

        Assert.Equal(["France", "1", "1", "0", "0", "25", "27"], CycleData.Cells(html, "member-FR"));
        Assert.Equal(["Germany", "0", "0", "1", "1", "25", "27"], CycleData.Cells(html, "member-DE"));
        Assert.Equal(["Japan", "0", "0", "0", "0", "27", "27"], CycleData.Cells(html, "member-JP"));
        Assert.Equal(["All members", "1", "1", "1", "1", "212", "216"], CycleData.Cells(html, "member-all"));
        Assert.DoesNotContain("handler=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cycle_page_shows_a_focal_point_its_own_members_counts_only()
    {
        await CycleData.CreateAsync(app.Factory, "2035-H1", CycleState.Open);
        await SetSomeReportsAsync("2035-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.FocalPoint, "DE");

        var html = await client.GetStringAsync("/cycles/2035-H1");

        Assert.Equal(["Your member", "0", "0", "1", "1", "25", "27"], CycleData.Cells(html, "member-all"));
        Assert.DoesNotContain("id=\"member-FR\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("France", html, StringComparison.Ordinal);
    }

    // France: one approved, one submitted. Germany: one returned, one draft. The other 212 slots are untouched.
    private async Task SetSomeReportsAsync(string code)
    {
        await CycleData.SetReportAsync(app.Factory, code, "FR", "I.1", ReviewState.Approved);
        await CycleData.SetReportAsync(app.Factory, code, "FR", "I.2", ReviewState.Submitted);
        await CycleData.SetReportAsync(app.Factory, code, "DE", "I.1", ReviewState.Returned);
        await CycleData.SetReportAsync(app.Factory, code, "DE", "I.2", ReviewState.Draft);
    }
}
