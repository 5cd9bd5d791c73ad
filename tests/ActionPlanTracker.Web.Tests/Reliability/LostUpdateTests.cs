using System.Diagnostics;
using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Reports;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// Two writers save the same report at the same moment, from the same version of the form, a thousand times: each
/// round exactly one save stands and the other is told, with its text kept; the history holds the winners and only them.
/// </summary>
public sealed class LostUpdateTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Rounds = 1000;

    [Fact]
    public async Task A_thousand_rounds_of_two_simultaneous_saves_keep_exactly_the_winning_saves()
    {
        await app.Factory.OpenCycleAsync("2041-H1");
        var id = await app.Factory.ReportIdAsync("2041-H1", "DE", "III.1");
        using var first = await ReportSaver.SignInAsync(app.Factory, id, "DE");
        using var second = await ReportSaver.SignInAsync(app.Factory, id, "DE");
        var conflict = ReportForm.Html.Encode(EditModel.ConflictMessage);
        var winners = new List<string>(Rounds);
        var clock = Stopwatch.StartNew();

        for (var round = 0; round < Rounds; round++)
        {
            var version = await ReportSaver.VersionAsync(app.Factory, id);
            string[] texts = [$"Round {round}: the first writer's text.", $"Round {round}: the second writer's text."];
            var answers = await Task.WhenAll(first.SaveAsync(version, texts[0]), second.SaveAsync(version, texts[1]));
            var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
            var statuses = answers.Select(a => a.StatusCode).ToArray();
            foreach (var answer in answers)
            {
                answer.Dispose();
            }

            var won = Array.IndexOf(statuses, HttpStatusCode.Redirect);
            var lost = Array.IndexOf(statuses, HttpStatusCode.Conflict);
            Assert.True(won >= 0 && lost >= 0, $"Round {round}: expected one save (302) and one conflict (409), got {string.Join(", ", statuses)}.");
            Assert.Contains(conflict, bodies[lost], StringComparison.Ordinal);
            Assert.Contains(ReportForm.Html.Encode(texts[lost]), bodies[lost], StringComparison.Ordinal);
            winners.Add(texts[won]);
        }

        output.WriteLine($"{Rounds} rounds of two simultaneous saves in {clock.Elapsed.TotalSeconds:F1} s.");
        await using var db = app.Factory.CreateDbContext();
        var history = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ProgressReportId == id).OrderBy(v => v.Number).Select(v => v.Narrative).ToListAsync();
        Assert.Equal(winners, history);
        var stored = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(winners[^1], stored.Narrative);
        Assert.Equal(Rounds, await app.Factory.AuditEventsAsync(id, nameof(RevisionAction.Saved)));
    }
}
