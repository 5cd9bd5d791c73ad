using ActionPlanTracker.Browser.Tests.Infrastructure;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Browser.Tests.Journeys;

public sealed partial class UsabilityTests
{
    /// <summary>
    /// Pages a person cannot open by an address of their own, each reached by a journey that checks it as every page
    /// is checked (<see cref="Ui.CheckAccessibilityAsync"/>), or not a page a person reads.
    /// </summary>
    private static readonly Dictionary<string, string> PagesReachedOtherwise = new()
    {
        ["Index"] = "redirects to the person's first page",
        ["Language"] = "redirects back after choosing a language",
        ["Dashboard/Current"] = "redirects to the current cycle's dashboard",
        ["Account/SignOut"] = "redirects to the sign-in page",
        ["Account/SignInCode"] = "reached while signing in with two-factor authentication (the administrator, below)",
        ["Import/Preview"] = "reached by uploading a file (the import journey)",
        ["Attachments/Download"] = "a file",
        ["Audit/Export"] = "a file",
        ["Summary/Download"] = "a file",
    };

    /// <summary>
    /// Every page of the authorization matrix, opened by someone who may read it, at desk and phone widths: each is
    /// checked by axe with no serious violation and no contrast left for review (every cell of every table measured,
    /// charts included), it is no wider than the screen, the key pages are photographed, and its table frames are keyboard stops only where they scroll, named, with a dark ring.
    /// </summary>
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Every_page_passes_axe_with_every_contrast_measured_and_frames_only_where_tables_scroll(int width, int height)
    {
        var own = await app.Factory.StoredReportAsync(OpenCycle, "FR", "I.1");
        var other = await app.Factory.StoredReportAsync(OpenCycle, "DE", "I.1");
        int indicator;
        string user;
        List<int> waiting;
        var draft = $"g7-contrast-draft-{width}";
        await using (var db = app.Factory.CreateDbContext())
        {
            var entity = new Indicator(own.CommitmentId, $"Officers trained ({width} px)", "people", "Officers who finished the course.",
                IndicatorKind.Count, null, null, DemoAccounts.Secretariat, app.Clock.GetUtcNow());
            db.Indicators.Add(entity);
            await db.SaveChangesAsync();
            indicator = entity.Id;
            user = await db.Users.Where(u => u.Email == DemoAccounts.FocalPointOf("IT")).Select(u => u.Id).SingleAsync();
            await db.DraftPlanAsync(draft);
            waiting = await db.Reports.Where(r => r.State == ReviewState.Submitted).OrderBy(r => r.Id).Select(r => r.Id).Take(4).ToListAsync();
        }

        var test = $"{nameof(Every_page_passes_axe_with_every_contrast_measured_and_frames_only_where_tables_scroll)}-{width}";
        await using var focalPoint = await Ui.OpenAsync(browser, app, test, new UiOptions(width, height));
        await using var secretariat = await Ui.OpenAsync(browser, app, test, new UiOptions(width, height));
        await using var administrator = await Ui.OpenAsync(browser, app, test, new UiOptions(width, height));
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        var pages = new (string Page, Ui Who, string Path, string? Shot)[]
        {
            ("Plan/Index", focalPoint, "/plans", "plans"), ("Plan/Details", focalPoint, "/plans/g7-smuggling-of-migrants-2024", "plan"), ("Error", focalPoint, "/Error", null), ("Status", focalPoint, "/Status/404", null),
            ("Account/SetPassword", focalPoint, "/account/set-password", null), ("Account/SignIn", focalPoint, "/account/sign-in", "sign-in"),
            ("Reports/Index", focalPoint, "/reports", "my-reports"), ("Reports/Submit", focalPoint, "/reports/submit", "send-reports"), ("Reports/Edit", focalPoint, $"/reports/{own.Id}", "report"),
            ("Reports/History", focalPoint, $"/reports/{own.Id}/history", null), ("Attachments/Index", focalPoint, $"/reports/{own.Id}/attachments", null),
            ("Audit/Report", focalPoint, $"/audit/reports/{own.Id}", null), ("Import/Index", focalPoint, "/import", null),
            ("Account/Index", focalPoint, "/account", null), ("Account/ChangePassword", focalPoint, "/account/change-password", null),
            ("Account/TwoFactor", focalPoint, "/account/two-factor", null), ("Account/Tokens/Index", focalPoint, "/account/tokens", null),
            ("Account/Tokens/New", focalPoint, "/account/tokens/new", null), ("Notifications/Index", focalPoint, "/notifications", null),
            ("Account/Notifications", focalPoint, "/account/notifications", null), ("Account/AccessDenied", focalPoint, "/account/access-denied", null),
            ("Cycles/Index", secretariat, "/cycles", "cycles"), ("Cycles/New", secretariat, "/cycles/new", null), ("Cycles/Details", secretariat, $"/cycles/{OpenCycle}", null),
            ("Cycles/Edit", secretariat, $"/cycles/{OpenCycle}/edit", null), ("Dashboard/Index", secretariat, $"/cycles/{OpenCycle}/dashboard", "dashboard"),
            ("Dashboard/Readiness", secretariat, $"/cycles/{OpenCycle}/readiness", null), ("Dashboard/Changes", secretariat, $"/cycles/{OpenCycle}/changes", null),
            ("Dashboard/Diff", secretariat, $"/cycles/{OpenCycle}/changes/FR/I.1", null), ("Members/Details", secretariat, "/members/DE", null),
            ("Commitments/Details", secretariat, $"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={OpenCycle}", null), ("Indicators/Index", secretariat, "/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators", null),
            ("Indicators/Overview", secretariat, "/indicators", null), ("Indicators/New", secretariat, "/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators/new", null),
            ("Indicators/Edit", secretariat, $"/indicators/{indicator}/edit", null), ("Review/Index", secretariat, "/review", "review-queue"),
            ("Review/Report", secretariat, $"/review/{other.Id}", "review-report"),
            ("Review/Approve", secretariat, $"/review/approve?{string.Join('&', waiting.Select(id => $"id={id}"))}", "review-approve"), ("Audit/Index", secretariat, "/audit", "audit-trail"), ("Audit/Verify", secretariat, "/audit/verify", null),
            ("Summary/Index", secretariat, $"/cycles/{OpenCycle}/summary", "summary"),
            ("Admin/Users/Index", administrator, "/admin/users", null), ("Admin/Users/Invite", administrator, "/admin/users/invite", null),
            ("Admin/Users/Edit", administrator, $"/admin/users/{user}", null), ("Admin/Notifications/Index", administrator, "/admin/notifications", null),
            ("Admin/Plan/Index", administrator, "/admin/plans/g7-smuggling-of-migrants-2024", "plan-in-french"), ("Admin/Plan/Translate", administrator, "/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.1", "plan-in-french-commitment"),
            ("Admin/Plan/New", administrator, "/admin/plans/new", null), ("Admin/Plan/Next", administrator, "/admin/plans/g7-smuggling-of-migrants-2024/next", null),
            ("Admin/Plan/Draft", administrator, $"/admin/plans/{draft}/draft", "plan-draft"), ("Admin/Plan/DraftCommitment", administrator, $"/admin/plans/{draft}/draft/I.1", null),
            ("Admin/Plan/Adopt", administrator, $"/admin/plans/{draft}/adopt", "plan-adopt"),
            ("Admin/Members/Index", administrator, "/admin/members", "members"), ("Admin/Members/Add", administrator, "/admin/members/add", null),
            ("Admin/Members/Edit", administrator, "/admin/members/FR/edit", "member"),
        };

        var unvisited = PageHandlers.PagesWithGet().Except(pages.Select(p => p.Page)).Except(PagesReachedOtherwise.Keys).ToList();
        Assert.True(unvisited.Count == 0, $"Pages no journey opens: {string.Join(", ", unvisited)}");

        await Ui.RunAsync([focalPoint, secretariat, administrator], async () =>
        {
            foreach (var (page, who, path, shot) in pages)
            {
                // The first pages are those anyone may open; each person signs in before their first own page.
                if (page == "Reports/Index")
                {
                    await focalPoint.SignInAsync(DemoUser(DemoAccounts.FocalPointOf("FR")));
                }
                else if (page == "Cycles/Index")
                {
                    await secretariat.SignInAsync(DemoUser(DemoAccounts.Secretariat));
                }
                else if (page == "Admin/Users/Index")
                {
                    await administrator.SignInAsync(admin);
                }

                await who.GotoAsync(path);
                var frames = await who.Page.EvaluateAsync<FrameState[]>(FrameStates);
                foreach (var frame in frames)
                {
                    Assert.True(frame.Scrolls == frame.Focusable, $"{path} at {width}px: a frame that {(frame.Scrolls ? "scrolls is no" : "fits is a")} keyboard stop ({frame.Name}).");
                    Assert.True(!frame.Scrolls || (frame.Name.Length > 0 && frame.Name != "Table"), $"{path} at {width}px: a scrolling frame is named \"{frame.Name}\".");
                }

                // Nothing may push the page sideways: wide tables scroll inside their own frame, long words break.
                var overflowing = await who.Page.EvaluateAsync<string[]>(OverflowingElements);
                Assert.True(overflowing.Length == 0, $"{path} at {width}px is wider than the screen because of: {string.Join(", ", overflowing)}");

                // The key pages are photographed on every run, for a person to look at (TestResults/browser/screenshots).
                if (shot is not null)
                {
                    await who.ScreenshotAsync(shot);
                }
            }

            if (width < 600)
            {
                // The first frame that scrolls, reached with the keyboard, shows a dark ring.
                await secretariat.GotoAsync($"/cycles/{OpenCycle}/dashboard");
                await TabUntilAsync(secretariat, ".table-wrap--scrolls");
                Assert.Equal("rgb(18, 53, 91)", await secretariat.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineColor"));
            }
        });
    }
}
