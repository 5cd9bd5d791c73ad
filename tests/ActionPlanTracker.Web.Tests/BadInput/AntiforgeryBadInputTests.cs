using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// Every POST handler of the application, sent with values that would pass but without an antiforgery token, and a
/// few with the token of another person's session: each is refused with 400 before the handler runs.
/// </summary>
public sealed class AntiforgeryBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private static readonly (Who Who, Target Target, string Handler)[] Handlers =
    [
        (Who.Anonymous, Targets.SignInAs(Who.FocalPointDe), "Account.SignInModel."),
        (Who.HalfSignedIn, Targets.SignInCode, "Account.SignInCodeModel."),
        (Who.Anonymous, Targets.SetPassword, "Account.SetPasswordModel."),
        (Who.FocalPointFr, Targets.ChangePassword, "Account.ChangePasswordModel."),
        (Who.Auditor, Targets.TwoFactor, "Account.TwoFactorModel."),
        (Who.Auditor, Targets.TwoFactorDisable, "Account.TwoFactorModel.Disable"),
        (Who.Auditor, Targets.TwoFactorResetKey, "Account.TwoFactorModel.ResetKey"),
        (Who.FocalPointFr, Targets.SignOut, "Account.SignOutModel."),
        (Who.Anonymous, Targets.Language, "LanguageModel."),
        (Who.FocalPointFr, Targets.NewToken, "Account.Tokens.NewModel."),
        (Who.FocalPointFr, Targets.RevokeToken, "Account.Tokens.IndexModel.Revoke"),
        (Who.Administrator, Targets.Invite, "Admin.Users.InviteModel."),
        (Who.Administrator, Targets.EditUser("target", "Secretariat"), "Admin.Users.EditModel."),
        (Who.Administrator, Targets.UserAction("target", "Disable"), "Admin.Users.EditModel.Disable"),
        (Who.Administrator, Targets.UserAction("disabled", "Enable"), "Admin.Users.EditModel.Enable"),
        (Who.Administrator, Targets.UserAction("target", "Unlock"), "Admin.Users.EditModel.Unlock"),
        (Who.Administrator, Targets.UserAction("target", "Link"), "Admin.Users.EditModel.Link"),
        (Who.Secretariat, Targets.NewCycle, "Cycles.NewModel."),
        (Who.Secretariat, Targets.EditCycle(PlannedCycle), "Cycles.EditModel."),
        (Who.Secretariat, Targets.MoveCycle(PlannedCycle, "Open"), "Cycles.DetailsModel.Open"),
        (Who.Secretariat, Targets.MoveCycle(OpenCycle, "StartReview"), "Cycles.DetailsModel.StartReview"),
        (Who.Secretariat, Targets.MoveCycle(OpenCycle, "Publish"), "Cycles.DetailsModel.Publish"),
        (Who.FocalPointFr, Targets.SendReports, "Reports.SubmitModel."),
        (Who.FocalPointFr, Targets.MyReports("CarryForward"), "Reports.IndexModel.CarryForward"),
        (Who.FocalPointFr, Targets.Report("fr-draft", "Save"), "Reports.EditModel.Save"),
        (Who.FocalPointFr, Targets.Report("fr-draft", "Submit"), "Reports.EditModel.Submit"),
        (Who.FocalPointFr, Targets.Report("fr-empty", "CarryForward"), "Reports.EditModel.CarryForward"),
        (Who.FocalPointFr, Targets.ImportUpload, "Import.IndexModel."),
        (Who.FocalPointFr, Targets.ImportConfirm, "Import.PreviewModel."),
        (Who.Secretariat, Targets.Review("de-submitted", "Return"), "Review.ReportModel.Return"),
        (Who.Secretariat, Targets.Review("de-submitted", "Approve"), "Review.ReportModel.Approve"),
        (Who.Secretariat, Targets.ApproveSelected("de-submitted"), "Review.ApproveModel."),
        (Who.Secretariat, Targets.Remind("FR"), "Dashboard.ReadinessModel.Remind"),
        (Who.FocalPointFr, Targets.NotificationSettings, "Account.NotificationsModel."),
        (Who.FocalPointFr, Targets.MarkRead("1"), "Notifications.IndexModel.Read"),
        (Who.FocalPointFr, Targets.MarkAllRead, "Notifications.IndexModel.ReadAll"),
        (Who.Secretariat, Targets.NewIndicator, "Indicators.NewModel."),
        (Who.Secretariat, Targets.EditIndicator, "Indicators.EditModel."),
        (Who.FocalPointFr, Targets.Attachments("fr-draft", "Upload"), "Attachments.IndexModel.Upload"),
        (Who.FocalPointFr, Targets.Attachments("fr-draft", "Remove"), "Attachments.IndexModel.Remove"),
        (Who.Administrator, PlanTargets.Pillar(1), "Admin.Plan.TranslateModel."),
        (Who.Administrator, PlanTargets.Priority(1), "Admin.Plan.TranslateModel."),
        (Who.Administrator, PlanTargets.Commitment("I.1"), "Admin.Plan.TranslateModel."),
        (Who.Administrator, MemberTargets.Add, "Admin.Members.AddModel."),
        (Who.Administrator, PlanDraftTargets.NewPlan, "Admin.Plan.NewModel."),
        (Who.Administrator, PlanDraftTargets.Next("g7-smuggling-of-migrants-2024"), "Admin.Plan.NextModel."),
        (Who.Administrator, PlanDraftTargets.AddCommitment(PlanDraftBadInputTests.NextVersion), "Admin.Plan.DraftModel.AddCommitment"),
        (Who.Administrator, PlanDraftTargets.Merge, "Admin.Plan.DraftModel.Merge"),
        (Who.Administrator, PlanDraftTargets.AddPillar, "Admin.Plan.DraftModel.AddPillar"),
        (Who.Administrator, PlanDraftTargets.AddPriority, "Admin.Plan.DraftModel.AddPriority"),
        (Who.Administrator, PlanDraftTargets.Retire("I.1"), "Admin.Plan.DraftModel.Retire"),
        (Who.Administrator, PlanDraftTargets.Discard(PlanDraftBadInputTests.NextVersion), "Admin.Plan.DraftModel.Discard"),
        (Who.Administrator, PlanDraftTargets.Reword("I.1"), "Admin.Plan.DraftCommitmentModel."),
        (Who.Administrator, PlanDraftTargets.Split("I.1"), "Admin.Plan.DraftCommitmentModel.Split"),
        (Who.Administrator, PlanDraftTargets.Adopt, "Admin.Plan.AdoptModel."),
        (Who.Administrator, MemberTargets.Edit("FR"), "Admin.Members.EditModel."),
        (Who.Administrator, MemberTargets.Presidency, "Admin.Members.IndexModel.Presidency"),
    ];

    private const string PagesNamespace = "ActionPlanTracker.Web.Pages.";

    /// <summary>
    /// POST handlers that are not forms: the status page a refused POST is re-executed on, and the handler-less posts
    /// of the report pages, which answer 404 to an unknown handler (ReportBadInputTests has those cases).
    /// </summary>
    private static readonly string[] NotForms = ["StatusModel.", "Reports.EditModel.", "Reports.IndexModel.", "Notifications.IndexModel."];

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        .. Handlers.Select(h => Refused($"No antiforgery token: {h.Target.Name}", h.Who, h.Target, 400) with { Token = TokenUse.Missing }),
        .. new (Who Who, Target Target)[]
        {
            (Who.Anonymous, Targets.SignInAs(Who.FocalPointFr)),
            (Who.FocalPointFr, Targets.Report("fr-draft", "Save")),
            (Who.Secretariat, Targets.Review("de-submitted", "Approve")),
            (Who.Secretariat, Targets.MoveCycle(PlannedCycle, "Open")),
            (Who.Administrator, Targets.UserAction("target", "Disable")),
        }.Select(h => Refused($"Antiforgery token of another session: {h.Target.Name}", h.Who, h.Target, 400) with { Token = TokenUse.OtherSession }),
    ];

    public static TheoryData<string> Cases => Names(All);

    /// <summary>A handler added to a page without a row here makes this test fail.</summary>
    [Fact]
    public void Every_post_handler_of_the_application_is_in_the_corpus()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)));
        var handlers = pages
            .SelectMany(page => page.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => $"{page.FullName![PagesNamespace.Length..]}.{HandlerOf(m.Name)}"))
            .Except(NotForms)
            .Order();

        Assert.Equal(handlers, Handlers.Select(h => h.Handler).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Post_without_its_own_antiforgery_token_is_refused_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));

    private static string HandlerOf(string method) => method["OnPost".Length..] is var name && name.EndsWith("Async", StringComparison.Ordinal)
        ? name[..^"Async".Length]
        : name;
}
