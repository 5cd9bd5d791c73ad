using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Plans;

/// <summary>
/// History across a plan's versions: a cycle on the first version, the next cycle on the second, in which I.2 is
/// reworded, I.3 split into I.3 and I.4, I.1 and II.1 merged into I.1 keeping II.1's data, II.2 retired and II.3 new.
/// Every previous-cycle comparison (changes, the diff, readiness, the review, the report form, carrying forward, the
/// summary) finds France's earlier report through the lineage, and says so where the commitment's text changed.
/// </summary>
public sealed class LineageHistoryTests(LineageHistoryFixture fixture) : IClassFixture<LineageHistoryFixture>
{
    private const string Before = LineageHistoryFixture.Before;
    private const string After = LineageHistoryFixture.After;

    [Fact]
    public async Task The_previous_cycle_comparison_follows_each_commitment_into_its_successor()
    {
        await using var db = fixture.Factory.CreateDbContext();
        var summary = await SummaryBuilder.BuildAsync(db, After, DateTimeOffset.UtcNow, default);

        var france = summary!.Entries.Where(e => e.MemberCode == "FR").ToDictionary(e => e.CommitmentCode, e => e.PreviousCompletion);
        Assert.Equal(Completion.Limited, france["I.1"]);
        Assert.Equal(Completion.Substantial, france["I.2"]);
        Assert.Equal(Completion.Complete, france["I.3"]);
        Assert.Equal(Completion.Complete, france["I.4"]);
        Assert.Null(france["II.3"]);
        Assert.DoesNotContain("II.2", france.Keys);
        Assert.Equal([Completion.Limited], summary.Entries.Where(e => e.MemberCode == "DE" && e.PreviousCompletion is not null).Select(e => e.PreviousCompletion));
    }

    [Fact]
    public async Task The_changes_page_compares_each_successor_with_what_it_continues_and_a_new_commitment_with_nothing()
    {
        using var secretariat = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var page = await secretariat.PageAsync($"/cycles/{After}/changes");

        // Italy's I.1 merges I.1 (Limited) and II.1 (Substantial), keeping II.1's: Substantial now is unchanged.
        Assert.Equal("unchanged", ChangeOf(page, "I.1", "IT"));
        Assert.Equal("improved", ChangeOf(page, "I.2", "IT"));
        Assert.Equal("regressed", ChangeOf(page, "I.4", "IT"));
        Assert.Equal("new", ChangeOf(page, "II.3", "IT"));
        Assert.Contains("Limited → Substantial", DashboardData.Text(CellOf(page, "I.2", "IT")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carrying_forward_starts_each_successor_from_what_it_continues_and_the_pages_say_when_the_words_changed()
    {
        var focalPoint = await fixture.Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await fixture.Factory.SignInAsync(focalPoint);

        using var carried = await client.PostFormAsync($"/reports?cycle={After}", [], $"/reports?cycle={After}&handler=CarryForward");
        Assert.Contains($"5 reports started from what you reported in {Before}.", DashboardData.Text(await carried.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await using var db = fixture.Factory.CreateDbContext();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Cycle!.Code == After && r.Member!.Code == "FR")
            .Select(r => new { r.Id, r.Commitment!.Code, r.Narrative, r.Completion })
            .ToDictionaryAsync(r => r.Code);
        Assert.Equal("France on II.1.", reports["I.1"].Narrative);
        Assert.Equal("France on I.2.", reports["I.2"].Narrative);
        Assert.Equal("France on I.3.", reports["I.3"].Narrative);
        Assert.Equal("France on I.3.", reports["I.4"].Narrative);
        Assert.Equal("", reports["II.3"].Narrative);

        var form = DashboardData.Text(await client.PageAsync($"/reports/{reports["I.2"].Id}"));
        Assert.Contains($"In {Before} you reported on I.2 of the Versioned plan; I.2 continues it in new words", form, StringComparison.Ordinal);
        var asItWas = DashboardData.Text(await client.PageAsync($"/reports/{reports["I.5"].Id}"));
        Assert.Contains($"In {Before} you reported on I.5 of the Versioned plan; I.5 continues it as it was.", asItWas, StringComparison.Ordinal);

        var split = DashboardData.Text(await client.PageAsync($"/reports/{reports["I.4"].Id}"));
        Assert.Contains($"In {Before} you reported on I.3 of the Versioned plan; I.4 continues it", split, StringComparison.Ordinal);

        using var secretariat = await fixture.Factory.SignInAsAsync(Roles.Secretariat);
        var diff = DashboardData.Text(await secretariat.PageAsync($"/cycles/{After}/changes/FR/I.1"));
        Assert.Contains($"In {Before} the member reported on II.1 of the Versioned plan, which I.1 continues in new words", diff, StringComparison.Ordinal);
        Assert.Contains("France on II.1.", diff, StringComparison.Ordinal);

    }

    [Fact]
    public async Task The_review_shows_the_report_it_continues_and_says_the_commitment_was_reworded()
    {
        await using (var db = fixture.Factory.CreateDbContext())
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Code == After);
            var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id && r.Member!.Code == "DE" && r.Commitment!.Code == "I.2");
            report.SaveDraft(cycle, new ReportContent(Completion.Complete, "Germany now.", "", "", [], null), DashboardData.FocalPoint, DashboardData.At);
            report.Submit(cycle, DashboardData.FocalPoint, DashboardData.At);
            await db.SaveChangesAsync();
        }

        await using var read = fixture.Factory.CreateDbContext();
        var id = await read.Reports.Where(r => r.Cycle!.Code == After && r.Member!.Code == "DE" && r.Commitment!.Code == "I.2").Select(r => r.Id).SingleAsync();
        using var secretariat = await fixture.Factory.SignInAsAsync(Roles.Secretariat);
        var review = DashboardData.Text(await secretariat.PageAsync($"/review/{id}"));

        Assert.Contains("Reported on I.2 of the Versioned plan, which this commitment continues in new words", review, StringComparison.Ordinal);
        Assert.Contains("Germany before.", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commitment_page_reads_its_history_through_its_lineage_and_says_what_it_continues()
    {
        using var secretariat = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var page = await secretariat.PageAsync($"/plans/{LineageHistoryFixture.Revised}/commitments/I.4?cycle={Before}");
        var text = DashboardData.Text(page);

        Assert.True(text.Contains("I.4 continues, in new words, I.3 Versioned plan (g7-test-lineage)", StringComparison.Ordinal), text);
        Assert.Contains($"href=\"/plans/{LineageHistoryFixture.Plan}/commitments/I.3\"", page, StringComparison.Ordinal);
        Assert.Contains("France on I.3.", text, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{Before}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{After}\"", page, StringComparison.Ordinal);

        // The first version's page knows nothing of what came after it.
        var earlier = DashboardData.Text(await secretariat.PageAsync($"/plans/{LineageHistoryFixture.Plan}/commitments/I.3"));
        Assert.DoesNotContain(After, earlier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_trend_is_one_line_per_pillar_across_the_plans_versions()
    {
        using var secretariat = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var page = await secretariat.PageAsync("/members/IT");

        var row = System.Text.RegularExpressions.Regex.Match(page, "<tr id=\"trend-row-I\">.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.NotEmpty(row);
        Assert.DoesNotContain("—", row, StringComparison.Ordinal);
        Assert.DoesNotContain("trend-row-g7-test-lineage", page, StringComparison.Ordinal);
    }

    /// <summary>The change the member's cell on the commitment shows: improved, unchanged, regressed, new or none.</summary>
    private static string ChangeOf(string html, string code, string member) =>
        System.Text.RegularExpressions.Regex.Match(CellOf(html, code, member), "change--([a-z]+)").Groups[1].Value;

    private static string CellOf(string html, string code, string member) =>
        System.Text.RegularExpressions.Regex.Match(html, $"<td id=\"change-{System.Text.RegularExpressions.Regex.Escape(code)}-{member}\".*?</td>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
}

public sealed class LineageHistoryFixture : IAsyncLifetime
{
    public const string Plan = "g7-test-lineage";
    public const string Revised = "g7-test-lineage-2062";
    public const string Before = "2061-H2";
    public const string After = "2062-H1";

    private AppFactory? _factory;

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        await using var db = Factory.CreateDbContext();
        var first = new ActionPlan(Plan, "Versioned plan", "G7 Interior and Security Ministers", "Test meeting", new(2061, 1, 10), new(2061, 1, 11), "A test.");
        var one = new Pillar(1, "I", "Law enforcement", "G7 members will:");
        one.Add(new Commitment(1, "I.1", "Specialised units", "Set up specialised units."));
        one.Add(new Commitment(2, "I.2", "Liaison officers", "Deploy liaison officers."));
        one.Add(new Commitment(3, "I.3", "Origin and transit", "Work with countries of origin and transit."));
        one.Add(new Commitment(4, "I.5", "Training", "Train investigators."));
        var two = new Pillar(2, "II", "Cooperation", "G7 members will:");
        two.Add(new Commitment(1, "II.1", "Joint teams", "Form joint investigation teams."));
        two.Add(new Commitment(2, "II.2", "Europol", "Work with Europol."));
        first.Add(one);
        first.Add(two);
        db.ActionPlans.Add(first);
        await db.SaveChangesAsync();

        var second = first.DraftNext(Revised);
        second.Reword(Code(second, "I.2"), "Liaison officers", "Deploy liaison officers to more countries of transit.");
        second.Split(Code(second, "I.3"), [("I.3", "Origin countries", "Work with countries of origin and transit."), ("I.4", "Transit countries", "Work with transit countries.")]);
        second.Merge([Code(second, "I.1"), Code(second, "II.1")], "I.1", "Units and joint teams", "Specialised units in joint teams.", keeps: Code(first, "II.1"));
        second.Retire(Code(second, "II.2"));
        second.AddCommitment(second.Pillars[1], "II.3", "Data", "Share data on routes.", []);
        second.Adopt("Ottawa, Canada", new(2062, 1, 5), new(2062, 1, 6), "");
        db.ActionPlans.Add(second);
        await db.SaveChangesAsync();

        var before = await OpenAsync(db, Before, first);
        await OpenAsync(db, After, second);
        foreach (var (code, level) in new[] { ("I.1", Completion.Limited), ("I.2", Completion.Substantial), ("I.3", Completion.Complete), ("I.5", Completion.Limited), ("II.1", Completion.Limited), ("II.2", Completion.NotStarted) })
        {
            await ApproveAsync(db, before, "FR", code, level, $"France on {code}.");
        }

        await ApproveAsync(db, before, "DE", "I.2", Completion.Limited, "Germany before.");

        // Italy reported in both cycles, so its changes are fixed whatever the tests do to France's and Germany's.
        var after = await db.Cycles.SingleAsync(c => c.Code == After);
        foreach (var (code, level) in new[] { ("I.1", Completion.Limited), ("I.2", Completion.Limited), ("I.3", Completion.Limited), ("II.1", Completion.Substantial) })
        {
            await ApproveAsync(db, before, "IT", code, level, $"Italy on {code}.");
        }

        foreach (var (code, level) in new[] { ("I.1", Completion.Substantial), ("I.2", Completion.Substantial), ("I.4", Completion.NotStarted), ("II.3", Completion.Limited) })
        {
            await ApproveAsync(db, after, "IT", code, level, $"Italy now on {code}.");
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static Commitment Code(ActionPlan plan, string code) => plan.Commitments.Single(c => c.Code == code);

    private static async Task<ReportingCycle> OpenAsync(ActionPlanDbContext db, string code, ActionPlan plan)
    {
        var name = CycleCode.Parse(code);
        var cycle = new ReportingCycle(name, name.PeriodStart, name.PeriodEnd, name.PeriodEnd.AddDays(15), name.PeriodEnd.AddDays(45), [plan]);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        await db.OpenWithSlotsAsync(cycle);
        await db.SaveChangesAsync();
        return cycle;
    }

    private static async Task ApproveAsync(ActionPlanDbContext db, ReportingCycle cycle, string member, string code, Completion level, string narrative)
    {
        var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id && r.Member!.Code == member && r.Commitment!.Code == code);
        report.SaveDraft(cycle, new ReportContent(level, narrative, "More to come.", "", [], null), DashboardData.FocalPoint, DashboardData.At);
        report.Submit(cycle, DashboardData.FocalPoint, DashboardData.At.AddMinutes(1));
        report.Approve(cycle, DashboardData.Reviewer, DashboardData.At.AddMinutes(2));
        await db.SaveChangesAsync();
    }
}
