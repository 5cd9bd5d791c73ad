using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Admin.Users;

/// <summary>Only administrators manage accounts: every other role is refused on every page and every action.</summary>
public sealed class AccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(Roles.Secretariat, null)]
    [InlineData(Roles.FocalPoint, "GB")]
    [InlineData(Roles.Auditor, null)]
    public async Task Other_roles_get_403_on_every_page_and_every_post_and_nothing_changes(string role, string? member)
    {
        var target = await app.Factory.CreateAsync(Roles.Auditor);
        var id = (await app.Factory.UserAsync(target.Email)).Id;
        using var client = await app.Factory.SignInAsAsync(role, member);
        var email = $"forged-{Guid.NewGuid():N}@example.org";

        foreach (var page in new[] { "/admin/users", "/admin/users/invite", $"/admin/users/{id}" })
        {
            using var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {page}: {(int)response.StatusCode}");
        }

        // A token from a page this role may see: antiforgery passes, so the refusal is the authorisation's.
        (string Url, (string, string)[] Fields)[] posts =
        [
            ("/admin/users/invite", [("Input.Email", email), ("Input.DisplayName", "Forged"), ("Input.Role", Roles.Administrator), ("Input.MemberCode", "")]),
            ($"/admin/users/{id}", [("Input.DisplayName", "Forged"), ("Input.Role", Roles.Administrator), ("Input.MemberCode", "")]),
            ($"/admin/users/{id}?handler=Disable", []),
            ($"/admin/users/{id}?handler=Enable", []),
            ($"/admin/users/{id}?handler=Unlock", []),
            ($"/admin/users/{id}?handler=Link", []),
        ];
        foreach (var (url, fields) in posts)
        {
            using var response = await client.PostFormAsync(
                "/account/change-password", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), postUrl: url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url}: {(int)response.StatusCode}");
        }

        var after = await app.Factory.UserAsync(target.Email);
        Assert.False(after.IsDisabled);
        Assert.NotEqual("Forged", after.DisplayName);
        await using var db = app.Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        Assert.Equal(1, await db.UserRoles.CountAsync(ur => ur.UserId == id));
    }
}
