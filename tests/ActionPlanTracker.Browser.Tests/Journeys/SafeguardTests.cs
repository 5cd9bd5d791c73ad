using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>What protects the data, seen from the browser: lockout, conflicts, forged addresses, idle sessions.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SafeguardTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_even_the_right_one_is_then_refused()
    {
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "IT");
        await using var ui = await Ui.OpenAsync(browser, app, nameof(Five_wrong_passwords_lock_the_account_and_even_the_right_one_is_then_refused));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.GotoAsync("/account/sign-in");
            for (var attempt = 1; attempt <= 6; attempt++)
            {
                await ui.Page.GetByLabel("E-mail address").FillAsync(user.Email);
                await ui.Page.GetByLabel("Password").FillAsync(attempt <= 5 ? "not the password at all" : user.Password);
                await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
            }

            await Assertions.Expect(ui.Main).ToContainTextAsync("This account is locked after too many failed attempts.");
            Assert.Contains("/account/sign-in", ui.Page.Url, StringComparison.Ordinal);
        });

        await using var db = app.Factory.CreateDbContext();
        var lockoutEnd = await db.Users.Where(u => u.Email == user.Email).Select(u => u.LockoutEnd).SingleAsync();
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Two_browsers_saving_one_report_the_second_gets_the_conflict_and_keeps_its_text()
    {
        await app.Factory.OpenCycleAsync("2031-H2");
        var report = await app.Factory.StoredReportAsync("2031-H2", "DE", "II.1");
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "DE");
        await using var first = await Ui.OpenAsync(browser, app, nameof(Two_browsers_saving_one_report_the_second_gets_the_conflict_and_keeps_its_text));
        await using var second = await Ui.OpenAsync(browser, app, first.Test);

        await Ui.RunAsync([first, second], async () =>
        {
            foreach (var ui in new[] { first, second })
            {
                await ui.SignInAsync(user);
                await ui.GotoAsync($"/reports/{report.Id}");
            }

            await first.Page.GetByLabel("Limited").CheckAsync();
            await first.Page.GetByLabel("What was done in the period").FillAsync("Saved first, from the office.");
            await first.FollowAsync(first.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
            await Assertions.Expect(first.Notice).ToContainTextAsync("is saved");

            await second.Page.GetByLabel("Complete", new() { Exact = true }).CheckAsync();
            await second.Page.GetByLabel("What was done in the period").FillAsync("Saved second, from home.");
            await second.FollowAsync(second.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
            await Assertions.Expect(second.Main).ToContainTextAsync(JourneyWords.English.ReportConflict);
            await Assertions.Expect(second.Page.GetByLabel("What was done in the period")).ToHaveValueAsync("Saved second, from home.");
            await Assertions.Expect(second.Page.GetByRole(AriaRole.Heading, new() { Name = "What is saved now" })).ToBeVisibleAsync();
        });

        var stored = await app.Factory.StoredReportAsync("2031-H2", "DE", "II.1");
        Assert.Equal("Saved first, from the office.", stored.Narrative);
        Assert.Equal(Completion.Limited, stored.Completion);
    }

    [Fact]
    public async Task Sending_several_reports_goes_through_a_confirmation_that_keeps_a_returned_report_unchanged_since_back()
    {
        await app.Factory.ReportedCycleAsync("2033-H1", "IT", "I.1", "I.2");
        var returned = await app.Factory.StoredReportAsync("2033-H1", "IT", "I.2");
        await using (var db = app.Factory.CreateDbContext())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == returned.Id);
            var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
            report.Submit(cycle, "fp-it@example.org", DateTimeOffset.UtcNow);
            report.Return(cycle, "Give the number of officers trained.", "secretariat@example.org", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var ready = await app.Factory.StoredReportAsync("2033-H1", "IT", "I.1");
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "IT");
        await using var ui = await Ui.OpenAsync(browser, app, nameof(Sending_several_reports_goes_through_a_confirmation_that_keeps_a_returned_report_unchanged_since_back));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(user);
            await ui.GotoAsync("/reports?cycle=2033-H1");
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Link, new() { Name = "Send ready reports…" }));
            await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Name = "Send reports to the secretariat" })).ToBeVisibleAsync();
            await ui.CheckAccessibilityAsync();
            await Assertions.Expect(ui.Page.Locator($"#send-{ready.Id}")).ToBeCheckedAsync();
            await Assertions.Expect(ui.Page.Locator($"#send-{returned.Id}")).Not.ToBeCheckedAsync();
            await Assertions.Expect(ui.Main).ToContainTextAsync("Give the number of officers trained.");

            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Send the ticked reports" }));

            await Assertions.Expect(ui.Notice).ToContainTextAsync("Report I.1 sent to the secretariat.");
            Assert.EndsWith("/reports?cycle=2033-H1", ui.Page.Url, StringComparison.Ordinal);
        });

        Assert.Equal(ReviewState.Submitted, (await app.Factory.StoredReportAsync("2033-H1", "IT", "I.1")).State);
        Assert.Equal(ReviewState.Returned, (await app.Factory.StoredReportAsync("2033-H1", "IT", "I.2")).State);
    }

    [Fact]
    public async Task A_focal_point_who_types_the_address_of_another_members_report_gets_not_found()
    {
        await app.Factory.OpenCycleAsync("2032-H2");
        var other = await app.Factory.StoredReportAsync("2032-H2", "JP", "I.1");
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "CA");
        await using var ui = await Ui.OpenAsync(browser, app, nameof(A_focal_point_who_types_the_address_of_another_members_report_gets_not_found));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(user);
            var response = await ui.Page.GotoAsync($"/reports/{other.Id}");
            await ui.CheckAccessibilityAsync();

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(ui.Page.GetByLabel("What was done in the period")).ToHaveCountAsync(0);
        });

        var stored = await app.Factory.StoredReportAsync("2032-H2", "JP", "I.1");
        Assert.Null(stored.LastChangedAt);
    }

    [Fact]
    public async Task An_idle_session_expires_and_signing_in_again_returns_to_the_page()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        await using var ui = await Ui.OpenAsync(browser, app, nameof(An_idle_session_expires_and_signing_in_again_returns_to_the_page));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(user);
            await ui.GotoAsync("/audit");
            await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 })).ToBeVisibleAsync();

            // The server's clock moves past the idle timeout; the browser still holds its cookie.
            app.Clock.Advance(TimeSpan.FromMinutes(31));
            await ui.GotoAsync("/audit");

            Assert.Contains("/account/sign-in", ui.Page.Url, StringComparison.Ordinal);
            await ui.Page.GetByLabel("E-mail address").FillAsync(user.Email);
            await ui.Page.GetByLabel("Password").FillAsync(user.Password);
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
            Assert.EndsWith("/audit", new Uri(ui.Page.Url).AbsolutePath, StringComparison.Ordinal);
        });
    }
}
