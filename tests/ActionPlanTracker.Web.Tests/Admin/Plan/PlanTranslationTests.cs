using System.Globalization;
using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Admin.Plan;

/// <summary>Administrators enter the French text of the plan; French readers see it on the plan page, English readers the adopted text.</summary>
public sealed class PlanTranslationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string FrenchTitle = "Enquêtes conjointes sur les réseaux de passeurs";
    private const string FrenchText = "Renforcer la coopération entre les services d’enquête des membres du G7, y compris par des équipes communes.";

    [Fact]
    public async Task Administrator_enters_a_French_commitment_text_that_French_readers_see_on_the_plan()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);

        using var response = await SaveCommitmentAsync(client, "II.1", FrenchTitle, FrenchText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin/plans/g7-smuggling-of-migrants-2024", response.RequestMessage!.RequestUri!.AbsolutePath);
        var overview = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Saved the French text of commitment II.1.", overview, StringComparison.Ordinal);
        Assert.Contains($"<td lang=\"fr\">{FrenchTitle}</td>", overview, StringComparison.Ordinal);

        await using var db = app.Factory.CreateDbContext();
        var stored = await db.Commitments.AsNoTracking().SingleAsync(c => c.Code == "II.1");
        Assert.Equal((FrenchTitle, FrenchText), (stored.ShortTitleFr, stored.TextFr));
        var audit = await db.AuditEvents.Where(e => e.Entity == "Commitment" && e.EntityKey == "II.1" && e.Actor == admin.Email).SingleAsync();
        Assert.Equal(nameof(AuditAction.Updated), audit.Action);
        Assert.Contains("Enquêtes conjointes", audit.After, StringComparison.Ordinal);

        var french = await PlanPageAsync("fr");
        Assert.Contains($"<h3 class=\"commitment__title\">{FrenchTitle}</h3>", french, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"reading\">{FrenchText}</p>", french, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.Text, french, StringComparison.Ordinal);

        var english = await PlanPageAsync("en");
        Assert.Contains($"<p class=\"reading\">{stored.Text}</p>", english, StringComparison.Ordinal);
        Assert.DoesNotContain(FrenchTitle, english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emptying_the_French_text_removes_it_and_French_readers_see_the_adopted_text_marked_as_English()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        using var saved = await SaveCommitmentAsync(client, "II.2", FrenchTitle, FrenchText);

        using var emptied = await SaveCommitmentAsync(client, "II.2", "", "   ");

        Assert.Contains("Removed the French text of commitment II.2", await emptied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        var stored = await db.Commitments.AsNoTracking().SingleAsync(c => c.Code == "II.2");
        Assert.Null(stored.ShortTitleFr);
        Assert.Null(stored.TextFr);
        var french = await PlanPageAsync("fr");
        Assert.Contains($"<p class=\"reading\" lang=\"en\">{stored.Text}</p>", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_since_the_form_was_shown_is_not_overwritten()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        var version = await VersionAsync("II.3");
        await using (var other = app.Factory.CreateDbContext())
        {
            var commitment = await other.Commitments.SingleAsync(c => c.Code == "II.3");
            commitment.Translate("Titre saisi par un autre administrateur", null);
            await other.SaveChangesAsync();
        }

        using var response = await client.PostFormAsync("/admin/plans/g7-smuggling-of-migrants-2024/commitments/II.3",
            ("Input.TitleFr", "Mon titre"), ("Input.TextFr", "Mon texte, à ne pas perdre."), ("Input.Version", version));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone changed this French text since you opened this page, so nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains("Mon texte, à ne pas perdre.", html, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        var stored = await db.Commitments.AsNoTracking().SingleAsync(c => c.Code == "II.3");
        Assert.Equal("Titre saisi par un autre administrateur", stored.ShortTitleFr);
        Assert.Null(stored.TextFr);
    }

    [Fact]
    public async Task Administrator_enters_French_pillar_priority_and_member_texts()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        await using var before = app.Factory.CreateDbContext();
        var pillar = await before.Pillars.AsNoTracking().SingleAsync(p => p.Number == 3);
        var priority = await before.Priorities.AsNoTracking().SingleAsync(p => p.Number == 2);

        using var pillarSaved = await client.PostFormAsync("/admin/plans/g7-smuggling-of-migrants-2024/pillars/3",
            ("Input.TitleFr", "Poursuites"), ("Input.TextFr", "Les membres du G7 s’engagent à :"), ("Input.Version", Invariant(pillar.Version)));
        using var prioritySaved = await client.PostFormAsync("/admin/plans/g7-smuggling-of-migrants-2024/priorities/2",
            ("Input.TitleFr", "Protéger"), ("Input.TextFr", "Protéger les migrants objets d’un trafic."), ("Input.Version", Invariant(priority.Version)));

        Assert.All([pillarSaved, prioritySaved], r => Assert.Equal("/admin/plans/g7-smuggling-of-migrants-2024", r.RequestMessage!.RequestUri!.AbsolutePath));
        await using var db = app.Factory.CreateDbContext();
        var storedPillar = await db.Pillars.AsNoTracking().SingleAsync(p => p.Number == 3);
        Assert.Equal(("Poursuites", "Les membres du G7 s’engagent à :"), (storedPillar.TitleFr, storedPillar.LeadSentenceFr));
        Assert.Equal("Protéger les migrants objets d’un trafic.", await db.Priorities.Where(p => p.Number == 2).Select(p => p.TextFr).SingleAsync());
        var audited = await db.AuditEvents.Where(e => e.Actor == admin.Email && e.Action == nameof(AuditAction.Updated) && (e.Entity == "Pillar" || e.Entity == "Priority")).Select(e => e.Entity + " " + e.EntityKey).ToListAsync();
        Assert.Equal(["Pillar III", "Priority P2"], audited.Order(StringComparer.Ordinal));

        var french = await PlanPageAsync("fr");
        Assert.Contains("<span class=\"numeral\">III</span> <span>Poursuites</span>", french, StringComparison.Ordinal);
        Assert.Contains("<p class=\"reading\"><strong>Protéger</strong> les migrants objets d’un trafic.</p>", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_lists_every_text_with_its_translation_or_none_yet()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/plans/g7-smuggling-of-migrants-2024"));

        Assert.Contains("<h1>Plans: versions and French text</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"pillars, \d of 5;", html);
        Assert.Contains("members, 8 of 8.", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"muted\">No translation yet</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.1\"><span class=\"code\">I.1</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/plans/g7-smuggling-of-migrants-2024/pillars/1\"><span class=\"code\">I</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"fr\">Allemagne</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_and_their_messages_are_in_French_for_a_French_reader()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var overview = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/plans/g7-smuggling-of-migrants-2024"));
        using var refused = await client.PostFormAsync("/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.2",
            ("Input.TitleFr", new string('é', 201)), ("Input.TextFr", "Texte\u001b"), ("Input.Version", await VersionAsync("I.2")));

        Assert.Contains("<h1>Plans : versions et texte français</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("Pas encore de traduction", overview, StringComparison.Ordinal);
        Assert.Contains("Entièrement traduits :", overview, StringComparison.Ordinal);
        Assert.Contains("Modifier les plans", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Engagement I.2 en français</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Un titre français compte ici 200 caractères au maximum.", html, StringComparison.Ordinal);
        Assert.Contains("Le texte ne peut pas contenir de caractères de contrôle invisibles", html, StringComparison.Ordinal);
        Assert.Contains("4\u202f000 caractères au maximum.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_page_in_French_says_the_English_text_is_authoritative_and_dates_are_French()
    {
        var french = await PlanPageAsync("fr");
        var english = await PlanPageAsync("en");

        Assert.Contains("Le texte faisant foi du plan est le texte anglais tel qu’adopté.", french, StringComparison.Ordinal);
        Assert.Contains("Mirabella Eclano, 2–4 octobre 2024. 5 piliers,", french, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"en\">G7 Action Plan to Prevent and Counter the Smuggling of Migrants</h1>", french, StringComparison.Ordinal);
        Assert.Contains("Priorités du plan d’action", french, StringComparison.Ordinal);
        Assert.DoesNotContain("authoritative", english, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", english.Replace("<html lang=\"en\">", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_roles_can_neither_open_nor_save_the_French_text()
    {
        using var secretariat = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var version = await VersionAsync("I.3");

        using var page = await secretariat.GetAsync("/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.3");
        var token = await secretariat.GetTokenAsync("/account/sign-in");
        using var post = await secretariat.PostAsync("/admin/plans/g7-smuggling-of-migrants-2024/commitments/I.3", new FormUrlEncodedContent([
            new("Input.TitleFr", "Pirate"), new("Input.TextFr", ""), new("Input.Version", version), new(Forms.TokenField, token)]));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = app.Factory.CreateDbContext();
        Assert.Null(await db.Commitments.Where(c => c.Code == "I.3").Select(c => c.ShortTitleFr).SingleAsync());
    }

    private static async Task<HttpResponseMessage> SaveCommitmentAsync(HttpClient client, string code, string title, string text)
    {
        var version = await FormVersionAsync(client, $"/admin/plans/g7-smuggling-of-migrants-2024/commitments/{code}");
        return await client.PostFormAsync($"/admin/plans/g7-smuggling-of-migrants-2024/commitments/{code}",
            ("Input.TitleFr", title), ("Input.TextFr", text), ("Input.Version", version));
    }

    /// <summary>The version the form carries in its hidden field, as a browser would post it back.</summary>
    private static async Task<string> FormVersionAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var marker = "name=\"Input.Version\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{url} carries no version.");
        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }

    private async Task<string> VersionAsync(string code)
    {
        await using var db = app.Factory.CreateDbContext();
        return Invariant(await db.Commitments.Where(c => c.Code == code).Select(c => c.Version).SingleAsync());
    }

    /// <summary>The plan page as a visitor reading <paramref name="language"/> sees it, with its text decoded.</summary>
    private async Task<string> PlanPageAsync(string language)
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return WebUtility.HtmlDecode(await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024"));
    }

    private static string Invariant(uint version) => version.ToString(CultureInfo.InvariantCulture);
}
