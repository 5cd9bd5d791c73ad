using System.Globalization;
using ActionPlanTracker.Web.Pages.Cycles;
using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>Every form and handler of the application, each with the values that would pass.</summary>
public static class Targets
{
    public const string NewPassword = "a brand new long passphrase";

    public static readonly Target SignIn = Target.Post(
        "sign-in", _ => "/account/sign-in", ("Input.Email", "nobody@example.org"), ("Input.Password", TestUsers.Password));

    /// <summary>The sign-in form with the right e-mail address and password of <paramref name="who"/>.</summary>
    public static Target SignInAs(Who who) => Target.Post(
        $"sign-in as {who}", _ => "/account/sign-in", f => Fields(("Input.Email", f.Users[who].Email), ("Input.Password", f.Users[who].Password)));

    public static readonly Target SignInCode = Target.Post(
        "sign-in code", _ => "/account/sign-in-code", async f => [("Input.Code", await TestUsers.CurrentCodeAsync(f.Factory.Services, f.Users[Who.Administrator]))]);

    public static readonly Target ChangePassword = Target.Post(
        "change password", _ => "/account/change-password",
        ("Input.CurrentPassword", TestUsers.Password), ("Input.NewPassword", NewPassword), ("Input.ConfirmPassword", NewPassword));

    public static readonly Target TwoFactor = Target.Post(
        "two-factor set-up", _ => "/account/two-factor", async f => [("Input.Code", await f.AuthenticatorCodeAsync(Who.Auditor))]);

    public static readonly Target TwoFactorDisable = Target.Post("two-factor off", _ => "/account/two-factor?handler=Disable");

    public static readonly Target TwoFactorResetKey = Target.Post("two-factor new key", _ => "/account/two-factor?handler=ResetKey");

    public static readonly Target SignOut = Target.Post("sign-out", _ => "/account/sign-out");

    public static readonly Target Language = Target.Post("language switch", _ => "/language", ("language", "fr"), ("returnUrl", "/plans"));

    public static readonly Target NewToken = Target.Post(
        "new token", _ => "/account/tokens/new", ("Input.Name", "Ministry records"), ("Input.Scopes", "read:plan"), ("Input.ExpiresInDays", "30"));

    public static readonly Target RevokeToken = Target.Post("revoke token", _ => "/account/tokens?handler=Revoke&id=1");

    public static readonly Target ImportUpload = Target.Post("import upload", _ => "/import");

    public static readonly Target ImportConfirm = Target.Post("import confirm", _ => "/import/00000000-0000-0000-0000-000000000001");

    public static readonly Target SetPassword = Target.Post(
        "set password", f => f.SetPasswordUrl, ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));

    public static readonly Target Invite = Target.Post(
        "invite", _ => "/admin/users/invite",
        ("Input.Email", "new.person@example.org"), ("Input.DisplayName", "New Person"), ("Input.Role", "Auditor"), ("Input.MemberCode", ""));

    public static readonly Target NewCycle = Target.Post(
        "new cycle", _ => "/cycles/new",
        ("Input.Code", "2033-H1"), ("Input.PeriodStart", "2033-01-01"), ("Input.PeriodEnd", "2033-06-30"),
        ("Input.SubmissionDeadline", "2033-07-15"), ("Input.MeetingDate", "2033-09-15"), ("Input.Plans", CycleSeed.AdoptedPlan));

    /// <summary>The account's edit form as it loads: its name, the role given, no member, its current stamp.</summary>
    public static Target EditUser(string account, string role) => Target.Post(
        $"edit user {account}", f => $"/admin/users/{f.Accounts[account]}", async f =>
        {
            var user = await f.AccountAsync(account);
            return [("Input.DisplayName", user.DisplayName), ("Input.Role", role), ("Input.MemberCode", ""), ("Input.ConcurrencyStamp", user.ConcurrencyStamp ?? "")];
        });

    public static Target UserAction(string account, string handler) =>
        Target.Post($"{handler} user {account}", f => $"/admin/users/{f.Accounts[account]}?handler={handler}");

    public static Target UnknownUser(string? handler) =>
        Target.Post($"{handler ?? "edit"} unknown user", _ => $"/admin/users/no-such-account{(handler is null ? "" : "?handler=" + handler)}");

    /// <summary>The cycle's date form as it loads: its dates and its version (or, forged, the version of <paramref name="versionOf"/>).</summary>
    public static Target EditCycle(string code, string? versionOf = null) => Target.Post(
        $"edit cycle {code}", _ => $"/cycles/{code}/edit", async f =>
        {
            var cycle = await f.CycleAsync(code);
            var version = versionOf is null ? cycle.Version : (await f.CycleAsync(versionOf)).Version;
            return [
                ("Input.PeriodStart", CycleDatesInput.Write(cycle.PeriodStart)), ("Input.PeriodEnd", CycleDatesInput.Write(cycle.PeriodEnd)),
                ("Input.SubmissionDeadline", CycleDatesInput.Write(cycle.SubmissionDeadline)), ("Input.MeetingDate", CycleDatesInput.Write(cycle.MeetingDate)),
                ("Input.Version", version.ToString(CultureInfo.InvariantCulture)),
            ];
        });

    public static Target MoveCycle(string code, string handler) =>
        Target.Post($"{handler} cycle {code}", _ => $"/cycles/{Uri.EscapeDataString(code)}?handler={handler}");

    /// <summary>The sending page's form, ticking France's draft at the version it has.</summary>
    public static Target SendReports { get; } = SendReportsOf("fr-draft");

    /// <summary>The sending page's form, ticking the named report at the version it has.</summary>
    public static Target SendReportsOf(string report) => Target.Post($"send {report}", _ => "/reports/submit", async f =>
    [
        ("cycle", OpenCycle), ("Input.Send", Id(f.Reports[report])),
        ($"Input.Versions[{Id(f.Reports[report])}]", (await f.ReportVersionAsync(report)).ToString(CultureInfo.InvariantCulture)),
    ]);

    public static Target MyReports(string handler) => Target.Post($"my reports {handler}", _ => $"/reports?handler={handler}", ("cycle", OpenCycle));

    /// <summary>The report form as it loads, with a valid draft in it and the report's version (or, forged, <paramref name="versionOf"/>'s).</summary>
    public static Target Report(string report, string handler, string? versionOf = null) => Target.Post(
        $"report {report} {handler}", f => $"{f.ReportUrl(report)}?handler={handler}", async f => [
            ("Input.Version", (await f.ReportVersionAsync(versionOf ?? report)).ToString(CultureInfo.InvariantCulture)),
            ("Input.Completion", "Substantial"), ("Input.Narrative", "A unit was set up in March."), ("Input.NextSteps", "Train the staff."),
            ("Input.Challenges", ""), ("Input.Evidence", "https://example.org/report.pdf\nAnnex 2 of the national plan"), ("Input.NotApplicableReason", ""),
        ]);

    /// <summary>The report form with a valid draft and valid values for the indicator on I.1: 10 officers, 4 women and 6 men, ages not collected.</summary>
    public static Target ReportWithIndicator(string report, string handler) => Target.Post(
        $"report {report} {handler} with indicator", f => $"{f.ReportUrl(report)}?handler={handler}", async f => [
            .. await Report(report, handler).Valid(f),
            ("Input.Indicators[0].Id", f.IndicatorId.ToString(CultureInfo.InvariantCulture)), ("Input.Indicators[0].Total", "10"),
            ("Input.Indicators[0].Values[0]", "4"), ("Input.Indicators[0].Values[1]", "6"), ("Input.Indicators[0].Values[2]", ""),
            ("Input.Indicators[0].Values[3]", ""), ("Input.Indicators[0].Values[4]", ""), ("Input.Indicators[0].Values[5]", ""),
        ]);

    public static readonly Target NewIndicator = Target.Post(
        "new indicator", _ => "/plans/g7-smuggling-of-migrants-2024/commitments/V.5/indicators/new",
        ("Input.Name", "Officers trained"), ("Input.Unit", "people"), ("Input.Definition", "Completed a course."), ("Input.Kind", "Count"),
        ("Input.BySex", "true"), ("Input.SexCategories", "Female\nMale\nOther or not recorded"), ("Input.ByAge", "false"), ("Input.AgeGroups", ""));

    /// <summary>The edit form of the fixture's indicator on I.1, with its current version and its fields as stored.</summary>
    public static readonly Target EditIndicator = Target.Post(
        "edit indicator", f => $"/indicators/{f.IndicatorId}/edit", async f => [
            ("Input.Version", (await f.IndicatorVersionAsync()).ToString(CultureInfo.InvariantCulture)),
            ("Input.Name", "Officers trained"), ("Input.Unit", "people"), ("Input.Definition", "Completed a course."), ("Input.Kind", "Count"),
            ("Input.BySex", "true"), ("Input.SexCategories", "Female\nMale\nOther or not recorded"),
            ("Input.ByAge", "true"), ("Input.AgeGroups", "Under 18\n18 and over\nUnknown"),
        ]);

    /// <summary>The evidence documents page's upload or removal (of <paramref name="attachment"/>) on a report.</summary>
    public static Target Attachments(string report, string handler, long attachment = 1) => Target.Post(
        $"attachments {report} {handler}", f => $"{f.ReportUrl(report)}/attachments?handler={handler}{(handler == "Remove" ? $"&attachment={attachment}" : "")}");

    /// <summary>A POST of no fields to an address no form offers.</summary>
    public static Target At(string url) => Target.Post($"post to {url}", _ => url);

    /// <summary>The review page's return form (with <paramref name="comment"/>) or approve form, with the report's version.</summary>
    public static Target Review(string report, string handler, string? versionOf = null, string comment = "Please add the dates of the training.") => Target.Post(
        $"review {report} {handler}", f => $"{f.ReviewUrl(report)}?handler={handler}", async f =>
        {
            var version = (await f.ReportVersionAsync(versionOf ?? report)).ToString(CultureInfo.InvariantCulture);
            return handler == "Return" ? [("Input.Version", version), ("Input.Comment", comment)] : [("Input.Version", version)];
        });

    /// <summary>The readiness page's "remind now" for a member of the open cycle.</summary>
    public static Target Remind(string member) => Target.Post($"remind {member}", _ => $"/cycles/{OpenCycle}/readiness?handler=Remind", ("member", member));

    /// <summary>The bulk approval's confirmation, listing the named report at the version it has.</summary>
    /// <remarks>A <paramref name="version"/> given is sent as it is, in place of the report's.</remarks>
    public static Target ApproveSelected(string report, string? versionOf = null, string? version = null) => Target.Post(
        $"approve selected {report}", _ => "/review/approve", async f =>
        [
            ($"Input.Versions[{Id(f.Reports[report])}]", version ?? (await f.ReportVersionAsync(versionOf ?? report)).ToString(CultureInfo.InvariantCulture)),
        ]);

    /// <summary>The notification settings as a focal point keeps them: return and approval notices by e-mail.</summary>
    public static readonly Target NotificationSettings = Target.Post(
        "notification settings", _ => "/account/notifications", ("Input.Receive", "ReportReturned"), ("Input.Receive", "ReportApproved"));

    public static Target MarkRead(string id) => Target.Post($"mark notification {id} read", _ => $"/notifications?handler=Read&id={id}");

    public static readonly Target MarkAllRead = Target.Post("mark all notifications read", _ => "/notifications?handler=ReadAll");

    private static Task<IReadOnlyList<(string Name, string Value)>> Fields(params (string Name, string Value)[] fields) =>
        Task.FromResult<IReadOnlyList<(string, string)>>(fields);
}
