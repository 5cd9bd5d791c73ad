using ActionPlanTracker.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Data;

public sealed class PlanSeedTests
{
    [Fact]
    public async Task Seeded_database_holds_every_commitment_in_order_with_its_exact_text()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());
        var document = PlanDocument.Load();

        var stored = await db.Commitments.AsNoTracking()
            .OrderBy(c => c.Pillar!.Number).ThenBy(c => c.Number)
            .Select(c => new { c.Code, c.ShortTitle, c.Text })
            .ToListAsync();

        var expected = document.Pillars.SelectMany(p => p.Commitments).ToList();
        Assert.Equal(27, stored.Count);
        Assert.Equal(expected.Select(c => (c.Code, c.ShortTitle, c.Text)), stored.Select(c => (c.Code, c.ShortTitle, c.Text)));
        Assert.Equal(
            "monitoring and review of the state of implementation of this Action Plan, to be conducted within the Roma-Lyon Group " +
            "with progress reporting to the RLG Heads of Delegation to take place at the bi-annual meetings.",
            stored.Single(c => c.Code == "V.5").Text);
        Assert.EndsWith(
            "the G7 members should take full advantage of the the potential of the Financial Investigation Units' network.",
            stored.Single(c => c.Code == "II.4").Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeded_database_holds_the_plan_its_priorities_pillars_and_members()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());

        var plan = await db.ActionPlans.AsNoTracking().SingleAsync();
        Assert.Equal("G7 Action Plan to Prevent and Counter the Smuggling of Migrants", plan.Title);
        Assert.Equal(new DateOnly(2024, 10, 2), plan.MeetingStart);
        Assert.Equal(new DateOnly(2024, 10, 4), plan.MeetingEnd);
        Assert.Contains("Mirabella Eclano", plan.AdoptedAt, StringComparison.Ordinal);

        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number).Select(p => p.Title).ToListAsync();
        Assert.Equal(6, priorities.Count);
        Assert.Equal("promote enhanced cooperation on investigative capacities", priorities[0]);
        Assert.Equal("discourage migrants from embarking on irregular and potentially perilous journeys", priorities[5]);

        var pillars = await db.Pillars.AsNoTracking().OrderBy(p => p.Number).Select(p => new { p.Numeral, p.LeadSentence }).ToListAsync();
        Assert.Equal(["I", "II", "III", "IV", "V"], pillars.Select(p => p.Numeral));
        Assert.Equal("Prevention and awareness raising by:", pillars[3].LeadSentence);

        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => m.Code + " " + m.Name).ToListAsync();
        Assert.Equal(
            ["CA Canada", "FR France", "DE Germany", "IT Italy", "JP Japan", "GB United Kingdom", "US United States", "EU European Union"],
            members);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = TestPostgres.CreateContext(connectionString);
        var before = await Snapshot(db);

        var written = await PlanSeeder.SeedAsync(db);

        Assert.Equal(0, written);
        await using var fresh = TestPostgres.CreateContext(connectionString);
        Assert.Equal(before, await Snapshot(fresh));
    }

    [Fact]
    public async Task Seeding_keeps_text_an_administrator_has_edited()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            var commitment = await db.Commitments.SingleAsync(c => c.Code == "IV.3");
            commitment.Describe("Roundtable with social media companies", commitment.Text);
            await db.SaveChangesAsync();
        }

        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            await PlanSeeder.SeedAsync(db);
        }

        await using var check = TestPostgres.CreateContext(connectionString);
        Assert.Equal("Roundtable with social media companies", await check.Commitments.Where(c => c.Code == "IV.3").Select(c => c.ShortTitle).SingleAsync());
    }

    private static async Task<string> Snapshot(ActionPlanTracker.Data.ActionPlanDbContext db)
    {
        var commitments = await db.Commitments.AsNoTracking().OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Code}|{c.Text}").ToListAsync();
        var pillars = await db.Pillars.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Title}").ToListAsync();
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Text}").ToListAsync();
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.Code}").ToListAsync();
        var plans = await db.ActionPlans.AsNoTracking().CountAsync();
        return string.Join('\n', commitments.Concat(pillars).Concat(priorities).Concat(members).Append(plans.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
