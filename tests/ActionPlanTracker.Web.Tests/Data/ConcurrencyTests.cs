using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Data;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Second_writer_of_a_report_gets_a_conflict_and_the_first_save_stands()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var id = await ReportSeed.CreateSavedReportAsync(connectionString);
        await using var first = TestPostgres.CreateContext(connectionString);
        await using var second = TestPostgres.CreateContext(connectionString);
        var firstCopy = await first.Reports.Include(r => r.Revisions).SingleAsync(r => r.Id == id);
        var secondCopy = await second.Reports.Include(r => r.Revisions).SingleAsync(r => r.Id == id);
        var cycle1 = await first.Cycles.SingleAsync(c => c.Id == firstCopy.CycleId);
        var cycle2 = await second.Cycles.SingleAsync(c => c.Id == secondCopy.CycleId);

        firstCopy.SaveDraft(cycle1, Content("First writer's text."), "fp-fr-1@example.org", ReportSeed.Now.AddMinutes(1));
        await first.SaveChangesAsync();
        secondCopy.SaveDraft(cycle2, Content("Second writer's text."), "fp-fr-2@example.org", ReportSeed.Now.AddMinutes(2));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = TestPostgres.CreateContext(connectionString);
        var stored = await check.Reports.AsNoTracking().Include(r => r.Revisions).SingleAsync(r => r.Id == id);
        Assert.Equal("First writer's text.", stored.Narrative);
        Assert.Equal(2, stored.Revisions.Count);
    }

    [Fact]
    public async Task Second_writer_of_a_cycle_gets_a_conflict()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var setup = TestPostgres.CreateContext(connectionString))
        {
            setup.Cycles.Add(new ReportingCycle(CycleCode.Parse("2027-H1"), new(2027, 1, 1), new(2027, 6, 30), new(2027, 7, 15), new(2027, 9, 1), await setup.AdoptedPlanAsync()));
            await setup.SaveChangesAsync();
        }

        await using var first = TestPostgres.CreateContext(connectionString);
        await using var second = TestPostgres.CreateContext(connectionString);
        var a = await first.Cycles.SingleAsync(c => c.Code == "2027-H1");
        var b = await second.Cycles.SingleAsync(c => c.Code == "2027-H1");

        a.Open();
        await first.SaveChangesAsync();
        b.Reschedule(new(2027, 1, 1), new(2027, 6, 30), new(2027, 7, 20), new(2027, 9, 1));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private static ReportContent Content(string narrative) => new(Completion.Substantial, narrative, "", "", [], null);
}
