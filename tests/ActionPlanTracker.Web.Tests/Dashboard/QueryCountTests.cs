using System.Diagnostics;
using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>
/// Each page of the secretariat's view runs a fixed, small number of SQL commands: the same on a database holding one
/// cycle as on one holding ten years of them, every member reporting on every commitment, with their revisions.
/// </summary>
public sealed class QueryCountTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string Current = "2040-H2";

    // The dashboard, when nothing is kept (the first request after a change): four commands for the plan snapshot
    // (cycles, members, pillars with commitments, priorities) and two for the board (reports; indicators, rooted on the
    // indicators, not the reports). When the board is kept, none but the stamp, read outside EF Core (DashboardCacheTests).
    private static readonly (string Url, int Limit)[] Pages =
    [
        ($"/cycles/{Current}/dashboard", 6),
        ($"/cycles/{Current}/dashboard?pillar=I&member=DE&level=Limited&state=Approved&priority=2", 6),
        ($"/cycles/{Current}/readiness", 6),
        ($"/cycles/{Current}/changes", 6),
        ($"/cycles/{Current}/changes?changed=true", 6),
        ($"/cycles/{Current}/changes/FR/I.1", 6),
        ("/members/FR", 6),
        ($"/members/DE?cycle={Current}", 6),
        // The commitment page's seventh: its roll-up by cycle, counted in SQL over every member while the page shows ten.
        ("/plans/g7-smuggling-of-migrants-2024/commitments/I.1", 7),
        ($"/plans/g7-smuggling-of-migrants-2024/commitments/II.1?cycle={Current}", 7),
        // The review desk: the cycle, the members, the commitments monitored, the cycles to choose from, the counts, the
        // queue and the returned reports; filtered or not.
        ($"/review?cycle={Current}", 7),
        ($"/review?cycle={Current}&member=IT&pillar=II&state=all&age=7&flag=resubmitted&sort=newest", 7),
    ];

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Each_page_runs_the_same_few_commands_on_one_cycle_as_on_ten_years_of_cycles()
    {
        await Factory.OpenCycleAsync(Current);
        await Factory.ReportAsync(Current, "FR", "I.1", ReviewState.Approved, Completion.Substantial);
        await Factory.ReportAsync(Current, "DE", "I.1", ReviewState.Draft, Completion.Limited);
        await Factory.ReportAsync(Current, "IT", "II.1", ReviewState.Returned, Completion.NotStarted);
        var counter = new QueryCounter();
        await using var counted = counter.Attach(Factory);

        var oneCycle = await MeasureAllAsync(counted, counter);
        var timer = Stopwatch.StartNew();
        var added = await TenYears.AddEarlierCyclesAsync(Factory, Current, 19);
        output.WriteLine($"19 earlier cycles, {added.Reports} reports and {added.Revisions} revisions added in {timer.ElapsedMilliseconds} ms");
        var tenYears = await MeasureAllAsync(counted, counter);

        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal(20, await db.Cycles.CountAsync());
            Assert.Equal(20 * 8 * 27, await db.Reports.CountAsync());
            Assert.True(await db.ReportRevisions.CountAsync() > 19 * 8 * 27 * 2);
        }

        foreach (var (page, small) in oneCycle)
        {
            output.WriteLine($"{page}: {small} commands on one cycle, {tenYears[page]} on twenty");
        }

        Assert.Equal(oneCycle, tenYears);

        // Then a second plan monitored by the current cycle, and 80 members with slots in it.
        var (members, slots) = await WidenAsync(Factory, Current);
        var wider = await MeasureAllAsync(counted, counter);
        output.WriteLine($"A second plan and {members} members: {slots} slots in {Current}");
        Assert.Equal(oneCycle, wider);
        foreach (var (url, limit) in Pages)
        {
            Assert.InRange(oneCycle[$"{Roles.Secretariat} {url}"], 1, limit + QueryCounter.Navigation);
            Assert.InRange(oneCycle[$"{Roles.FocalPoint} {url}"], 0, limit + QueryCounter.Navigation);
        }
    }

    /// <summary>
    /// Adds a second plan (pillar VI, so that the pages' addresses name one commitment each) for the cycle to monitor,
    /// coalition partners up to 80 members, and the cycle's slots for every member on both plans.
    /// </summary>
    private static async Task<(int Members, int Slots)> WidenAsync(AppFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        var second = new ActionPlan("g7-test-second-plan", "Second test plan", "G7 Interior and Security Ministers", "Test meeting",
            new(2026, 4, 20), new(2026, 4, 21), "A test.");
        var pillar = new Pillar(6, "VI", "Document fraud", "G7 members will:");
        foreach (var number in Enumerable.Range(1, 3))
        {
            pillar.Add(new Commitment(number, $"VI.{number}", $"Second plan commitment {number}", "Text."));
        }

        second.Add(pillar);
        db.ActionPlans.Add(second);
        var known = await db.Members.CountAsync();
        foreach (var index in Enumerable.Range(0, 80 - known))
        {
            db.Members.Add(new Member($"Q{(char)('A' + (index / 26))}{(char)('A' + (index % 26))}", $"Partner {index + 1}", 1000 + index, isG7Member: false));
        }

        await db.SaveChangesAsync();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == code);
        await db.Database.ExecuteSqlAsync($"INSERT INTO cycle_plans (cycle_id, plan_id) VALUES ({cycle.Id}, {second.Id})");
        var existing = (await db.Reports.Where(r => r.CycleId == cycle.Id).Select(r => new { r.MemberId, r.CommitmentId }).ToListAsync())
            .Select(r => (r.MemberId, r.CommitmentId)).ToHashSet();
        var memberIds = await db.Members.Select(m => m.Id).ToListAsync();
        var commitmentIds = await db.Commitments.Select(c => c.Id).ToListAsync();
        foreach (var member in memberIds)
        {
            foreach (var commitment in commitmentIds.Where(c => !existing.Contains((member, c))))
            {
                db.Reports.Add(new ProgressReport(cycle.Id, member, commitment));
            }
        }

        await db.SaveChangesAsync();
        return (memberIds.Count, await db.Reports.CountAsync(r => r.CycleId == cycle.Id));
    }

    /// <summary>Signs in afresh (so no session check falls inside a measurement) and counts each page, as the secretariat and as a focal point.</summary>
    private async Task<Dictionary<string, int>> MeasureAllAsync(WebApplicationFactory<Program> counted, QueryCounter counter)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (role, member) in new[] { (Roles.Secretariat, (string?)null), (Roles.FocalPoint, "FR") })
        {
            using var client = await counted.SignInToAsync(await Factory.CreateAsync(role, member));
            foreach (var (url, _) in Pages)
            {
                var (status, commands) = await counter.MeasureAsync(client, url);
                var expected = role == Roles.FocalPoint && (url.Contains("/readiness", StringComparison.Ordinal) || url.StartsWith("/review", StringComparison.Ordinal))
                    ? HttpStatusCode.Forbidden
                    : HttpStatusCode.OK;
                Assert.True(expected == status, $"{role} {url}: {(int)status}");
                if (commands > 7 + QueryCounter.Navigation)
                {
                    output.WriteLine(string.Join("\n----\n", counter.Commands));
                }

                counts[$"{role} {url}"] = commands;
            }
        }

        return counts;
    }
}
