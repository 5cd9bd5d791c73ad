using System.Net;

namespace ActionPlanTracker.Web.Tests.Authorization;

/// <summary>
/// Every page and every handler × every role, own member and other member → the expected outcome. A page or
/// handler added without a row here fails <see cref="Every_page_handler_has_a_row_in_the_matrix"/>.
/// </summary>
/// <remarks>
/// Outcomes: a status code, <c>signin</c> (redirect to the sign-in page), <c>302</c> (any other redirect) or,
/// for a POST the role may make, <c>ok</c>: the handler ran (200, a redirect, or a 400/409 refusal of the
/// empty form) — the request was not refused for who made it. Columns: anonymous, focal point (France),
/// secretariat, auditor, administrator. {own} is a French report, {other} a German one.
/// </remarks>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture app) : IClassFixture<AuthorizationMatrixFixture>
{
    /// <summary>The key of the draft plan the fixture holds: the draft pages' rows open it.</summary>
    public const string Draft = "g7-matrix-draft";

    public static TheoryData<string, string, string, string> Matrix => new()
    {
        // method, page/handler, address, anonymous focal-point secretariat auditor administrator
        { "GET", "Index", "/", "302 302 302 302 302" },
        { "GET", "Plan/Index", "/plans", "200 200 200 200 200" },
        { "GET", "Plan/Details", "/plans/g7-smuggling-of-migrants-2024", "200 200 200 200 200" },
        { "GET", "Error", "/Error", "200 200 200 200 200" },
        { "GET", "Language", "/language", "302 302 302 302 302" },
        { "POST", "Language", "/language", "ok ok ok ok ok" },
        // Not part of the application: only the benchmark runner loads it (bench/ActionPlanTracker.Bench.Baseline).
        { "GET", "Benchmarks/Fortunes", "/benchmarks/fortunes", "404 404 404 404 404" },
        { "GET", "Status", "/Status/404", "404 404 404 404 404" },
        { "POST", "Status", "/Status/404", "404 404 404 404 404" },
        { "GET", "Account/SignIn", "/account/sign-in", "200 200 200 200 200" },
        { "POST", "Account/SignIn", "/account/sign-in", "400 400 400 400 400" },
        { "GET", "Account/SignInCode", "/account/sign-in-code", "signin signin signin signin signin" },
        { "POST", "Account/SignInCode", "/account/sign-in-code", "signin signin signin signin signin" },
        { "GET", "Account/SetPassword", "/account/set-password", "400 400 400 400 400" },
        { "POST", "Account/SetPassword", "/account/set-password", "400 400 400 400 400" },
        { "GET", "Account/SignOut", "/account/sign-out", "302 302 302 302 302" },
        { "GET", "Account/AccessDenied", "/account/access-denied", "signin 403 403 403 403" },
        { "GET", "Account/Index", "/account", "signin 200 200 200 200" },
        { "GET", "Account/ChangePassword", "/account/change-password", "signin 200 200 200 200" },
        { "POST", "Account/ChangePassword", "/account/change-password", "signin ok ok ok ok" },
        { "GET", "Account/TwoFactor", "/account/two-factor", "signin 200 200 200 200" },
        { "POST", "Account/TwoFactor", "/account/two-factor", "signin ok ok ok ok" },
        { "POST", "Account/TwoFactor/Disable", "/account/two-factor?handler=Disable", "signin ok ok ok ok" },
        { "GET", "Account/Tokens/Index", "/account/tokens", "signin 200 200 200 200" },
        { "POST", "Account/Tokens/Index/Revoke", "/account/tokens?handler=Revoke&id=2147483647", "signin 404 404 404 404" },
        { "GET", "Account/Tokens/New", "/account/tokens/new", "signin 200 200 200 200" },
        { "POST", "Account/Tokens/New", "/account/tokens/new", "signin ok ok ok ok" },
        { "GET", "Admin/Users/Index", "/admin/users", "signin 403 403 403 200" },
        { "GET", "Admin/Users/Invite", "/admin/users/invite", "signin 403 403 403 200" },
        { "POST", "Admin/Users/Invite", "/admin/users/invite", "signin 403 403 403 ok" },
        { "GET", "Admin/Users/Edit", "/admin/users/{user}", "signin 403 403 403 200" },
        { "POST", "Admin/Users/Edit", "/admin/users/{user}", "signin 403 403 403 ok" },
        { "POST", "Admin/Users/Edit/Disable", "/admin/users/{user}?handler=Disable", "signin 403 403 403 ok" },
        { "POST", "Admin/Users/Edit/Enable", "/admin/users/{user}?handler=Enable", "signin 403 403 403 ok" },
        { "POST", "Admin/Users/Edit/Unlock", "/admin/users/{user}?handler=Unlock", "signin 403 403 403 ok" },
        { "POST", "Admin/Users/Edit/Link", "/admin/users/{user}?handler=Link", "signin 403 403 403 ok" },
        { "GET", "Cycles/Index", "/cycles", "signin 200 200 200 200" },
        { "GET", "Cycles/New", "/cycles/new", "signin 403 200 403 200" },
        { "POST", "Cycles/New", "/cycles/new", "signin 403 ok 403 ok" },
        { "GET", "Cycles/Details", "/cycles/{cycle}", "signin 200 200 200 200" },
        { "POST", "Cycles/Details/Open", "/cycles/{planned}?handler=Open", "signin 403 ok 403 ok" },
        { "POST", "Cycles/Details/StartReview", "/cycles/{planned}?handler=StartReview", "signin 403 ok 403 ok" },
        { "POST", "Cycles/Details/Publish", "/cycles/{planned}?handler=Publish", "signin 403 ok 403 ok" },
        { "GET", "Cycles/Edit", "/cycles/{cycle}/edit", "signin 403 200 403 200" },
        { "POST", "Cycles/Edit", "/cycles/{planned}/edit", "signin 403 ok 403 ok" },
        { "GET", "Reports/Index", "/reports", "signin 200 403 403 403" },
        { "POST", "Reports/Index", "/reports", "signin 404 403 403 403" },
        { "GET", "Reports/Submit", "/reports/submit", "signin 200 403 403 403" },
        { "POST", "Reports/Submit", "/reports/submit", "signin ok 403 403 403" },
        { "POST", "Reports/Index/CarryForward", "/reports?handler=CarryForward", "signin ok 403 403 403" },
        { "GET", "Reports/Edit", "/reports/{own}", "signin 200 403 403 403" },
        { "GET", "Reports/Edit", "/reports/{other}", "signin 404 403 403 403" },
        { "POST", "Reports/Edit", "/reports/{own}", "signin 404 403 403 403" },
        { "POST", "Reports/Edit/Save", "/reports/{own}?handler=Save", "signin ok 403 403 403" },
        { "POST", "Reports/Edit/Save", "/reports/{other}?handler=Save", "signin 404 403 403 403" },
        { "POST", "Reports/Edit/Submit", "/reports/{own}?handler=Submit", "signin ok 403 403 403" },
        { "POST", "Reports/Edit/Submit", "/reports/{other}?handler=Submit", "signin 404 403 403 403" },
        { "POST", "Reports/Edit/CarryForward", "/reports/{own}?handler=CarryForward", "signin ok 403 403 403" },
        { "POST", "Reports/Edit/CarryForward", "/reports/{other}?handler=CarryForward", "signin 404 403 403 403" },
        { "GET", "Reports/History", "/reports/{own}/history", "signin 200 200 200 200" },
        { "GET", "Reports/History", "/reports/{other}/history", "signin 404 200 200 200" },
        { "GET", "Import/Index", "/import", "signin 200 403 403 403" },
        { "GET", "Import/Index/Template", "/import?handler=Template", "signin 200 403 403 403" },
        { "POST", "Import/Index", "/import", "signin ok 403 403 403" },
        { "GET", "Import/Preview", "/import/00000000-0000-0000-0000-000000000001", "signin 404 403 403 403" },
        { "POST", "Import/Preview", "/import/00000000-0000-0000-0000-000000000001", "signin 404 403 403 403" },
        { "GET", "Dashboard/Current", "/dashboard", "signin 302 302 302 302" },
        { "GET", "Dashboard/Index", "/cycles/{cycle}/dashboard", "signin 200 200 200 200" },
        { "GET", "Dashboard/Readiness", "/cycles/{cycle}/readiness", "signin 403 200 200 200" },
        { "POST", "Dashboard/Readiness/Remind", "/cycles/{cycle}/readiness?handler=Remind", "signin 403 ok 403 403" },
        { "GET", "Dashboard/Changes", "/cycles/{cycle}/changes", "signin 200 200 200 200" },
        { "GET", "Dashboard/Diff", "/cycles/{cycle}/changes/FR/I.1", "signin 200 200 200 200" },
        { "GET", "Dashboard/Diff", "/cycles/{cycle}/changes/DE/I.1", "signin 404 200 200 200" },
        { "GET", "Members/Details", "/members/DE", "signin 200 200 200 200" },
        { "GET", "Commitments/Details", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={cycle}", "signin 200 200 200 200" },
        { "GET", "Indicators/Index", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators", "signin 200 200 200 200" },
        { "GET", "Indicators/Overview", "/indicators", "signin 200 200 200 200" },
        { "GET", "Indicators/New", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators/new", "signin 403 200 403 403" },
        { "POST", "Indicators/New", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators/new", "signin 403 ok 403 403" },
        { "GET", "Indicators/Edit", "/indicators/{indicator}/edit", "signin 403 200 403 403" },
        { "POST", "Indicators/Edit", "/indicators/{indicator}/edit", "signin 403 ok 403 403" },
        { "GET", "Attachments/Index", "/reports/{own}/attachments", "signin 200 403 403 403" },
        { "GET", "Attachments/Index", "/reports/{other}/attachments", "signin 404 403 403 403" },
        { "POST", "Attachments/Index/Upload", "/reports/{own}/attachments?handler=Upload", "signin ok 403 403 403" },
        { "POST", "Attachments/Index/Upload", "/reports/{other}/attachments?handler=Upload", "signin 404 403 403 403" },
        { "POST", "Attachments/Index/Remove", "/reports/{other}/attachments?handler=Remove&attachment={other-file}", "signin 404 403 403 403" },
        { "GET", "Attachments/Download", "/attachments/{other-file}", "signin 404 200 200 200" },
        { "GET", "Review/Index", "/review", "signin 403 200 403 403" },
        { "GET", "Review/Report", "/review/{own}", "signin 403 200 403 403" },
        { "POST", "Review/Report/Return", "/review/{own}?handler=Return", "signin 403 ok 403 403" },
        { "POST", "Review/Report/Approve", "/review/{other}?handler=Approve", "signin 403 ok 403 403" },
        { "GET", "Review/Approve", "/review/approve?id={other}", "signin 403 200 403 403" },
        { "POST", "Review/Approve", "/review/approve", "signin 403 ok 403 403" },
        { "GET", "Audit/Index", "/audit", "signin 403 200 200 200" },
        { "GET", "Audit/Report", "/audit/reports/{own}", "signin 200 200 200 200" },
        { "GET", "Audit/Report", "/audit/reports/{other}", "signin 404 200 200 200" },
        { "GET", "Audit/Verify", "/audit/verify", "signin 403 200 200 200" },
        { "GET", "Audit/Export", "/audit/export.csv?what=reports", "signin 403 200 200 200" },
        { "GET", "Audit/Export", "/audit/export.xlsx?what=reports", "signin 403 200 200 200" },
        { "GET", "Summary/Index", "/cycles/{cycle}/summary", "signin 403 200 200 200" },
        { "GET", "Summary/Download", "/cycles/{cycle}/summary.csv", "signin 403 200 200 200" },
        { "GET", "Summary/Download", "/cycles/{cycle}/summary.xlsx", "signin 403 200 200 200" },
        { "GET", "Summary/Download", "/cycles/{cycle}/summary.docx", "signin 403 200 200 200" },
        { "GET", "Summary/Download", "/cycles/{cycle}/summary.pdf", "signin 403 200 200 200" },
        { "GET", "Notifications/Index", "/notifications", "signin 200 200 200 200" },
        { "POST", "Notifications/Index", "/notifications", "signin 404 404 404 404" },
        { "POST", "Notifications/Index/Read", "/notifications?handler=Read&id=999999999", "signin 404 404 404 404" },
        { "POST", "Notifications/Index/ReadAll", "/notifications?handler=ReadAll", "signin ok ok ok ok" },
        { "GET", "Account/Notifications", "/account/notifications", "signin 200 200 200 200" },
        { "POST", "Account/Notifications", "/account/notifications", "signin ok ok ok ok" },
        { "GET", "Admin/Notifications/Index", "/admin/notifications", "signin 403 403 403 200" },
        { "GET", "Admin/Members/Index", "/admin/members", "signin 403 403 403 200" },
        { "POST", "Admin/Members/Index/Presidency", "/admin/members?handler=Presidency", "signin 403 403 403 ok" },
        { "GET", "Admin/Members/Add", "/admin/members/add", "signin 403 403 403 200" },
        { "POST", "Admin/Members/Add", "/admin/members/add", "signin 403 403 403 ok" },
        { "GET", "Admin/Members/Edit", "/admin/members/FR/edit", "signin 403 403 403 200" },
        { "POST", "Admin/Members/Edit", "/admin/members/FR/edit", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Index", "/admin/plans/g7-smuggling-of-migrants-2024", "signin 403 403 403 200" },
        { "GET", "Admin/Plan/New", "/admin/plans/new", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/New", "/admin/plans/new", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Next", "/admin/plans/g7-smuggling-of-migrants-2024/next", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Next", "/admin/plans/g7-smuggling-of-migrants-2024/next", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Draft", $"/admin/plans/{Draft}/draft", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Draft/AddCommitment", $"/admin/plans/{Draft}/draft?handler=AddCommitment", "signin 403 403 403 ok" },
        { "POST", "Admin/Plan/Draft/Merge", $"/admin/plans/{Draft}/draft?handler=Merge", "signin 403 403 403 ok" },
        { "POST", "Admin/Plan/Draft/AddPillar", $"/admin/plans/{Draft}/draft?handler=AddPillar", "signin 403 403 403 ok" },
        { "POST", "Admin/Plan/Draft/AddPriority", $"/admin/plans/{Draft}/draft?handler=AddPriority", "signin 403 403 403 ok" },
        { "POST", "Admin/Plan/Draft/Retire", $"/admin/plans/{Draft}/draft?handler=Retire", "signin 403 403 403 ok" },
        // A draft that does not exist: discarding the fixture's draft would take the other rows' pages away.
        { "POST", "Admin/Plan/Draft/Discard", "/admin/plans/g7-no-such-draft/draft?handler=Discard", "signin 403 403 403 404" },
        { "GET", "Admin/Plan/DraftCommitment", $"/admin/plans/{Draft}/draft/I.1", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/DraftCommitment", $"/admin/plans/{Draft}/draft/I.1", "signin 403 403 403 ok" },
        { "POST", "Admin/Plan/DraftCommitment/Split", $"/admin/plans/{Draft}/draft/I.1?handler=Split", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Adopt", $"/admin/plans/{Draft}/adopt", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Adopt", $"/admin/plans/{Draft}/adopt", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/pillars/1", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/pillars/1", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/priorities/1", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/priorities/1", "signin 403 403 403 ok" },
        { "GET", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.1", "signin 403 403 403 200" },
        { "POST", "Admin/Plan/Translate", "/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.1", "signin 403 403 403 ok" },
    };

    /// <summary>Handlers that act on the caller's own session; they run last, each on a fresh session.</summary>
    public static TheoryData<string, string, string, string> SelfAffecting => new()
    {
        { "POST", "Account/SignOut", "/account/sign-out", "signin signin signin signin signin" },
        { "POST", "Account/TwoFactor/ResetKey", "/account/two-factor?handler=ResetKey", "signin ok ok ok ok" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_the_expected_outcome(string method, string page, string address, string expected)
    {
        var outcomes = expected.Split(' ');
        foreach (var who in Enum.GetValues<Who>())
        {
            await AssertOutcome(app.Clients[who], who, method, page, Resolve(address), outcomes[(int)who]);
        }
    }

    [Theory]
    [MemberData(nameof(SelfAffecting))]
    public async Task Each_role_gets_the_expected_outcome_on_its_own_session(string method, string page, string address, string expected)
    {
        var outcomes = expected.Split(' ');
        foreach (var who in Enum.GetValues<Who>())
        {
            using var client = who == Who.Anonymous
                ? app.Factory.CreateNonRedirectingClient()
                : await app.SignInWithoutRedirectsAsync(await app.Factory.CreateAsync(app.Users[who].Role, app.Users[who].MemberCode));
            await AssertOutcome(client, who, method, page, Resolve(address), outcomes[(int)who]);
        }
    }

    [Fact]
    public void Every_page_handler_has_a_row_in_the_matrix()
    {
        var rows = Matrix.Concat(SelfAffecting).Select(row => $"{row[0]} {row[1]}").ToHashSet();

        var missing = PageHandlers.All().Where(handler => !rows.Contains(handler)).ToList();

        Assert.True(missing.Count == 0, "Pages or handlers without a row in the authorization matrix: " + string.Join(", ", missing));
    }

    private async Task AssertOutcome(HttpClient client, Who who, string method, string page, string address, string expected)
    {
        var auditBefore = await app.AuditCountAsync();
        var otherBefore = await app.ReportFingerprintAsync("other");
        using var response = method == "GET"
            ? await client.GetAsync(address)
            : await client.PostAsync(address, new FormUrlEncodedContent([new(Forms.TokenField, await TokenFor(client))]));

        var actual = Describe(response);
        var matches = expected == "ok" ? actual is "200" or "302" or "400" or "409" or "429" : actual == expected;
        Assert.True(matches, $"{method} {address} ({page}) as {who}: expected {expected}, got {actual}.");

        if (expected is "signin" or "403" or "404" && method == "POST")
        {
            Assert.True(auditBefore == await app.AuditCountAsync(), $"{method} {address} as {who} was refused but wrote to the audit trail.");
        }

        if (who == Who.FocalPoint)
        {
            Assert.True(otherBefore == await app.ReportFingerprintAsync("other"), $"{method} {address} by France's focal point changed Germany's report.");
        }
    }

    private static string Describe(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return location.Contains("/account/sign-in", StringComparison.Ordinal) && !location.Contains("/account/sign-in-code", StringComparison.Ordinal)
                ? "signin"
                : "302";
        }

        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A valid antiforgery token for this client's session, from a page every visitor may open.</summary>
    private static async Task<string> TokenFor(HttpClient client)
    {
        using var response = await client.GetAsync("/account/sign-in");
        return Forms.TokenOf(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("No token on the sign-in page.");
    }

    private string Resolve(string address) =>
        app.Values.Aggregate(address, (text, value) => text.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));
}
