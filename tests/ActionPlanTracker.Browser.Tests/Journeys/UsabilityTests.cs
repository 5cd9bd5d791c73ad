using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Demo;
using ActionPlanTracker.Web.Pages.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>The demo data as a person meets it: with the keyboard alone, without JavaScript, at desk and phone widths.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class UsabilityTests(BrowserFixture browser, DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    private const string OpenCycle = "2026-H2";

    [Fact]
    public async Task The_report_form_is_filled_and_submitted_with_the_keyboard_alone()
    {
        var report = await EmptyReportAsync("GB");
        var text = "Typed with the keyboard only: two joint patrols since May.";
        await using var ui = await Ui.OpenAsync(browser, app, nameof(The_report_form_is_filled_and_submitted_with_the_keyboard_alone));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(DemoUser(DemoAccounts.FocalPointOf("GB")));
            await ui.GotoAsync($"/reports/{report.Id}");
            var keyboard = ui.Page.Keyboard;

            // The reason a commitment does not apply is asked for only when Not applicable is chosen.
            var reason = ui.Page.GetByLabel("Reason it does not apply");
            await Assertions.Expect(reason).ToBeHiddenAsync();
            await ui.Page.GetByLabel("Not applicable", new() { Exact = true }).CheckAsync();
            await Assertions.Expect(reason).ToBeVisibleAsync();
            await ui.Page.Locator("input[type=radio]").First.CheckAsync();
            await Assertions.Expect(reason).ToBeHiddenAsync();
            await ui.Page.Locator("input[type=radio]").First.FocusAsync();
            await keyboard.PressAsync("Shift+Tab");

            // Into the completion choices: Space chooses the one that has focus.
            await TabUntilAsync(ui, "input[type=radio]");
            await keyboard.PressAsync("Space");
            await TabUntilAsync(ui, "#Input_Narrative");
            Assert.Equal("solid", await ui.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
            await keyboard.TypeAsync(text);

            // One step too far and back again, then on to the submit button.
            await keyboard.PressAsync("Tab");
            await keyboard.PressAsync("Shift+Tab");
            Assert.Equal("Input_Narrative", await FocusedIdAsync(ui));
            await TabUntilAsync(ui, "button.button--primary");
            await ui.Page.RunAndWaitForNavigationAsyncCompat(() => keyboard.PressAsync("Enter"));
            await Assertions.Expect(ui.Notice).ToContainTextAsync("is submitted to the secretariat");
        });

        var stored = await app.Factory.StoredReportAsync(OpenCycle, "GB", report.Code);
        Assert.Equal(ReviewState.Submitted, stored.State);
        Assert.Equal(text, stored.Narrative);
        Assert.NotNull(stored.Completion);
    }

    [Fact]
    public async Task Read_pages_and_the_report_form_work_with_JavaScript_off()
    {
        var report = await EmptyReportAsync("JP");
        await using var ui = await Ui.OpenAsync(browser, app, nameof(Read_pages_and_the_report_form_work_with_JavaScript_off), new UiOptions(JavaScript: false));

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(DemoUser(DemoAccounts.FocalPointOf("JP")));
            foreach (var (path, heading) in new[]
            {
                ("/reports", "My reports"), ("/dashboard", "Dashboard"), ("/plans", "Action plans"), ("/plans/g7-smuggling-of-migrants-2024", "G7 Action Plan"), ("/cycles", "Reporting cycles"),
                ("/members/JP", "Japan"), ($"/reports/{report.Id}/history", "History"),
            })
            {
                var response = await ui.Page.GotoAsync(path);
                Assert.True(response!.Ok, $"{path} answered {response.Status}");
                await Assertions.Expect(ui.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            }

            await ui.GotoAsync($"/reports/{report.Id}");
            await Assertions.Expect(ui.Page.GetByLabel("Reason it does not apply")).ToBeVisibleAsync();
            await ui.Page.GetByLabel("Limited").CheckAsync();
            await ui.Page.GetByLabel("What was done in the period").FillAsync("Saved without any script.");
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
            await Assertions.Expect(ui.Notice).ToContainTextAsync("is saved");
        });

        var stored = await app.Factory.StoredReportAsync(OpenCycle, "JP", report.Code);
        Assert.Equal("Saved without any script.", stored.Narrative);
        Assert.Equal(Completion.Limited, stored.Completion);
    }

    [Fact]
    public async Task A_template_edited_after_a_colleague_saved_shows_both_texts_and_keeps_the_newer_one_unless_the_row_is_ticked()
    {
        var report = await EmptyReportAsync("IT");
        await using var ui = await Ui.OpenAsync(browser, app, nameof(A_template_edited_after_a_colleague_saved_shows_both_texts_and_keeps_the_newer_one_unless_the_row_is_ticked));
        var edited = Path.Combine(Path.GetTempPath(), $"reports-{Guid.NewGuid():N}.xlsx");

        await Ui.RunAsync([ui], async () =>
        {
            await ui.SignInAsync(DemoUser(DemoAccounts.FocalPointOf("IT")));
            await ui.GotoAsync("/import");
            var download = await ui.Page.RunAndWaitForDownloadAsync(() => ui.Page.GetByRole(AriaRole.Link, new() { Name = $"Download the template for {OpenCycle}" }).ClickAsync());
            var template = await File.ReadAllBytesAsync(await download.PathAsync());

            // A colleague saves the report in the form after the template was downloaded.
            await using (var db = app.Factory.CreateDbContext())
            {
                var stored = await db.Reports.SingleAsync(r => r.Id == report.Id);
                var cycle = await db.Cycles.SingleAsync(c => c.Id == stored.CycleId);
                stored.SaveDraft(cycle, stored.Content with { Completion = Completion.Limited, Narrative = "The colleague's newer text." }, "colleague@example.org", DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
            }

            var sheet = ImportSheet.Read(template, app.Factory.Services.GetRequiredService<IStringLocalizer<ImportResources>>());
            var rows = sheet.Rows.Select(r => r.Values[ImportSheet.Commitment] == report.Code
                ? r.Values.Select((v, i) => i == ImportSheet.Narrative ? "Typed in the old copy of the template." : i == ImportSheet.Completion ? "Substantial" : v).ToList()
                : r.Values).ToList();
            var row = sheet.Rows.Single(r => r.Values[ImportSheet.Commitment] == report.Code).Number;
            await File.WriteAllBytesAsync(edited, ImportSheet.Write("Reports", rows));

            await ui.Page.Locator("#Input_File").SetInputFilesAsync(edited);
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }));
            await Assertions.Expect(ui.Main).ToContainTextAsync("1 report was saved after your template was downloaded");
            await Assertions.Expect(ui.Main).ToContainTextAsync("The colleague's newer text.");
            await ui.ScreenshotAsync("import-conflict");

            await ui.Page.GetByLabel($"Replace the saved text with row {row} of the file").CheckAsync();
            await ui.FollowAsync(ui.Page.GetByRole(AriaRole.Button, new() { Name = "Save the changes as drafts (ticked rows included)" }));
            await Assertions.Expect(ui.Notice).ToContainTextAsync("1 report is saved as a draft");
        });

        File.Delete(edited);
        var saved = await app.Factory.StoredReportAsync(OpenCycle, "IT", report.Code);
        Assert.Equal("Typed in the old copy of the template.", saved.Narrative);
    }

    private sealed class FrameState
    {
        public bool Scrolls { get; set; }

        public bool Focusable { get; set; }

        public string Name { get; set; } = "";
    }

    private const string FrameStates = """
        () => [...document.querySelectorAll('.table-wrap')].map(frame => {
            const by = frame.getAttribute('aria-labelledby');
            const name = by ? by.split(' ').map(id => document.getElementById(id)?.textContent.trim() ?? '').join(' ') : (frame.getAttribute('aria-label') ?? '');
            return { scrolls: frame.scrollWidth > frame.clientWidth + 1, focusable: frame.tabIndex === 0 && frame.hasAttribute('tabindex'), name };
        })
        """;

    [Fact]
    public async Task The_accessibility_check_refuses_a_page_with_an_unlabelled_field_and_unreadable_text()
    {
        await using var ui = await Ui.OpenAsync(browser, app, nameof(The_accessibility_check_refuses_a_page_with_an_unlabelled_field_and_unreadable_text));
        await ui.Page.SetContentAsync(
            "<html lang=\"en\"><head><title>Bad page</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main><h1>Bad</h1>"
            + "<input type=\"text\"><p><span class=\"muted\" style=\"color:#ddd\">faint</span></p></main></body></html>");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(ui.CheckAccessibilityAsync);

        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The outermost elements that reach past the right edge of the viewport, outside any scrolling frame.</summary>
    private const string OverflowingElements = """
        () => {
            const width = document.documentElement.clientWidth;
            const scrolls = e => { const frame = e.parentElement?.closest('.table-wrap, pre'); return frame !== null && frame !== undefined; };
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && !scrolls(e))
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
        }
        """;

    private static TestUser DemoUser(string email) => new(email, DemoAccounts.Password, "", null, null, null);

    private async Task<(int Id, string Code)> EmptyReportAsync(string member)
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Reports.AsNoTracking()
            .Where(r => r.LastChangedAt == null && r.State == ReviewState.Draft
                && db.Cycles.Any(c => c.Id == r.CycleId && c.Code == OpenCycle)
                && db.Members.Any(m => m.Id == r.MemberId && m.Code == member))
            .OrderBy(r => r.CommitmentId)
            .Select(r => new ValueTuple<int, string>(r.Id, db.Commitments.Single(c => c.Id == r.CommitmentId).Code))
            .FirstAsync();
    }

    /// <summary>Presses Tab until the focused element matches the selector (at most 80 times).</summary>
    private static async Task TabUntilAsync(Ui ui, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await ui.Page.Keyboard.PressAsync("Tab");
            if (await ui.Page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}.");
    }

    private static Task<string> FocusedIdAsync(Ui ui) => ui.Page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
}
