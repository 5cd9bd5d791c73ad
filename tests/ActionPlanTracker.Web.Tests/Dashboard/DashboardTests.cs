using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Dashboard;

public sealed class DashboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Matrix_shows_each_members_level_and_review_state_by_pillar_and_links_each_cell_to_its_report()
    {
        await Factory.OpenCycleAsync("2031-H1");
        var approved = await Factory.ReportAsync("2031-H1", "FR", "I.1", ReviewState.Approved, Completion.Substantial);
        var submitted = await Factory.ReportAsync("2031-H1", "DE", "I.1", ReviewState.Submitted, Completion.Complete);
        var returned = await Factory.ReportAsync("2031-H1", "IT", "I.2", ReviewState.Returned, Completion.Limited);
        var draft = await Factory.ReportAsync("2031-H1", "CA", "II.1", ReviewState.Draft, Completion.NotStarted);
        await Factory.ReportAsync("2031-H1", "GB", "V.5", ReviewState.Approved, Completion.NotApplicable);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync("/cycles/2031-H1/dashboard");

        Assert.Equal("Substantial Approved", DashboardData.TextOf(html, "cell-I.1-FR"));
        Assert.Equal("Complete Submitted", DashboardData.TextOf(html, "cell-I.1-DE"));
        Assert.Equal("Limited Returned", DashboardData.TextOf(html, "cell-I.2-IT"));
        Assert.Equal("Not started Draft", DashboardData.TextOf(html, "cell-II.1-CA"));
        Assert.Equal("Not applicable Approved", DashboardData.TextOf(html, "cell-V.5-GB"));
        Assert.Equal("No report", DashboardData.TextOf(html, "cell-I.3-US"));
        Assert.Contains("<span class=\"badge badge--substantial\">Substantial</span>", DashboardData.MarkupOf(html, "cell-I.1-FR"), StringComparison.Ordinal);
        foreach (var id in new[] { approved, submitted, returned, draft })
        {
            Assert.Contains($"href=\"/review/{id}\"", html, StringComparison.Ordinal);
        }

        // Grouped by pillar: each commitment's row sits in its pillar's section, pillars in order.
        var pillars = new[] { "I", "II", "III", "IV", "V" }.Select(n => html.IndexOf($"id=\"pillar-{n}\"", StringComparison.Ordinal)).ToList();
        Assert.All(pillars, p => Assert.True(p > 0));
        Assert.Equal(pillars.Order(), pillars);
        Assert.InRange(html.IndexOf("id=\"row-I.6\"", StringComparison.Ordinal), pillars[0], pillars[1]);
        Assert.InRange(html.IndexOf("id=\"row-II.1\"", StringComparison.Ordinal), pillars[1], pillars[2]);
        Assert.Equal(27, System.Text.RegularExpressions.Regex.Count(html, "<tr id=\"row-"));
    }

    [Fact]
    public async Task Roll_ups_count_each_level_per_pillar_and_per_member_with_the_share_of_high_completion()
    {
        await Factory.OpenCycleAsync("2032-H1");
        await Factory.ReportAsync("2032-H1", "FR", "I.1", ReviewState.Approved, Completion.Substantial);
        await Factory.ReportAsync("2032-H1", "FR", "I.2", ReviewState.Submitted, Completion.Complete);
        await Factory.ReportAsync("2032-H1", "FR", "I.3", ReviewState.Draft, Completion.Limited);
        await Factory.ReportAsync("2032-H1", "FR", "II.1", ReviewState.Approved, Completion.NotStarted);
        await Factory.ReportAsync("2032-H1", "FR", "II.2", ReviewState.Approved, Completion.NotApplicable);
        await Factory.ReportAsync("2032-H1", "DE", "I.1", ReviewState.Approved, Completion.Complete);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync("/cycles/2032-H1/dashboard");

        // Columns: not started, limited, substantial, complete, not applicable, no report, total, high completion.
        // Pillar I: 6 commitments × 8 members = 48; high 3 of 48 that apply.
        Assert.Equal(["I Strengthening the operational and investigative capacities of law enforcement agencies", "0", "1", "1", "2", "0", "44", "48", "6%"],
            DashboardData.Cells(html, "rollup-pillar-I"));
        // Pillar II: 4 × 8 = 32; not applicable is left out of the share: 0 of 31.
        Assert.Equal(["1", "0", "0", "0", "1", "30", "32", "0%"], DashboardData.Cells(html, "rollup-pillar-II").Skip(1));
        // France: 27 commitments; 2 high of the 26 that apply.
        Assert.Equal(["France", "1", "1", "1", "1", "1", "22", "27", "8%"], DashboardData.Cells(html, "rollup-member-FR"));
        Assert.Equal(["Germany", "0", "0", "0", "1", "0", "26", "27", "4%"], DashboardData.Cells(html, "rollup-member-DE"));
        Assert.Equal(["All shown", "1", "1", "1", "2", "1", "210", "216", "1%"], DashboardData.Cells(html, "rollup-all"));
        Assert.Equal(
            "216 reports shown: 3 of them at high completion (Substantial or Complete), 1% of the 215 that apply. "
            + "Only 4 of the 6 reports written are approved: these figures count provisional reports, which may still change.",
            DashboardData.TextOf(html, "summary")!.Replace(" :", ":", StringComparison.Ordinal));
        // A focal point of another member sees France's approved reports only, and is told what is left out.
        using var german = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");
        Assert.Equal(
            "30 reports shown: 2 of them at high completion (Substantial or Complete), 7% of the 29 that apply. "
            + "Of other members, only approved reports are shown: 186 of their commitments (not approved yet, or with no report) are neither shown nor counted.",
            DashboardData.TextOf(await german.PageAsync("/cycles/2032-H1/dashboard"), "summary")!.Replace(" :", ":", StringComparison.Ordinal));

        // The chart says the same in its text alternative, without script.
        var chart = DashboardData.MarkupOf(html, "chart-pillars");
        Assert.NotNull(chart);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-pillars-title chart-pillars-desc\"", chart, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-pillars-title\">Reports by completion level and pillar, cycle 2032-H1</title>", chart, StringComparison.Ordinal);
        Assert.Contains("I Strengthening the operational and investigative capacities of law enforcement agencies: 0 not started, 1 limited, 1 substantial, 2 complete, 0 not applicable, 44 no report, 6% high completion",
            DashboardData.TextOf(html, "chart-pillars-desc"), StringComparison.Ordinal);
        // The page's one script marks which table frames scroll; the chart needs none.
        var script = Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"));
        Assert.StartsWith("<script src=\"/js/tables", script.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", chart, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Filters_by_pillar_member_level_state_and_priority_come_from_the_address()
    {
        await Factory.OpenCycleAsync("2033-H1");
        await Factory.ReportAsync("2033-H1", "FR", "I.1", ReviewState.Approved, Completion.Substantial);
        await Factory.ReportAsync("2033-H1", "DE", "I.2", ReviewState.Returned, Completion.Substantial);
        await Factory.ReportAsync("2033-H1", "DE", "III.2", ReviewState.Draft, Completion.Limited);
        await Factory.ReportAsync("2033-H1", "IT", "IV.1", ReviewState.Submitted, Completion.Complete);
        await Factory.TagAsync("III.2", 3);
        await Factory.TagAsync("V.1", 3);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var byLevel = await client.PageAsync("/cycles/2033-H1/dashboard?level=Substantial");
        Assert.Equal(["row-I.1", "row-I.2"], Rows(byLevel));
        Assert.Equal("Substantial Approved", DashboardData.TextOf(byLevel, "cell-I.1-FR"));
        Assert.Equal("–", DashboardData.TextOf(byLevel, "cell-I.1-DE"));
        Assert.Equal(["France", "0", "0", "1", "0", "0", "0", "1", "100%"], DashboardData.Cells(byLevel, "rollup-member-FR"));
        Assert.Contains("<option value=\"Substantial\" selected=\"selected\">Substantial</option>", byLevel, StringComparison.Ordinal);

        var byState = await client.PageAsync("/cycles/2033-H1/dashboard?state=returned");
        Assert.Equal(["row-I.2"], Rows(byState));

        var byMemberAndPillar = await client.PageAsync("/cycles/2033-H1/dashboard?member=DE&pillar=III");
        Assert.Equal(9, Rows(byMemberAndPillar).Count);
        Assert.Contains("id=\"cell-III.2-DE\"", byMemberAndPillar, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cell-III.2-FR\"", byMemberAndPillar, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pillar-I\"", byMemberAndPillar, StringComparison.Ordinal);

        var byPriority = await client.PageAsync("/cycles/2033-H1/dashboard?priority=3");
        Assert.Equal(["row-III.2", "row-V.1"], Rows(byPriority));

        var byNoReport = await client.PageAsync("/cycles/2033-H1/dashboard?pillar=IV&state=None&member=IT");
        Assert.Equal(["row-IV.2", "row-IV.3"], Rows(byNoReport));

        var nothing = await client.PageAsync("/cycles/2033-H1/dashboard?pillar=II&level=Complete");
        Assert.Empty(Rows(nothing));
        Assert.Contains("No commitment matches these filters.", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_values_not_on_the_lists_are_refused_with_a_message_next_to_the_field()
    {
        await Factory.OpenCycleAsync("2034-H1");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.PageAsync("/cycles/2034-H1/dashboard?level=Excellent&member=XX&state=3&priority=99&pillar=VI", HttpStatusCode.BadRequest);

        Assert.Equal("Choose a completion level from the list.", DashboardData.TextOf(html, "filter-level-error"));
        Assert.Equal("Choose a member from the list.", DashboardData.TextOf(html, "filter-member-error"));
        Assert.Equal("Choose a review state from the list.", DashboardData.TextOf(html, "filter-state-error"));
        Assert.Equal("Choose a priority from the list.", DashboardData.TextOf(html, "filter-priority-error"));
        Assert.Equal("Choose a pillar from the list.", DashboardData.TextOf(html, "filter-pillar-error"));
        Assert.Empty(Rows(html));
    }

    [Theory]
    [InlineData("/cycles/2099-H1/dashboard")]
    [InlineData("/cycles/not-a-cycle/dashboard")]
    public async Task An_unknown_cycle_has_no_dashboard(string url)
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        await client.PageAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_earlier_cycle_has_its_own_dashboard_and_each_links_to_the_others()
    {
        await Factory.OpenCycleAsync("2035-H1");
        await Factory.ReportAsync("2035-H1", "FR", "I.1", ReviewState.Approved, Completion.Limited);
        await Factory.PublishCycleAsync("2035-H1");
        await Factory.OpenCycleAsync("2035-H2");
        await Factory.ReportAsync("2035-H2", "FR", "I.1", ReviewState.Draft, Completion.Complete);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var earlier = await client.PageAsync("/cycles/2035-H1/dashboard");
        var later = await client.PageAsync("/cycles/2035-H2/dashboard");

        Assert.Equal("Limited Approved", DashboardData.TextOf(earlier, "cell-I.1-FR"));
        Assert.Equal("Complete Draft", DashboardData.TextOf(later, "cell-I.1-FR"));
        Assert.Contains("<a href=\"/cycles/2035-H2/dashboard\">2035-H2</a>", earlier, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cycles/2035-H1/dashboard\">2035-H1</a>", later, StringComparison.Ordinal);
        var cyclePage = await client.PageAsync("/cycles/2035-H1");
        Assert.Contains("href=\"/cycles/2035-H1/dashboard\"", cyclePage, StringComparison.Ordinal);
    }

    private static List<string> Rows(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr id=\"(row-[^\"]+)\"").Select(m => m.Groups[1].Value)];
}
