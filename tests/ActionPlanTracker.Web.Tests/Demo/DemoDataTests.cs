using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Demo;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Development_start_on_an_empty_database_creates_a_living_demo()
    {
        await using var factory = new AppFactory(await TestPostgres.CreateDatabaseAsync(), "Development");
        using var client = factory.CreateClient();
        await client.GetAsync("/health");

        await using var db = factory.CreateDbContext();
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
        var cycles = await db.Cycles.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.State }).ToListAsync();
        Assert.Equal(["2025-H1", "2025-H2", "2026-H1", "2026-H2"], cycles.Select(c => c.Code));
        Assert.Equal([CycleState.Published, CycleState.Published, CycleState.Published, CycleState.Open], cycles.Select(c => c.State));

        var published = await db.Reports.AsNoTracking().Where(r => r.CycleId != db.Cycles.Single(c => c.Code == "2026-H2").Id).ToListAsync();
        Assert.Equal(3 * 8 * 27, published.Count);
        Assert.All(published, r => Assert.Equal(ReviewState.Approved, r.State));

        var open = await db.Reports.AsNoTracking().Where(r => r.CycleId == db.Cycles.Single(c => c.Code == "2026-H2").Id).ToListAsync();
        Assert.Equal(8 * 27, open.Count);
        Assert.Contains(open, r => !r.HasContent);
        Assert.All(Enum.GetValues<ReviewState>(), state => Assert.Contains(open, r => r.HasContent && r.State == state));

        var deadline = await db.Cycles.Where(c => c.Code == "2026-H2").Select(c => c.SubmissionDeadline).SingleAsync();
        Assert.True(deadline > DateOnly.FromDateTime(DateTime.UtcNow), "The open cycle's deadline lies ahead.");
    }

    [Fact]
    public async Task Demo_accounts_can_sign_in_with_the_documented_password()
    {
        await using var factory = new AppFactory(await TestPostgres.CreateDatabaseAsync(), "Development");
        using var warmUp = factory.CreateClient();
        await warmUp.GetAsync("/health");

        var client = await factory.SignInAsync(new TestUser(DemoAccounts.FocalPointOf("FR"), DemoAccounts.Password, Roles.FocalPoint, "FR", null, null));

        using var response = await client.GetAsync("/account");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_Development_no_demo_data_is_created()
    {
        await using var factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        using var client = factory.CreateClient();
        await client.GetAsync("/health");

        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Cycles.CountAsync());
    }
}
