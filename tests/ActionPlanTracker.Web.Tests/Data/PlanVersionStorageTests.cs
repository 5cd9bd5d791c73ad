using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Data;

/// <summary>A draft version of the seeded plan, reworded, split, merged and retired, saved and read back with its lineage.</summary>
public sealed class PlanVersionStorageTests
{
    [Fact]
    public async Task A_drafts_lineage_is_stored_audited_and_read_back_as_it_was_made()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var db = new ActionPlanDbContext(new DbContextOptionsBuilder<ActionPlanDbContext>()
            .UseActionPlanDatabase(connectionString)
            .AddInterceptors(new AuditInterceptor(new Administrator(), TimeProvider.System))
            .Options))
        {
            var adopted = await LoadAsync(db, PlanDocument.Adopted.Key);
            var draft = adopted.DraftNext("g7-smuggling-of-migrants-2027");
            Commitment Code(string code) => draft.Commitments.Single(c => c.Code == code);
            draft.Reword(Code("I.2"), "Liaison officers", "Deploy liaison officers to more countries of transit.");
            draft.Split(Code("I.3"), [("I.3", "Joint teams", "Joint investigation teams."), ("I.7", "Joint analysis", "Joint analysis of routes.")]);
            draft.Merge([Code("II.1"), Code("II.2")], "II.1", "UNTOC and its forums", "Implement UNTOC through its forums.",
                keeps: adopted.Commitments.Single(c => c.Code == "II.2"));
            draft.Retire(Code("V.1"));
            db.ActionPlans.Add(draft);
            await db.SaveChangesAsync();
        }

        await using var read = TestPostgres.CreateContext(connectionString);
        var stored = await LoadAsync(read, "g7-smuggling-of-migrants-2027");
        stored = await read.ActionPlans
            .Include(p => p.PreviousVersion).ThenInclude(p => p!.Pillars).ThenInclude(p => p.Commitments)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == stored.Id);
        Commitment Stored(string code) => stored.Commitments.Single(c => c.Code == code);

        Assert.Equal(PlanState.Draft, stored.State);
        Assert.Equal(LineageKind.Continued, PlanLineage.KindOf(stored, Stored("I.1")));
        Assert.Equal(LineageKind.Reworded, PlanLineage.KindOf(stored, Stored("I.2")));
        Assert.Equal([LineageKind.Split, LineageKind.Split], new[] { "I.3", "I.7" }.Select(c => PlanLineage.KindOf(stored, Stored(c))));
        Assert.Equal(LineageKind.Merged, PlanLineage.KindOf(stored, Stored("II.1")));
        Assert.Equal("II.2", Assert.Single(Stored("II.1").CarriedFrom).Code);
        Assert.Equal(["V.1"], PlanLineage.Retired(stored).Select(c => c.Code));
        var audited = await read.AuditEvents.Where(e => e.Entity == "CommitmentLineage" && e.EntityKey == "II.1<II.2").CountAsync();
        Assert.Equal(1, audited);
    }

    private static Task<ActionPlan> LoadAsync(ActionPlanDbContext db, string key) =>
        db.ActionPlans
            .Include(p => p.Priorities)
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Priorities)
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Predecessors).ThenInclude(l => l.Predecessor)
            .AsSplitQuery()
            .SingleAsync(p => p.Key == key);

    private sealed class Administrator : IActorAccessor
    {
        public string Actor => "admin@example.org";
    }
}
