using System.Text.RegularExpressions;
using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>A cycle from the focal point's first report to the auditor's trail, as the people involved click through it.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReportingCycleJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Commitments = ["I.1", "I.2", "I.3"];

    /// <summary>
    /// Once in English; once in French, where the focal point switches the site to French with the switch on the page
    /// (kept in the profile) and the secretariat's and the auditor's browsers ask for French themselves.
    /// </summary>
    [Theory]
    [InlineData("en", "2030")]
    [InlineData("fr", "2031")]
    public async Task Focal_point_files_secretariat_returns_then_approves_and_the_dashboard_summary_and_trail_show_it(string language, string year)
    {
        var words = JourneyWords.Of(language);
        var (previous, current) = ($"{year}-H1", $"{year}-H2");
        var factory = app.Factory;
        var focalPointUser = await factory.CreateAsync(Roles.FocalPoint, "FR");
        var secretariatUser = await factory.CreateAsync(Roles.Secretariat);
        var auditorUser = await factory.CreateAsync(Roles.Auditor);
        await factory.PublishCyclesAsync("2030-H1", "2030-H2", "2031-H1", "2031-H2");
        await factory.ReportedCycleAsync(previous, "FR", Commitments);
        await factory.OpenCycleAsync(current);
        var test = $"{nameof(Focal_point_files_secretariat_returns_then_approves_and_the_dashboard_summary_and_trail_show_it)}-{language}";
        await using var focalPoint = await Ui.OpenAsync(browser, app, test);
        await using var secretariat = await Ui.OpenAsync(browser, app, test, new UiOptions(Locale: words.Locale));
        await using var auditor = await Ui.OpenAsync(browser, app, test, new UiOptions(Locale: words.Locale));

        await Ui.RunAsync([focalPoint, secretariat, auditor], async () =>
        {
            await focalPoint.SignInAsync(focalPointUser);
            if (language == "fr")
            {
                // The switch on the page: from now on this person's pages are French, in any browser.
                await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = "Français" }));
                await Assertions.Expect(focalPoint.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            }

            // The focal point carries last cycle forward, then brings three reports up to date and submits them.
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = words.MyReports }));
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = words.CarryForward }));
            await Assertions.Expect(focalPoint.Notice).ToContainTextAsync(words.CarriedNotice.Replace("2030", year, StringComparison.Ordinal));
            foreach (var code in Commitments)
            {
                await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = JourneyWords.Format(words.EditReport, code) }));
                await Assertions.Expect(focalPoint.Page.GetByLabel(words.Narrative)).ToHaveValueAsync($"{previous}: first steps on {code}.");
                await focalPoint.Page.GetByLabel(words.Substantial).CheckAsync();
                await focalPoint.Page.GetByLabel(words.Narrative).FillAsync($"{current}: a joint unit works on {code} since March.");
                await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = words.SaveAndSubmit }));
                await Assertions.Expect(focalPoint.Notice).ToHaveTextAsync(JourneyWords.Format(words.Submitted, code));
            }

            // The secretariat returns I.1 with a comment and approves the other two.
            await secretariat.SignInAsync(secretariatUser);
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = words.ReviewQueue }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = JourneyWords.Format(words.ReviewReport, "I.1") }));
            await secretariat.Page.GetByLabel(words.Comment).FillAsync("Please name the units and the month each started.");
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = words.Return }));
            foreach (var code in Commitments[1..])
            {
                await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = JourneyWords.Format(words.ReviewReport, code) }));
                await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = words.Approve, Exact = true }));
            }

            // The focal point reads the comment, revises and submits again; the secretariat approves.
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = words.MyReports }));
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = words.ReturnedSeeComment }));
            await Assertions.Expect(focalPoint.Main).ToContainTextAsync("Please name the units and the month each started.");
            await focalPoint.Page.GetByLabel(words.Narrative).FillAsync($"{current}: the Lyon and Nice units work on I.1 since March.");
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = words.SaveAndSubmit }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = words.ReviewQueue }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = JourneyWords.Format(words.ReviewReport, "I.1") }));
            await Assertions.Expect(secretariat.Main).ToContainTextAsync("the Lyon and Nice units");
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = words.Approve, Exact = true }));

            // The dashboard shows France's three reports approved at their new level.
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = words.Dashboard }));
            foreach (var code in Commitments)
            {
                await Assertions.Expect(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = JourneyWords.Format(words.Cell, code) })).ToBeVisibleAsync();
            }

            // The summary's DOCX arrives in the reader's language and opens, with the revised text in it as written.
            await secretariat.GotoAsync($"/cycles/{current}/summary");
            var download = await secretariat.Page.RunAndWaitForDownloadAsync(() => secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "DOCX" }).ClickAsync());
            var file = Path.Combine(Ui.OutputRoot, "downloads", download.SuggestedFilename);
            await download.SaveAsAsync(file);
            using (var document = WordprocessingDocument.Open(file, isEditable: false))
            {
                var text = document.MainDocumentPart!.Document!.Body!.InnerText;
                Assert.Contains("the Lyon and Nice units work on I.1", text, StringComparison.Ordinal);
                Assert.Contains(words.SummaryTitle, text, StringComparison.Ordinal);
            }

            // The auditor finds the return, the approvals and the download in the trail.
            await auditor.SignInAsync(auditorUser);
            await auditor.FollowAsync(auditor.Page.GetByRole(AriaRole.Link, new() { Name = words.AuditTrail }));
            await auditor.Page.GetByLabel(words.Actor, new() { Exact = true }).FillAsync(secretariatUser.Email);
            await auditor.FollowAsync(auditor.Page.GetByRole(AriaRole.Button, new() { Name = words.Show, Exact = true }));
            var trail = auditor.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex(words.EventsCaption) });
            foreach (var action in words.TrailActions)
            {
                await Assertions.Expect(trail).ToContainTextAsync(action);
            }
        });

        foreach (var code in Commitments)
        {
            var stored = await factory.StoredReportAsync(current, "FR", code);
            Assert.Equal(ReviewState.Approved, stored.State);
            Assert.Equal(Completion.Substantial, stored.Completion);
        }

        await using var db = factory.CreateDbContext();
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.Actor == secretariatUser.Email).Select(e => e.Action).ToListAsync();
        Assert.Contains("Returned", actions);
        Assert.Equal(3, actions.Count(a => a == "Approved"));
        Assert.Equal(language == "fr" ? "fr" : null,
            await db.Users.Where(u => u.Email == focalPointUser.Email).Select(u => u.PreferredLanguage).SingleAsync());
    }
}
