using System.Globalization;
using System.Net;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Plans;

/// <summary>
/// The administrator's pages for plan versions, driven through HTTP on PostgreSQL: a next version drafted from an
/// adopted plan, changed in every way the lineage rules know (reworded, split, merged, retired, new), compared and
/// adopted with the merge's choice; a new plan entered from nothing. A draft is seen by administrators only.
/// </summary>
public sealed class PlanVersionPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_next_version_is_drafted_changed_compared_and_adopted_with_its_lineage()
    {
        const string Adopted = "g7-test-versioned";
        const string Next = "g7-test-versioned-2027";
        await SeedAdoptedAsync(Adopted);
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);

        var form = await admin.PageAsync($"/admin/plans/{Adopted}/next");
        Assert.Matches("name=\"Input.Key\" value=\"g7-test-versioned-20[0-9]{2}\"", form);
        using var drafted = await admin.PostFormAsync($"/admin/plans/{Adopted}/next", ("Input.Key", Next));
        Assert.Equal($"/admin/plans/{Next}/draft", drafted.RequestMessage!.RequestUri!.AbsolutePath);
        var draftPage = DashboardData.Text(await drafted.Content.ReadAsStringAsync());
        Assert.Contains("Continues I.1", draftPage, StringComparison.Ordinal);
        Assert.Contains("Every commitment of the version before is continued.", draftPage, StringComparison.Ordinal);

        // Nobody but an administrator sees a draft: not readers, not the API, not a new cycle.
        using var reader = await Factory.SignInAsAsync(Roles.Secretariat);
        await reader.PageAsync($"/plans/{Next}", HttpStatusCode.NotFound);
        await reader.PageAsync($"/plans/{Next}/commitments/I.1", HttpStatusCode.NotFound);
        Assert.DoesNotContain(Next, await reader.PageAsync("/plans"), StringComparison.Ordinal);
        Assert.DoesNotContain(Next, await reader.PageAsync("/cycles/new"), StringComparison.Ordinal);

        var draftUrl = $"/admin/plans/{Next}/draft";
        using (var reworded = await admin.PostFormAsync($"{draftUrl}/I.2",
            ("Wording.ShortTitle", "Liaison officers"), ("Wording.Text", "Deploy liaison officers to more countries of transit."),
            ("Wording.Version", await VersionAsync(Next, "I.2"))))
        {
            Assert.Contains("The wording of I.2 is saved.", DashboardData.Text(await reworded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var split = await admin.PostFormAsync($"{draftUrl}/I.3",
            [new("Parts[0].Code", "I.3"), new("Parts[0].ShortTitle", "Origin countries"), new("Parts[0].Text", "Work with origin countries."),
             new("Parts[1].Code", "i.4"), new("Parts[1].ShortTitle", "Transit countries"), new("Parts[1].Text", "Work with transit countries."),
             new("Parts[2].Code", ""), new("Parts[2].ShortTitle", ""), new("Parts[2].Text", "")],
            $"{draftUrl}/I.3?handler=Split"))
        {
            var page = DashboardData.Text(await split.Content.ReadAsStringAsync());
            Assert.True(draftUrl == split.RequestMessage!.RequestUri!.AbsolutePath, page);
            Assert.Contains("I.3 is split into I.3, I.4", page, StringComparison.Ordinal);
        }

        using (var merged = await admin.PostFormAsync(draftUrl,
            [new("Merging.Merged", "I.1"), new("Merging.Merged", "II.1"), new("Merging.Code", "I.1"),
             new("Merging.ShortTitle", "Units and joint teams"), new("Merging.Text", "Specialised units working in joint teams.")],
            $"{draftUrl}?handler=Merge"))
        {
            Assert.Contains("I.1, II.1 are merged into I.1.", DashboardData.Text(await merged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var retired = await admin.PostFormAsync(draftUrl, [new("code", "II.2")], $"{draftUrl}?handler=Retire"))
        {
            var page = DashboardData.Text(await retired.Content.ReadAsStringAsync());
            Assert.Contains("II.2 is taken out of the draft.", page, StringComparison.Ordinal);
            Assert.Contains("Retired (1)", page, StringComparison.Ordinal);
        }

        using (var added = await admin.PostFormAsync(draftUrl,
            [new("NewCommitment.Pillar", "II"), new("NewCommitment.Code", "II.3"), new("NewCommitment.ShortTitle", "Data sharing"),
             new("NewCommitment.Text", "Share data on smuggling routes.")],
            $"{draftUrl}?handler=AddCommitment"))
        {
            Assert.Contains("II.3 is added to the draft.", DashboardData.Text(await added.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var compare = DashboardData.Text(await admin.PageAsync($"/admin/plans/{Next}/adopt"));
        Assert.Contains("New: 1 · continued as they were: 0 · reworded: 1 · split: 2 · merged: 1 · retired: 1.", compare, StringComparison.Ordinal);
        Assert.Contains("Reworded from I.2", compare, StringComparison.Ordinal);
        Assert.Contains("Split from I.3", compare, StringComparison.Ordinal);
        Assert.Contains("Merges I.1, II.1", compare, StringComparison.Ordinal);
        Assert.Contains("What I.1 keeps", compare, StringComparison.Ordinal);

        (string, string)[] meeting = [("Input.Title", "Test plan, revised"), ("Input.AdoptedBy", "G7 Interior and Security Ministers"),
            ("Input.AdoptedAt", "Ottawa, Canada"), ("Input.MeetingStart", "2027-05-03"), ("Input.MeetingEnd", "2027-05-04"), ("Input.Source", "")];
        using (var undecided = await admin.PostFormAsync($"/admin/plans/{Next}/adopt", meeting))
        {
            Assert.Equal(HttpStatusCode.BadRequest, undecided.StatusCode);
            Assert.Contains("Choose what I.1 keeps.", DashboardData.Text(await undecided.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var adopted = await admin.PostFormAsync($"/admin/plans/{Next}/adopt", [.. meeting, ("Input.Keeps[I.1]", "II.1")]))
        {
            Assert.Equal($"/plans/{Next}", adopted.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Test plan, revised is adopted", DashboardData.Text(await adopted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using var db = Factory.CreateDbContext();
        var plan = await LoadAsync(db, Next);
        Assert.False(plan.IsDraft);
        Assert.Equal(new DateOnly(2027, 5, 3), plan.MeetingStart);
        Assert.Equal("Ottawa, Canada", plan.AdoptedAt);
        string Kinds(string code) => $"{PlanLineage.KindOf(plan, plan.Commitments.Single(c => c.Code == code))}:{string.Join(",", plan.Commitments.Single(c => c.Code == code).CarriedFrom.Select(p => p.Code))}";
        Assert.Equal("Merged:II.1", Kinds("I.1"));
        Assert.Equal("Reworded:I.2", Kinds("I.2"));
        Assert.Equal("Split:I.3", Kinds("I.3"));
        Assert.Equal("Split:I.3", Kinds("I.4"));
        Assert.Equal("New:", Kinds("II.3"));
        Assert.Equal(["II.2"], PlanLineage.Retired(plan).Select(c => c.Code));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Entity == nameof(ActionPlan) && e.EntityKey == Next && e.Action == nameof(AuditAction.Updated)));

        // Adopted: readers see it, a new cycle offers it (in place of the version it revises), and it is revised once only.
        Assert.Contains("Share data on smuggling routes.", DashboardData.Text(await reader.PageAsync($"/plans/{Next}")), StringComparison.Ordinal);
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        Assert.Contains(Next, await secretariat.PageAsync("/cycles/new"), StringComparison.Ordinal);
        Assert.Contains($"{Adopted} already has a next version, {Next}", DashboardData.Text(await admin.PageAsync($"/admin/plans/{Adopted}/next")), StringComparison.Ordinal);
        using var again = await admin.GetAsync($"/admin/plans/{Next}/draft");
        Assert.Equal($"/admin/plans/{Next}", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_new_plan_is_entered_from_nothing_and_adopted_and_a_discarded_draft_leaves_nothing()
    {
        const string Key = "g7-test-new-plan";
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);

        using var created = await admin.PostFormAsync("/admin/plans/new",
            ("Input.Key", Key), ("Input.Title", "Plan on document fraud"), ("Input.TitleFr", "Plan sur la fraude documentaire"),
            ("Input.AdoptedBy", "G7 Interior and Security Ministers"));
        var draftUrl = $"/admin/plans/{Key}/draft";
        Assert.Equal(draftUrl, created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("The plan has no pillar yet.", DashboardData.Text(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using (var pillar = await admin.PostFormAsync(draftUrl, [new("NewPillar.Title", "Detecting fraud"), new("NewPillar.Text", "G7 members will:")], $"{draftUrl}?handler=AddPillar"))
        {
            Assert.Contains("Pillar I is added.", DashboardData.Text(await pillar.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var priority = await admin.PostFormAsync(draftUrl, [new("NewPriority.Title", "Victims first."), new("NewPriority.Text", "Protect the people smuggled.")], $"{draftUrl}?handler=AddPriority"))
        {
            Assert.Contains("Priority 1 is added.", DashboardData.Text(await priority.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var commitment = await admin.PostFormAsync(draftUrl,
            [new("NewCommitment.Pillar", "I"), new("NewCommitment.Code", "I.1"), new("NewCommitment.ShortTitle", "Fraud desks"), new("NewCommitment.Text", "Set up fraud desks.")],
            $"{draftUrl}?handler=AddCommitment"))
        {
            Assert.Contains("I.1 is added to the draft.", DashboardData.Text(await commitment.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var adopted = await admin.PostFormAsync($"/admin/plans/{Key}/adopt",
            ("Input.Title", "Plan on document fraud"), ("Input.TitleFr", "Plan sur la fraude documentaire"), ("Input.AdoptedBy", "G7 Interior and Security Ministers"),
            ("Input.AdoptedAt", "Rome, Italy"), ("Input.MeetingStart", "2027-10-01"), ("Input.MeetingEnd", "2027-10-01")))
        {
            Assert.Equal($"/plans/{Key}", adopted.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using var reader = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var plans = DashboardData.Text(await reader.PageAsync("/plans"));
        Assert.Contains("Plan on document fraud", plans, StringComparison.Ordinal);
        Assert.Contains("Set up fraud desks.", DashboardData.Text(await reader.PageAsync($"/plans/{Key}/commitments/I.1")), StringComparison.Ordinal);

        // A draft discarded leaves no row behind.
        using (var next = await admin.PostFormAsync($"/admin/plans/{Key}/next", ("Input.Key", "g7-test-new-plan-2028")))
        {
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        }

        using (var discarded = await admin.PostFormAsync("/admin/plans/g7-test-new-plan-2028/draft", [], "/admin/plans/g7-test-new-plan-2028/draft?handler=Discard"))
        {
            Assert.Contains("The draft g7-test-new-plan-2028 is discarded.", DashboardData.Text(await discarded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ActionPlans.AnyAsync(p => p.Key == "g7-test-new-plan-2028"));
        Assert.Equal(1, await db.Commitments.CountAsync(c => c.Pillar!.Plan!.Key == Key));
        Assert.Equal("Plan sur la fraude documentaire", await db.ActionPlans.Where(p => p.Key == Key).Select(p => p.TitleFr).SingleAsync());
    }

    private async Task SeedAdoptedAsync(string key)
    {
        await using var db = Factory.CreateDbContext();
        var plan = new ActionPlan(key, "Test plan", "G7 Interior and Security Ministers", "Test meeting", new(2025, 4, 1), new(2025, 4, 2), "A test.");
        var one = new Pillar(1, "I", "Law enforcement", "G7 members will:");
        one.Add(new Commitment(1, "I.1", "Specialised units", "Set up specialised units."));
        one.Add(new Commitment(2, "I.2", "Liaison officers", "Deploy liaison officers."));
        one.Add(new Commitment(3, "I.3", "Countries of origin and transit", "Work with countries of origin and transit."));
        var two = new Pillar(2, "II", "Cooperation", "G7 members will:");
        two.Add(new Commitment(1, "II.1", "Joint teams", "Form joint investigation teams."));
        two.Add(new Commitment(2, "II.2", "Europol", "Work with Europol."));
        plan.Add(one);
        plan.Add(two);
        db.ActionPlans.Add(plan);
        await db.SaveChangesAsync();
    }

    private async Task<string> VersionAsync(string plan, string code)
    {
        await using var db = Factory.CreateDbContext();
        var version = await db.Commitments.Where(c => c.Pillar!.Plan!.Key == plan && c.Code == code).Select(c => c.Version).SingleAsync();
        return version.ToString(CultureInfo.InvariantCulture);
    }

    private static Task<ActionPlan> LoadAsync(ActionPlanDbContext db, string key) =>
        db.ActionPlans
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Predecessors).ThenInclude(l => l.Predecessor)
            .Include(p => p.PreviousVersion).ThenInclude(v => v!.Pillars).ThenInclude(p => p.Commitments)
            .AsSplitQuery()
            .SingleAsync(p => p.Key == key);
}
