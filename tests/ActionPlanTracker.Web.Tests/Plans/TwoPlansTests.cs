using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Api;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Plans;

/// <summary>
/// The plan as adopted in 2024 and a second plan whose commitments carry the same codes (I.1, I.2, II.1), side by side:
/// a cycle on each plan alone and one on both. Each page of a plan, and each page of a cycle, shows its own plan's
/// commitments and reports only.
/// </summary>
public sealed class TwoPlansTests(TwoPlansFixture fixture) : IClassFixture<TwoPlansFixture>
{
    private const string First = TwoPlansFixture.First;
    private const string Second = TwoPlansFixture.Second;

    [Fact]
    public async Task Opening_a_cycle_gives_slots_for_the_commitments_of_its_own_plans_only()
    {
        await using var db = fixture.Factory.CreateDbContext();
        var members = await db.Members.CountAsync(Member.FilingReports);
        var firstCount = await db.Commitments.CountAsync(c => c.Pillar!.Plan!.Key == First);
        var secondCount = await db.Commitments.CountAsync(c => c.Pillar!.Plan!.Key == Second);

        async Task<int> SlotsAsync(string cycle) => await db.Reports.CountAsync(r => r.Cycle!.Code == cycle);

        Assert.Equal(members * firstCount, await SlotsAsync(TwoPlansFixture.FirstOnly));
        Assert.Equal(members * secondCount, await SlotsAsync(TwoPlansFixture.SecondOnly));
        Assert.Equal(members * (firstCount + secondCount), await SlotsAsync(TwoPlansFixture.Both));
        Assert.False(await db.Reports.AnyAsync(r => r.Cycle!.Code == TwoPlansFixture.SecondOnly && r.Commitment!.Pillar!.Plan!.Key == First));
    }

    [Fact]
    public async Task Each_plans_commitment_page_shows_its_own_text_cycles_and_reports()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var first = DashboardData.Text(await client.PageAsync($"/plans/{First}/commitments/I.1?cycle={TwoPlansFixture.FirstOnly}"));
        var second = DashboardData.Text(await client.PageAsync($"/plans/{Second}/commitments/i.1?cycle={TwoPlansFixture.SecondOnly}"));

        Assert.Contains("Specialised law enforcement units", first, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.FirstNarrative, first, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondTitle, first, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondNarrative, first, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondOnly, first, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.Both, first, StringComparison.Ordinal);

        Assert.Contains(TwoPlansFixture.SecondTitle, second, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.SecondNarrative, second, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialised law enforcement units", second, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.FirstNarrative, second, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.FirstOnly, second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cycle_of_the_other_plan_or_an_unknown_plan_is_not_found()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        await client.PageAsync($"/plans/{First}/commitments/I.1?cycle={TwoPlansFixture.SecondOnly}", HttpStatusCode.NotFound);
        await client.PageAsync($"/plans/{Second}/commitments/I.1?cycle={TwoPlansFixture.FirstOnly}", HttpStatusCode.NotFound);
        await client.PageAsync("/plans/g7-no-such-plan/commitments/I.1", HttpStatusCode.NotFound);
        await client.PageAsync($"/plans/{Second}/commitments/III.1", HttpStatusCode.NotFound);
        await client.PageAsync("/plans/g7-no-such-plan", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_old_addresses_lead_to_the_2024_plan_with_their_query_kept()
    {
        using var client = fixture.Factory.CreateNonRedirectingClient();

        using var commitment = await client.GetAsync($"/commitments/I.1?cycle={TwoPlansFixture.FirstOnly}");
        using var indicators = await client.GetAsync("/commitments/I.1/indicators");
        using var plan = await client.GetAsync("/plan");
        using var french = await client.GetAsync("/admin/plan");
        using var frenchCommitment = await client.GetAsync("/admin/plan/commitments/I.1");
        using var memberName = await client.GetAsync("/admin/plan/members/FR");

        Assert.Equal(HttpStatusCode.PermanentRedirect, commitment.StatusCode);
        Assert.Equal($"/plans/{First}/commitments/I.1?cycle={TwoPlansFixture.FirstOnly}", commitment.Headers.Location?.OriginalString);
        Assert.Equal($"/plans/{First}/commitments/I.1/indicators", indicators.Headers.Location?.OriginalString);
        Assert.Equal($"/plans/{First}", plan.Headers.Location?.OriginalString);
        Assert.Equal($"/admin/plans/{First}", french.Headers.Location?.OriginalString);
        Assert.Equal($"/admin/plans/{First}/commitments/I.1", frenchCommitment.Headers.Location?.OriginalString);
        Assert.Equal("/admin/members/FR/edit", memberName.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_cycles_dashboard_and_changes_show_the_commitments_of_its_plans_only()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        foreach (var page in new[] { "dashboard", "changes" })
        {
            var second = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.SecondOnly}/{page}"));
            var first = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.FirstOnly}/{page}"));

            Assert.Contains(TwoPlansFixture.SecondTitle, second, StringComparison.Ordinal);
            Assert.DoesNotContain("Specialised law enforcement units", second, StringComparison.Ordinal);
            Assert.Contains("Specialised law enforcement units", first, StringComparison.Ordinal);
            Assert.DoesNotContain(TwoPlansFixture.SecondTitle, first, StringComparison.Ordinal);
        }

        var board = await client.PageAsync($"/cycles/{TwoPlansFixture.SecondOnly}/dashboard");
        Assert.Contains($"href=\"/plans/{Second}/commitments/I.1?cycle={TwoPlansFixture.SecondOnly}\"", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_page_shows_in_each_cycle_the_commitments_of_that_cycles_plans()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var second = DashboardData.Text(await client.PageAsync($"/members/FR?cycle={TwoPlansFixture.SecondOnly}"));
        var first = DashboardData.Text(await client.PageAsync($"/members/FR?cycle={TwoPlansFixture.FirstOnly}"));

        Assert.Contains(TwoPlansFixture.SecondTitle, second, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialised law enforcement units", second, StringComparison.Ordinal);
        Assert.Contains("Specialised law enforcement units", first, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondTitle, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_cycle_on_both_plans_a_shared_code_names_its_plan_to_be_compared()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        await client.PageAsync($"/cycles/{TwoPlansFixture.Both}/changes/FR/I.1", HttpStatusCode.NotFound);
        var second = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.Both}/changes/FR/I.1?plan={Second}"));
        var onlyInFirst = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.Both}/changes/FR/V.1"));

        Assert.Contains(TwoPlansFixture.SecondTitle, second, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondTitle, onlyInFirst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_row_names_the_commitment_of_its_cycles_plan_and_a_code_two_of_its_plans_share_is_refused()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.FocalPoint, "DE");

        using var preview = await client.UploadAsync(ImportData.Workbook(
            ImportData.Row(TwoPlansFixture.SecondOnly, "I.2", member: "DE"),
            ImportData.Row(TwoPlansFixture.Both, "I.1", member: "DE")));
        var html = DashboardData.Text(await preview.Content.ReadAsStringAsync());

        Assert.Contains($"is I.1, a code two of the plans cycle {TwoPlansFixture.Both} monitors both use", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 2, column C", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_names_each_plan_each_cycles_plans_and_each_reports_plan()
    {
        var (client, _) = await fixture.Factory.TokenClientAsync(Roles.Secretariat, null);
        using (client)
        {
            var plans = await client.GetFromJsonAsync<JsonElement>("/api/v1/plans");
            var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{Second}");
            var adopted = await client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
            var cycles = await client.GetFromJsonAsync<JsonElement>("/api/v1/cycles");
            var reports = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports?cycle={TwoPlansFixture.Both}");
            var secondPillar = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports?cycle={TwoPlansFixture.Both}&plan={Second}&pillar=I");
            using var unknown = await client.GetAsync("/api/v1/reports?plan=g7-no-such-plan");
            using var missing = await client.GetAsync("/api/v1/plans/g7-no-such-plan");

            Assert.Equal([First, Second], plans.EnumerateArray().Select(p => p.GetProperty("key").GetString()));
            Assert.Equal(TwoPlansFixture.SecondTitle, FirstTitleOf(second));
            Assert.Equal(First, adopted.GetProperty("key").GetString());
            var monitored = cycles.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("plans").EnumerateArray().Select(p => p.GetString()).ToList());
            Assert.Equal([Second], monitored[TwoPlansFixture.SecondOnly]);
            Assert.Equal([First, Second], monitored[TwoPlansFixture.Both]);
            var item = Assert.Single(reports.GetProperty("items").EnumerateArray());
            Assert.Equal((Second, "I.1", TwoPlansFixture.SecondNarrative), (item.GetProperty("plan").GetString(), item.GetProperty("commitment").GetString(), item.GetProperty("narrative").GetString()));
            Assert.Equal(1, secondPillar.GetProperty("totalCount").GetInt32());
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        static string? FirstTitleOf(JsonElement plan) =>
            plan.GetProperty("pillars")[0].GetProperty("commitments")[0].GetProperty("shortTitle").GetString();
    }

    [Fact]
    public async Task A_cycles_progress_summary_covers_the_plans_it_monitors_only()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var second = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.SecondOnly}/summary"));
        var first = DashboardData.Text(await client.PageAsync($"/cycles/{TwoPlansFixture.FirstOnly}/summary"));

        Assert.Contains("Second test plan", second, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.SecondNarrative, second, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialised law enforcement units", second, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.FirstNarrative, first, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoPlansFixture.SecondTitle, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_of_a_cycle_on_two_plans_names_each_pillars_plan_in_every_format()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{TwoPlansFixture.Both}/summary");

        Assert.Contains("Second test plan · Pillar I: Detecting fraud", DashboardData.Text(html), StringComparison.Ordinal);
        Assert.Contains($"id=\"section-{Second}-I\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"section-{First}-I\"", html, StringComparison.Ordinal);
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        await using var db = fixture.Factory.CreateDbContext();
        var summary = await ActionPlanTracker.Web.Pages.Summary.Documents.SummaryBuilder.BuildAsync(db, TwoPlansFixture.Both, DateTimeOffset.UtcNow, default);
        Assert.Equal(2, summary!.Pillars.Count(p => p.Numeral == "I"));
        Assert.All(summary.Pillars, p => Assert.NotNull(p.Plan));
    }

    [Fact]
    public async Task The_review_queue_counts_as_missing_only_the_commitments_of_the_cycles_plans()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/review?cycle={TwoPlansFixture.SecondOnly}");

        // France: one approved report of the second plan's three commitments, two not reported.
        var france = System.Text.RegularExpressions.Regex.Match(html, @"<th scope=""row"">France</th>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\d+)</td>");
        Assert.True(france.Success, "No row for France.");
        Assert.Equal(["0", "0", "0", "1", "2"], france.Groups.Values.Skip(1).Select(g => g.Value));
    }

    [Theory]
    [InlineData("dashboard", "cell-", "-FR")]
    [InlineData("changes", "change-", "-FR")]
    [InlineData("member", "report-", "")]
    public async Task In_a_cycle_on_both_plans_each_plans_pillars_and_commitments_have_ids_of_their_own(string page, string prefix, string suffix)
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);
        var address = page == "member" ? $"/members/FR?cycle={TwoPlansFixture.Both}" : $"/cycles/{TwoPlansFixture.Both}/{page}";

        var html = await client.PageAsync(address);

        var ids = System.Text.RegularExpressions.Regex.Matches(html, @"\sid=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Contains($"{prefix}{First}-I.1{suffix}", ids);
        Assert.Contains($"{prefix}{Second}-I.1{suffix}", ids);
    }

    [Fact]
    public async Task An_administrator_translates_the_commitment_of_the_plan_the_address_names()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Administrator);
        await using var before = fixture.Factory.CreateDbContext();
        var version = await before.Commitments.Named(Second, "I.2").Select(c => c.Version).SingleAsync();

        var overview = DashboardData.Text(await client.PageAsync($"/admin/plans/{Second}"));
        using var saved = await client.PostFormAsync($"/admin/plans/{Second}/commitments/I.2",
            ("Input.TitleFr", "Alertes partagées"), ("Input.TextFr", "Partager les alertes."), ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("Shared alerts", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialised law enforcement units", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal($"/admin/plans/{Second}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = fixture.Factory.CreateDbContext();
        Assert.Equal("Alertes partagées", await db.Commitments.Named(Second, "I.2").Select(c => c.ShortTitleFr).SingleAsync());
        Assert.Null(await db.Commitments.Named(First, "I.2").Select(c => c.ShortTitleFr).SingleAsync());
    }

    [Fact]
    public async Task The_plans_page_lists_both_and_each_plan_page_its_own_commitments()
    {
        using var client = fixture.Factory.CreateClient();

        var plans = await client.PageAsync("/plans");
        var second = DashboardData.Text(await client.PageAsync($"/plans/{Second}"));

        Assert.Contains($"href=\"/plans/{First}\"", plans, StringComparison.Ordinal);
        Assert.Contains($"href=\"/plans/{Second}\"", plans, StringComparison.Ordinal);
        Assert.Contains(TwoPlansFixture.SecondTitle, second, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialised law enforcement units", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_cycle_is_offered_every_plan_and_monitors_the_one_ticked()
    {
        using var client = await fixture.Factory.SignInAsAsync(Roles.Secretariat);

        var form = await client.PageAsync("/cycles/new");
        using var created = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2058-H1"), ("Input.SubmissionDeadline", "2058-07-15"), ("Input.MeetingDate", "2058-09-15"), ("Input.Plans", Second));

        Assert.Contains($"value=\"{First}\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Second}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        await using var db = fixture.Factory.CreateDbContext();
        Assert.Equal([Second], await db.CyclePlans.Where(p => p.Cycle!.Code == "2058-H1").Select(p => p.Plan!.Key).ToListAsync());
    }
}

/// <summary>The second plan, its cycles and one approved French report on each plan's I.1.</summary>
public sealed class TwoPlansFixture : IAsyncLifetime
{
    public const string First = "g7-smuggling-of-migrants-2024";
    public const string Second = "g7-test-second-plan";
    public const string SecondTitle = "Joint document-fraud desks";
    public const string FirstNarrative = "Narrative on the first plan's I.1.";
    public const string SecondNarrative = "Narrative on the second plan's I.1.";
    public const string FirstOnly = "2056-H1";
    public const string SecondOnly = "2056-H2";
    public const string Both = "2057-H1";

    private AppFactory? _factory;

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        await using var db = Factory.CreateDbContext();
        var second = new ActionPlan(Second, "Second test plan", "G7 Interior and Security Ministers", "Test meeting", new(2026, 4, 20), new(2026, 4, 21), "A test.");
        var one = new Pillar(1, "I", "Detecting fraud", "G7 members will:");
        one.Add(new Commitment(1, "I.1", SecondTitle, "Set up joint desks on document fraud."));
        one.Add(new Commitment(2, "I.2", "Shared alerts", "Share alerts on forged documents."));
        var two = new Pillar(2, "II", "Working with partners", "G7 members will:");
        two.Add(new Commitment(1, "II.1", "Partner training", "Train partners' border staff."));
        second.Add(one);
        second.Add(two);
        db.ActionPlans.Add(second);
        await db.SaveChangesAsync();

        var first = await db.ActionPlans.SingleAsync(p => p.Key == First);
        foreach (var (code, plans) in new[] { (FirstOnly, new[] { first }), (SecondOnly, [second]), (Both, [first, second]) })
        {
            var name = CycleCode.Parse(code);
            var cycle = new ReportingCycle(name, name.PeriodStart, name.PeriodEnd, name.PeriodEnd.AddDays(15), name.PeriodEnd.AddDays(45), plans);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
            await db.OpenWithSlotsAsync(cycle);
            await db.SaveChangesAsync();
        }

        await ApproveAsync(db, FirstOnly, First, FirstNarrative);
        await ApproveAsync(db, SecondOnly, Second, SecondNarrative);
        await ApproveAsync(db, Both, Second, SecondNarrative);
    }

    private static async Task ApproveAsync(ActionPlanDbContext db, string cycleCode, string plan, string narrative)
    {
        var cycle = await db.Cycles.SingleAsync(c => c.Code == cycleCode);
        var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id && r.Member!.Code == "FR"
            && r.Commitment!.Code == "I.1" && r.Commitment.Pillar!.Plan!.Key == plan);
        report.SaveDraft(cycle, new ReportContent(Completion.Substantial, narrative, "More to come.", "", [], null), DashboardData.FocalPoint, DashboardData.At);
        report.Submit(cycle, DashboardData.FocalPoint, DashboardData.At.AddMinutes(1));
        report.Approve(cycle, DashboardData.Reviewer, DashboardData.At.AddMinutes(2));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
