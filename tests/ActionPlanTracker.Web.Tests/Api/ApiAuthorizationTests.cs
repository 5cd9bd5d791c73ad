using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Api;

namespace ActionPlanTracker.Web.Tests.Api;

/// <summary>
/// The API's own authorization matrix (its endpoints are not Razor Pages): every operation × no token, a signed-in
/// browser without a token, a token of each role, and tokens lacking the operation's scope.
/// </summary>
public sealed class ApiAuthorizationTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string> Operations => new()
    {
        // address, scope it needs
        { "/api/v1/plan", ApiScopes.ReadPlan },
        { "/api/v1/plans", ApiScopes.ReadPlan },
        { "/api/v1/plans/g7-smuggling-of-migrants-2024", ApiScopes.ReadPlan },
        { "/api/v1/members", ApiScopes.ReadPlan },
        { "/api/v1/cycles", ApiScopes.ReadPlan },
        { "/api/v1/reports", ApiScopes.ReadReports },
        { "/api/v1/reports/{approved}", ApiScopes.ReadReports },
    };

    private AppFactory Factory => app.Factory;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_answers_each_caller_as_expected(string address, string scope)
    {
        var ids = await Factory.ReportsInEveryStateAsync($"{2040 + Operations.ToList().FindIndex(o => (string)o[0] == address)}-H1");
        var url = address.Replace("{approved}", ids["FR-Approved"].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var other = ApiScopes.All.Single(s => s != scope);

        using var anonymous = Factory.ApiClient(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        using var browser = await Factory.SignInAsAsync(Roles.Secretariat);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(url)).StatusCode);

        foreach (var (role, member) in new[] { (Roles.FocalPoint, "FR"), (Roles.FocalPoint, "DE"), (Roles.Secretariat, null), (Roles.Auditor, null), (Roles.Administrator, null) })
        {
            var (client, _) = await Factory.TokenClientAsync(role, member);
            using var allowed = await client.GetAsync(url);
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"{url} with a {role} {member} token: {(int)allowed.StatusCode}");

            var (narrow, _) = await Factory.TokenClientAsync(role, member, [other]);
            using var refused = await narrow.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{url} with a {role} {member} token without {scope}: {(int)refused.StatusCode}");
            client.Dispose();
            narrow.Dispose();
        }
    }
}
