using System.Globalization;
using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// The account, administration and notification pages in French: headings, labels, validation messages, notices,
/// dates and member names, for a browser asking for French or a person whose profile says French.
/// </summary>
public sealed class AccountPagesInFrenchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private HttpClient FrenchVisitor()
    {
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }

    /// <summary>Signs the person in with French in their profile, so every page follows it without any browser header.</summary>
    private async Task<(TestUser User, HttpClient Client)> SignedInInFrenchAsync(string role, string? member = null)
    {
        var user = await app.Factory.CreateAsync(role, member);
        await using (var db = app.Factory.CreateDbContext())
        {
            var account = await db.Users.SingleAsync(u => u.Email == user.Email);
            account.PreferredLanguage = "fr";
            await db.SaveChangesAsync();
        }

        return (user, await app.Factory.SignInAsync(user));
    }

    [Fact]
    public async Task The_sign_in_page_and_its_refusals_read_in_French()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = FrenchVisitor();

        var page = await client.GetStringAsync("/account/sign-in");
        using var empty = await client.PostFormAsync("/account/sign-in", ("Input.Email", ""), ("Input.Password", ""));
        using var wrong = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", "not the password at all"));

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Connexion</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Adresse électronique</label>", page, StringComparison.Ordinal);
        Assert.Contains(">Se connecter</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Saisissez votre adresse électronique.", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Saisissez votre mot de passe.", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("L’adresse électronique ou le mot de passe est incorrect.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, await db.Users.Where(u => u.Email == user.Email).Select(u => u.AccessFailedCount).SingleAsync());
    }

    [Fact]
    public async Task The_account_page_shows_the_language_of_the_profile_and_changes_it_through_the_switch()
    {
        var (user, client) = await SignedInInFrenchAsync(Roles.FocalPoint, "DE");
        using var _ = client;

        var html = await client.GetStringAsync("/account");

        Assert.Contains("<h1>Votre compte</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Langue</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Français", html, StringComparison.Ordinal);
        Assert.Contains("Le sélecteur en haut de chaque page permet de la changer", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Allemagne</dd>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"language\" value=\"en\" lang=\"en\">English</button>", html, StringComparison.Ordinal);

        using var switched = await client.PostFormAsync("/account", [new("language", "en"), new("returnUrl", "/account")], postUrl: "/language");

        var english = await switched.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Your account</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<dd>Germany</dd>", english, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal("en", await db.Users.Where(u => u.Email == user.Email).Select(u => u.PreferredLanguage).SingleAsync());
    }

    [Fact]
    public async Task A_bad_password_change_is_refused_in_French_and_changes_nothing()
    {
        var (user, client) = await SignedInInFrenchAsync(Roles.Auditor);
        using var _ = client;
        await using var before = app.Factory.CreateDbContext();
        var hash = await before.Users.Where(u => u.Email == user.Email).Select(u => u.PasswordHash).SingleAsync();

        var page = await client.GetStringAsync("/account/change-password");
        using var response = await client.PostFormAsync(
            "/account/change-password", ("Input.CurrentPassword", ""), ("Input.NewPassword", "short"), ("Input.ConfirmPassword", "other"));

        Assert.Contains("<h1>Modifier votre mot de passe</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Nouveau mot de passe</label>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Saisissez votre mot de passe actuel.", html, StringComparison.Ordinal);
        Assert.Contains("Un mot de passe compte ici au moins 12 caractères.", html, StringComparison.Ordinal);
        Assert.Contains("Les deux nouveaux mots de passe ne sont pas identiques.", html, StringComparison.Ordinal);
        await using var after = app.Factory.CreateDbContext();
        Assert.Equal(hash, await after.Users.Where(u => u.Email == user.Email).Select(u => u.PasswordHash).SingleAsync());
    }

    [Fact]
    public async Task A_token_is_created_with_French_messages_and_listed_with_French_dates()
    {
        var (user, client) = await SignedInInFrenchAsync(Roles.Auditor);
        using var _ = client;

        using var refused = await client.PostFormAsync("/account/tokens/new", ("Input.Name", ""), ("Input.ExpiresInDays", "90"));
        var today = DateTimeOffset.UtcNow;
        using var created = await client.PostFormAsync(
            "/account/tokens/new", ("Input.Name", "Archives du ministère"), ("Input.Scopes", "read:reports"), ("Input.ExpiresInDays", "90"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Donnez au jeton le nom du système qui l’utilisera.", refusal, StringComparison.Ordinal);
        Assert.Contains("Choisissez ce que le jeton peut lire.", refusal, StringComparison.Ordinal);
        Assert.Contains("<code>read:plan</code>: Le plan, ses membres et ses cycles de rapport</label>", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var list = await created.Content.ReadAsStringAsync();
        Assert.Contains("Le jeton « Archives du ministère » est créé.", list, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"new-token-heading\">Copiez votre nouveau jeton maintenant</h2>", list, StringComparison.Ordinal);
        Assert.Contains("<td>jamais</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>Actif</td>", list, StringComparison.Ordinal);
        Assert.Contains($"<td>{today.AddDays(90).ToString("d MMMM yyyy", French)}, ", list, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        var userId = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
        Assert.Equal("Archives du ministère", Assert.Single(await db.PersonalAccessTokens.Where(t => t.UserId == userId).ToListAsync()).Name);
    }

    [Fact]
    public async Task The_notification_list_reads_in_French_with_French_dates()
    {
        var (user, client) = await SignedInInFrenchAsync(Roles.FocalPoint, "IT");
        using var _ = client;
        Assert.Contains("Vous n’avez aucune notification.", await client.GetStringAsync("/notifications"), StringComparison.Ordinal);
        await using (var db = app.Factory.CreateDbContext())
        {
            var userId = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
            var at = new DateTimeOffset(2034, 7, 15, 9, 30, 0, TimeSpan.Zero);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO notifications (user_id, kind, dedup_key, text, link, created_at) VALUES ({userId}, 'ReportApproved', {"fr-test:" + userId}, 'IT I.1 (2034-H1) a été approuvé.', '/reports', {at})");
        }

        var html = await client.GetStringAsync("/notifications");
        using var read = await client.PostFormAsync("/notifications", [], postUrl: "/notifications?handler=ReadAll");

        Assert.Contains("<td>15 juil. 2034, 09:30 UTC</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Nouveau</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Marquer comme lue</button>", html, StringComparison.Ordinal);
        Assert.Contains(">Tout marquer comme lu (1)</button>", html, StringComparison.Ordinal);
        Assert.Contains("1 notification marquée comme lue.", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = app.Factory.CreateDbContext();
        Assert.NotNull(await after.Notifications.Where(n => n.DedupKey.StartsWith("fr-test:")).Select(n => n.ReadAt).SingleAsync());
    }

    [Fact]
    public async Task The_administrator_manages_users_in_French()
    {
        await app.Factory.CreateAsync(Roles.FocalPoint, "JP");
        var (_, client) = await SignedInInFrenchAsync(Roles.Administrator);
        using var __ = client;

        var users = await client.GetStringAsync("/admin/users?role=FocalPoint");
        using var refused = await client.PostFormAsync(
            "/admin/users/invite", ("Input.Email", "nouveau@example.org"), ("Input.DisplayName", "Nouveau"), ("Input.Role", Roles.FocalPoint), ("Input.MemberCode", ""));

        Assert.Contains("<h1>Utilisateurs</h1>", users, StringComparison.Ordinal);
        Assert.Contains(">Inviter un utilisateur</a>", users, StringComparison.Ordinal);
        Assert.Contains("<td>Japon</td>", users, StringComparison.Ordinal);
        Assert.Contains("<td>Actif</td>", users, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Inviter un utilisateur</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Un point focal national rend compte pour un membre : choisissez-le.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nouveau\"", html, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "nouveau@example.org"));
    }

    [Fact]
    public async Task Error_statuses_are_explained_in_French()
    {
        using var client = FrenchVisitor();

        using var missing = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Aller au plan</a>", html, StringComparison.Ordinal);
    }
}
