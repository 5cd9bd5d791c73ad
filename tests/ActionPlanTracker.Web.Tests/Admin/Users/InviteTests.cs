using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Admin.Users;

public sealed partial class InviteTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Page = "/admin/users/invite";

    [Fact]
    public async Task Invitation_end_to_end_admin_invites_the_link_sets_a_password_and_the_person_signs_in()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var adminClient = await app.Factory.SignInAsync(admin);
        var email = $"new-fp-{Guid.NewGuid():N}@example.org";

        using var invited = await adminClient.PostFormAsync(Page,
            ("Input.Email", email), ("Input.DisplayName", "Chiara Bianchi"), ("Input.Role", Roles.FocalPoint), ("Input.MemberCode", "IT"));

        var stored = await app.Factory.UserAsync(email);
        Assert.Equal($"/admin/users/{stored.Id}", PathOf(invited));
        var link = LinkOn(await invited.Content.ReadAsStringAsync());
        Assert.StartsWith("https://localhost/account/set-password?userId=", link, StringComparison.Ordinal);
        Assert.Null(stored.PasswordHash);
        Assert.Equal("Chiara Bianchi", stored.DisplayName);
        await using (var db = app.Factory.CreateDbContext())
        {
            Assert.Equal((await db.Members.SingleAsync(m => m.Code == "IT")).Id, stored.MemberId);
            Assert.Equal(Roles.FocalPoint, await db.UserRoles.Where(ur => ur.UserId == stored.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
            var actions = await db.AuditEvents.Where(e => e.Actor == admin.Email && EF.Functions.Like(e.EntityKey, stored.Id + "%")).Select(e => e.Action).ToListAsync();
            Assert.Contains(nameof(AuditAction.Created), actions);
            Assert.Contains(nameof(AuditAction.RoleGranted), actions);
        }

        Assert.DoesNotContain(link, await adminClient.GetStringAsync($"/admin/users/{stored.Id}"), StringComparison.Ordinal);
        using var person = app.Factory.CreateClient();
        Assert.Contains(email, await person.GetStringAsync(link), StringComparison.Ordinal);
        using var set = await person.PostFormAsync(link, ("Input.Password", "chiara's own passphrase"), ("Input.ConfirmPassword", "chiara's own passphrase"));
        Assert.Equal("/account/sign-in", PathOf(set));
        using var signedIn = await person.TrySignInAsync(email, "chiara's own passphrase");
        var account = await person.GetStringAsync("/account");
        Assert.Contains("Chiara Bianchi", account, StringComparison.Ordinal);
        Assert.Contains("Italy", account, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address", "A Person", "Auditor", "", "Input.Email", "Enter an e-mail address such as name@example.org.")]
    [InlineData("{0}", "", "Auditor", "", "Input.DisplayName", "Enter the person's name, as others should see it.")]
    [InlineData("{0}", "A Person", "FocalPoint", "", "Input.MemberCode", "A national focal point reports for one member: choose it.")]
    [InlineData("{0}", "A Person", "Secretariat", "FR", "Input.MemberCode", "Only a national focal point is bound to a member: choose \"No member\" for this role.")]
    [InlineData("{0}", "A Person", "Superuser", "", "Input.Role", "Choose a role from the list.")]
    [InlineData("{0}", "A Person", "FocalPoint", "XX", "Input.MemberCode", "Choose a member from the list.")]
    public async Task Invalid_invitation_is_refused_next_to_the_field_with_the_text_kept(
        string email, string name, string role, string member, string field, string message)
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, email, $"p-{Guid.NewGuid():N}@example.org");

        using var response = await client.PostFormAsync(Page,
            ("Input.Email", address), ("Input.DisplayName", name), ("Input.Role", role), ("Input.MemberCode", member));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, FieldErrorOn(html, field));
        Assert.Contains($"value=\"{address}\"", html, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == address));
    }

    [Fact]
    public async Task Address_that_already_has_an_account_is_refused()
    {
        var existing = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        using var response = await client.PostFormAsync(Page,
            ("Input.Email", existing.Email.ToUpperInvariant()), ("Input.DisplayName", "Twin"), ("Input.Role", Roles.Auditor), ("Input.MemberCode", ""));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("There is already an account with this e-mail address.", html, StringComparison.Ordinal);
        var normalised = existing.Email.ToUpperInvariant();
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == normalised));
    }

    private static string LinkOn(string html) =>
        System.Net.WebUtility.HtmlDecode(Link().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No link on the page."));

    [GeneratedRegex("<code class=\"prose\">([^<]+)</code>")]
    private static partial Regex Link();
}
