using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Admin.Users;

public sealed partial class EditUserTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Administrator_moves_a_focal_point_to_another_member_and_then_to_the_secretariat()
    {
        var person = await app.Factory.CreateAsync(Roles.FocalPoint, "FR");
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        var id = (await app.Factory.UserAsync(person.Email)).Id;

        using var toGermany = await SaveAsync(client, id, "Focal point, now for Germany", Roles.FocalPoint, "DE");
        using var toSecretariat = await SaveAsync(client, id, "Now in the secretariat", Roles.Secretariat, "");

        Assert.Equal($"/admin/users/{id}", PathOf(toSecretariat));
        var stored = await app.Factory.UserAsync(person.Email);
        Assert.Equal("Now in the secretariat", stored.DisplayName);
        Assert.Null(stored.MemberId);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal([Roles.Secretariat], await RolesOfAsync(db, id));
        var events = await db.AuditEvents.Where(e => e.Actor == admin.Email && EF.Functions.Like(e.EntityKey, id + "%")).ToListAsync();
        Assert.Contains(events, e => e.Action == nameof(AuditAction.RoleRemoved));
        Assert.Contains(events, e => e.Action == nameof(AuditAction.RoleGranted));
        var germany = await db.Members.SingleAsync(m => m.Code == "DE");
        Assert.Contains(events, e => e.Action == nameof(AuditAction.Updated) && JsonDocument.Parse(e.After!).RootElement.GetProperty("MemberId").ToString() == $"{germany.Id}");
    }

    [Fact]
    public async Task Administrator_cannot_take_the_administrator_role_from_themselves()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        var id = (await app.Factory.UserAsync(admin.Email)).Id;

        using var response = await SaveAsync(client, id, "Me", Roles.Auditor, "");

        var html = await AssertStatusAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(EnglishTexts.CannotDemoteYourself, FieldErrorOn(html, "Input.Role"));
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal([Roles.Administrator], await RolesOfAsync(db, id));
    }

    [Fact]
    public async Task Administrator_cannot_disable_themselves()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        var id = (await app.Factory.UserAsync(admin.Email)).Id;

        using var response = await client.PostFormAsync($"/admin/users/{id}", [], postUrl: $"/admin/users/{id}?handler=Disable");

        var html = await AssertStatusAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(EnglishTexts.CannotDisableYourself, html, StringComparison.Ordinal);
        Assert.False((await app.Factory.UserAsync(admin.Email)).IsDisabled);
    }

    [Fact]
    public async Task Disabling_ends_sign_in_and_renews_the_security_stamp_and_enabling_restores_it()
    {
        var person = await app.Factory.CreateAsync(Roles.Auditor);
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        var before = await app.Factory.UserAsync(person.Email);

        using var disabled = await client.PostFormAsync($"/admin/users/{before.Id}", [], postUrl: $"/admin/users/{before.Id}?handler=Disable");

        Assert.Contains("is disabled", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await app.Factory.UserAsync(person.Email);
        Assert.True(after.IsDisabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        await using (var db = app.Factory.CreateDbContext())
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityKey == before.Id && e.Action == nameof(AuditAction.Disabled) && e.Actor == admin.Email));
        }

        using var refused = app.Factory.CreateClient();
        Assert.Equal("/account/sign-in", PathOf(await refused.TrySignInAsync(person.Email, person.Password)));

        using var enabled = await client.PostFormAsync($"/admin/users/{before.Id}", [], postUrl: $"/admin/users/{before.Id}?handler=Enable");
        Assert.False((await app.Factory.UserAsync(person.Email)).IsDisabled);
        using var welcome = app.Factory.CreateClient();
        Assert.NotEqual("/account/sign-in", PathOf(await welcome.TrySignInAsync(person.Email, person.Password)));
    }

    [Fact]
    public async Task Unlocking_lets_a_locked_out_person_sign_in_again()
    {
        var person = await app.Factory.CreateAsync(Roles.Auditor);
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByEmailAsync(person.Email))!;
            await users.SetLockoutEndDateAsync(stored, DateTimeOffset.UtcNow.AddMinutes(15));
        });
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var id = (await app.Factory.UserAsync(person.Email)).Id;
        Assert.Contains("Locked until", await client.GetStringAsync($"/admin/users/{id}"), StringComparison.Ordinal);

        using var response = await client.PostFormAsync($"/admin/users/{id}", [], postUrl: $"/admin/users/{id}?handler=Unlock");

        Assert.Contains("is unlocked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await app.Factory.UserAsync(person.Email)).LockoutEnd);
        using var fresh = app.Factory.CreateClient();
        Assert.NotEqual("/account/sign-in", PathOf(await fresh.TrySignInAsync(person.Email, person.Password)));
    }

    [Fact]
    public async Task Change_made_by_someone_else_meanwhile_is_not_overwritten()
    {
        var person = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var id = (await app.Factory.UserAsync(person.Email)).Id;
        var form = await client.GetStringAsync($"/admin/users/{id}");
        var stamp = Stamp().Match(form).Groups[1].Value;
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByIdAsync(id))!;
            stored.DisplayName = "Renamed by a colleague";
            await users.UpdateAsync(stored);
        });

        using var response = await client.PostFormAsync($"/admin/users/{id}",
            ("Input.DisplayName", "My late edit"), ("Input.Role", Roles.Auditor), ("Input.MemberCode", ""), ("Input.ConcurrencyStamp", stamp));

        var html = await AssertStatusAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("Someone changed this account since you opened this page", html, StringComparison.Ordinal);
        Assert.Contains("value=\"My late edit\"", html, StringComparison.Ordinal);
        Assert.Equal("Renamed by a colleague", (await app.Factory.UserAsync(person.Email)).DisplayName);
    }

    [Fact]
    public async Task New_set_password_link_is_shown_once()
    {
        var person = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var id = (await app.Factory.UserAsync(person.Email)).Id;

        using var response = await client.PostFormAsync($"/admin/users/{id}", [], postUrl: $"/admin/users/{id}?handler=Link");

        Assert.Contains("/account/set-password?userId=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/account/set-password?userId=", await client.GetStringAsync($"/admin/users/{id}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Disable")]
    [InlineData("?handler=Unlock")]
    public async Task Unknown_account_is_404(string handler)
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var missing = Guid.NewGuid().ToString();

        using var get = await client.GetAsync($"/admin/users/{missing}");
        using var post = await client.PostFormAsync("/admin/users", [], postUrl: $"/admin/users/{missing}{handler}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string id, string name, string role, string member)
    {
        var stamp = Stamp().Match(await client.GetStringAsync($"/admin/users/{id}")).Groups[1].Value;
        return await client.PostFormAsync($"/admin/users/{id}",
            ("Input.DisplayName", name), ("Input.Role", role), ("Input.MemberCode", member), ("Input.ConcurrencyStamp", stamp));
    }

    private static async Task<List<string?>> RolesOfAsync(ActionPlanDbContext db, string id) =>
        await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex Stamp();
}
