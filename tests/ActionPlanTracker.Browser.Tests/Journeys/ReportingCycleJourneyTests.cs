using System.Text.RegularExpressions;
using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>A cycle from the focal point's first report to the auditor's trail, as the people involved click through it.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReportingCycleJourneyTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Commitments = ["I.1", "I.2", "I.3"];

    [Fact]
    public async Task Focal_point_files_secretariat_returns_then_approves_and_the_dashboard_summary_and_trail_show_it()
    {
        var factory = app.Factory;
        await factory.ReportedCycleAsync("2030-H1", "FR", Commitments);
        await factory.OpenCycleAsync("2030-H2");
        var focalPointUser = await factory.CreateAsync(Roles.FocalPoint, "FR");
        var secretariatUser = await factory.CreateAsync(Roles.Secretariat);
        var auditorUser = await factory.CreateAsync(Roles.Auditor);
        await using var focalPoint = await Ui.OpenAsync(browser, app, nameof(Focal_point_files_secretariat_returns_then_approves_and_the_dashboard_summary_and_trail_show_it));
        await using var secretariat = await Ui.OpenAsync(browser, app, focalPoint.Test);
        await using var auditor = await Ui.OpenAsync(browser, app, focalPoint.Test);

        await Ui.RunAsync([focalPoint, secretariat, auditor], async () =>
        {
            // The focal point carries last cycle forward, then brings three reports up to date and submits them.
            await focalPoint.SignInAsync(focalPointUser);
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = "My reports" }));
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = "Carry forward last cycle's reports" }));
            await Assertions.Expect(focalPoint.Notice).ToContainTextAsync("3 reports started from what you reported in 2030-H1");
            foreach (var code in Commitments)
            {
                await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = $"Edit {code}" }));
                await Assertions.Expect(focalPoint.Page.GetByLabel("What was done in the period")).ToHaveValueAsync($"2030-H1: first steps on {code}.");
                await focalPoint.Page.GetByLabel("Substantial").CheckAsync();
                await focalPoint.Page.GetByLabel("What was done in the period").FillAsync($"2030-H2: a joint unit works on {code} since March.");
                await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = "Save and submit" }));
                await Assertions.Expect(focalPoint.Notice).ToHaveTextAsync($"Your report on {code} is submitted to the secretariat.");
            }

            // The secretariat returns I.1 with a comment and approves the other two.
            await secretariat.SignInAsync(secretariatUser);
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Review France, I.1" }));
            await secretariat.Page.GetByLabel("Comment for the focal point").FillAsync("Please name the units and the month each started.");
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = "Return to the focal point" }));
            foreach (var code in Commitments[1..])
            {
                await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = $"Review France, {code}" }));
                await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }));
            }

            // The focal point reads the comment, revises and submits again; the secretariat approves.
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = "My reports" }));
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Link, new() { Name = "Returned: see comment" }));
            await Assertions.Expect(focalPoint.Main).ToContainTextAsync("Please name the units and the month each started.");
            await focalPoint.Page.GetByLabel("What was done in the period").FillAsync("2030-H2: the Lyon and Nice units work on I.1 since March.");
            await focalPoint.FollowAsync(focalPoint.Page.GetByRole(AriaRole.Button, new() { Name = "Save and submit" }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }));
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Review France, I.1" }));
            await Assertions.Expect(secretariat.Main).ToContainTextAsync("the Lyon and Nice units");
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }));

            // The dashboard shows France's three reports approved at their new level.
            await secretariat.FollowAsync(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }));
            foreach (var code in Commitments)
            {
                await Assertions.Expect(secretariat.Page.GetByRole(AriaRole.Link, new() { Name = $"FR, {code}: Substantial, Approved" })).ToBeVisibleAsync();
            }

            // The summary's DOCX arrives and opens, with the revised text in it.
            await secretariat.GotoAsync("/cycles/2030-H2/summary");
            var download = await secretariat.Page.RunAndWaitForDownloadAsync(() => secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "DOCX" }).ClickAsync());
            var file = Path.Combine(Ui.OutputRoot, "downloads", download.SuggestedFilename);
            await download.SaveAsAsync(file);
            using (var document = WordprocessingDocument.Open(file, isEditable: false))
            {
                Assert.Contains("the Lyon and Nice units work on I.1", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
            }

            // The auditor finds the return, the approvals and the download in the trail.
            await auditor.SignInAsync(auditorUser);
            await auditor.FollowAsync(auditor.Page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }));
            await auditor.Page.GetByLabel("Actor").FillAsync(secretariatUser.Email);
            await auditor.FollowAsync(auditor.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }));
            var trail = auditor.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Events") });
            await Assertions.Expect(trail).ToContainTextAsync("Returned");
            await Assertions.Expect(trail).ToContainTextAsync("Approved");
            await Assertions.Expect(trail).ToContainTextAsync("Exported");
        });

        foreach (var code in Commitments)
        {
            var stored = await factory.StoredReportAsync("2030-H2", "FR", code);
            Assert.Equal(ReviewState.Approved, stored.State);
            Assert.Equal(Completion.Substantial, stored.Completion);
        }

        await using var db = factory.CreateDbContext();
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.Actor == secretariatUser.Email).Select(e => e.Action).ToListAsync();
        Assert.Contains("Returned", actions);
        Assert.Equal(3, actions.Count(a => a == "Approved"));
    }
}
