using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>The secretariat's desk in the browser: five reports of one member reviewed one after another.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReviewDeskJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Five_reports_of_a_member_are_reviewed_one_after_another_with_approve_and_next()
    {
        string[] codes = ["I.1", "I.2", "I.3", "I.4", "I.5"];
        await app.Factory.ReportedCycleAsync("2034-H1", "CA", codes);
        await using (var db = app.Factory.CreateDbContext())
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Code == "2034-H1");
            var at = DateTimeOffset.UtcNow.AddDays(-10);
            foreach (var report in await db.Reports.Where(r => r.CycleId == cycle.Id && r.LastChangedAt != null).OrderBy(r => r.CommitmentId).ToListAsync())
            {
                report.Submit(cycle, "fp-ca@example.org", at = at.AddHours(1));
            }

            await db.SaveChangesAsync();
        }

        var reviewer = await app.Factory.CreateAsync(Roles.Secretariat);
        await using var ui = await Ui.OpenAsync(browser, app, nameof(Five_reports_of_a_member_are_reviewed_one_after_another_with_approve_and_next));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(reviewer);
            await ui.GotoAsync("/review?cycle=2034-H1&member=CA");
            await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for review (5)" })).ToBeVisibleAsync();
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Link, new() { Name = "Review Canada, I.1" }));
            await ui.CheckAccessibilityAsync();
            foreach (var code in codes)
            {
                await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(code);
                await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Approve, then the next report" }));
            }

            await Assertions.Expect(ui.Notice).ToContainTextAsync("That was the last report in this queue.");
            await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for review (0)" })).ToBeVisibleAsync();
            Assert.EndsWith("/review?cycle=2034-H1&member=CA", ui.Page.Url, StringComparison.Ordinal);
        });

        foreach (var code in codes)
        {
            Assert.Equal(ReviewState.Approved, (await app.Factory.StoredReportAsync("2034-H1", "CA", code)).State);
        }
    }
}
