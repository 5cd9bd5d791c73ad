using System.Net;
using ActionPlanTracker.Domain;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Admin.Users;

public sealed class UsersListTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task List_shows_every_account_with_role_member_two_factor_and_state()
    {
        var focalPoint = await app.Factory.CreateAsync(Roles.FocalPoint, "JP");
        var auditor = await app.Factory.CreateAsync(Roles.Auditor);
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByEmailAsync(auditor.Email))!;
            stored.IsDisabled = true;
            await users.UpdateAsync(stored);
        });
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        var html = await client.GetStringAsync("/admin/users");

        var japan = RowOf(html, focalPoint.Email);
        Assert.Contains("<td>National focal point</td>", japan, StringComparison.Ordinal);
        Assert.Contains("<td>Japan</td>", japan, StringComparison.Ordinal);
        Assert.Contains("<td>Off</td>", japan, StringComparison.Ordinal);
        Assert.Contains("<td>Active</td>", japan, StringComparison.Ordinal);
        Assert.Contains("<td>Disabled</td>", RowOf(html, auditor.Email), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_filtered_by_role_shows_only_that_role()
    {
        var focalPoint = await app.Factory.CreateAsync(Roles.FocalPoint, "CA");
        var secretariat = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        var html = await client.GetStringAsync("/admin/users?role=Secretariat");

        Assert.Contains(secretariat.Email, html, StringComparison.Ordinal);
        Assert.DoesNotContain(focalPoint.Email, html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Secretariat\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_role_in_the_filter_is_400()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        using var response = await client.GetAsync("/admin/users?role=Superuser");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string RowOf(string html, string email)
    {
        var at = html.IndexOf($"<td>{email}</td>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No row for {email}.");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
