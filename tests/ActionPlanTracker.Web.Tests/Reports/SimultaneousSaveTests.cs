using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>
/// Two focal points of one member press Save on the same report at the same moment, again and again: each time one
/// save stands and the other gets the conflict message; never an error, never a lost or doubled revision, and the
/// audit chain (written under a lock by every transaction) stays whole.
/// </summary>
public sealed class SimultaneousSaveTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Rounds = 25;

    [Fact]
    public async Task Every_round_of_two_simultaneous_saves_has_one_winner_and_one_conflict()
    {
        await app.Factory.OpenCycleAsync("2035-H1");
        var id = await app.Factory.ReportIdAsync("2035-H1", "FR", "II.2");
        using var first = await app.Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var second = await app.Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var revisionsBefore = (await app.Factory.StoredAsync(id)).RevisionCount;

        for (var round = 0; round < Rounds; round++)
        {
            var formA = await ReportForm.ReadAsync(first, id);
            var formB = await ReportForm.ReadAsync(second, id);
            var saves = await Task.WhenAll(
                formA.PostAsync(first, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", $"Round {round}: first writer.")),
                formB.PostAsync(second, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", $"Round {round}: second writer.")));

            var statuses = saves.Select(s => s.StatusCode).Order().ToList();
            foreach (var save in saves)
            {
                save.Dispose();
            }

            Assert.True(statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                $"Round {round}: expected one save and one conflict, got {string.Join(", ", statuses)}.");
        }

        await using var db = app.Factory.CreateDbContext();
        var report = await db.Reports.AsNoTracking().Include(r => r.Revisions).SingleAsync(r => r.Id == id);
        Assert.Equal(revisionsBefore + Rounds, report.RevisionCount);
        Assert.Equal(Enumerable.Range(1, report.RevisionCount), report.Revisions.Select(v => v.Number).Order());
        Assert.StartsWith($"Round {Rounds - 1}:", report.Narrative, StringComparison.Ordinal);
    }
}
