using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// The dashboard, readiness, changes, comparison, commitment, member and indicator pages read by a browser asking
/// for French: French headings and messages, French member names, dates in French, and the plan's titles in French
/// where an administrator entered a translation, in English where none was.
/// </summary>
public sealed class FrenchDashboardPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Previous = "2040-H2";
    private const string Cycle = "2041-H1";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_dashboard_reads_in_French_with_French_names_dates_and_the_translated_commitment_title()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{Cycle}/dashboard");

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>Tableau de bord du cycle {Cycle}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Date limite de soumission des rapports : 15 juillet 2041 ; réunion des chefs de délégation : 14 août 2041.", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Allemagne\">DE</abbr>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"GB\">Royaume-Uni</option>", html, StringComparison.Ordinal);
        Assert.Equal("I.1 Unités spécialisées des services répressifs", DashboardData.Cells(html, "row-I.1")[0]);
        Assert.Equal("I.2 Network of liaison officers", DashboardData.Cells(html, "row-I.2")[0]);
        var level = Languages.In(Languages.French, () => Completion.Substantial.Label());
        Assert.Contains($">{level}</span>", DashboardData.MarkupOf(html, "cell-I.1-FR"), StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Achèvement élevé</th>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"rollups\">Synthèses</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dashboard of cycle", html, StringComparison.Ordinal);
        Assert.DoesNotContain("reports shown", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_naming_no_member_gets_a_French_message_and_400()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{Cycle}/dashboard?member=XX", HttpStatusCode.BadRequest);

        Assert.Contains("Choisissez un membre dans la liste.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose a member", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_point_reads_other_members_drafts_as_not_yet_approved_in_French()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.FocalPoint, "FR");

        var html = await client.PageAsync($"/cycles/{Cycle}/dashboard");

        Assert.Contains(">Pas encore approuvé</span>", DashboardData.MarkupOf(html, "cell-I.1-DE"), StringComparison.Ordinal);
        Assert.Contains("apparaissent comme « Pas encore approuvé »", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_reads_in_French_with_the_deadline_in_French()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{Cycle}/readiness");

        Assert.Contains($"<h1>État de préparation du cycle {Cycle}</h1>", html, StringComparison.Ordinal);
        Assert.StartsWith("15 juillet 2041 (", DashboardData.TextOf(html, "deadline"), StringComparison.Ordinal);
        Assert.EndsWith("jours restants)", DashboardData.TextOf(html, "deadline"), StringComparison.Ordinal);
        Assert.Equal("14 août 2041", DashboardData.TextOf(html, "meeting"));
        Assert.Equal("Allemagne", DashboardData.Cells(html, "readiness-DE")[0]);
        Assert.Equal("Tous les membres", DashboardData.Cells(html, "readiness-all")[0]);
        Assert.Contains("<th scope=\"col\">Aucun rapport</th>", html, StringComparison.Ordinal);
        Assert.Contains("Aucun pour l’instant : la date limite n’est pas encore passée.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_and_the_comparison_read_in_French()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var changes = await client.PageAsync($"/cycles/{Cycle}/changes");
        var diff = await client.PageAsync($"/cycles/{Cycle}/changes/FR/I.1");

        Assert.Contains($"<h1>Évolution depuis {Previous}</h1>", changes, StringComparison.Ordinal);
        Assert.Equal("Allemagne", DashboardData.Cells(changes, "changes-DE")[0]);
        Assert.Contains("aria-label=\"Comparer les textes de FR sur I.1\">Comparer les textes</a>", changes, StringComparison.Ordinal);
        Assert.Contains("Uniquement ce qui a changé", changes, StringComparison.Ordinal);
        Assert.Contains("France · <span class=\"code\">I.1</span> <span>Unités spécialisées des services répressifs</span>", diff, StringComparison.Ordinal);
        Assert.Contains("<h2>Actions menées au cours de la période</h2>", diff, StringComparison.Ordinal);
        Assert.StartsWith($"Évolution depuis {Previous} :", DashboardData.TextOf(diff, "change"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commitment_page_shows_the_French_title_and_text_and_French_member_names()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var translated = await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}");
        var untranslated = await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.2?cycle={Cycle}");

        Assert.Contains("<span>Unités spécialisées des services répressifs</span></h1>", translated, StringComparison.Ordinal);
        Assert.Equal("Texte de l’engagement en français.", DashboardData.TextOf(translated, "commitment-text"));
        Assert.Contains($"<h2 id=\"cycle-heading\">Tous les membres au cycle {Cycle}</h2>", translated, StringComparison.Ordinal);
        Assert.Equal("Allemagne", DashboardData.Cells(translated, "member-DE")[0]);
        Assert.Equal("Allemagne", DashboardData.Cells(translated, "history-DE")[0]);
        Assert.Contains("<h2 id=\"history-heading\">Historique d’un cycle à l’autre</h2>", translated, StringComparison.Ordinal);

        // No translation entered: the adopted English, marked as English for screen readers.
        Assert.Contains("<span lang=\"en\">Network of liaison officers</span></h1>", untranslated, StringComparison.Ordinal);
        Assert.Contains("id=\"commitment-text\" lang=\"en\"", untranslated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_page_reads_in_French_under_the_members_French_name()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/members/DE?cycle={Cycle}");

        Assert.Contains("<h1>Allemagne</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Allemagne", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"trend-heading\">Tendance par pilier</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"Rapports du cycle {Cycle}", html, StringComparison.Ordinal);
        Assert.Equal("I.1 Unités spécialisées des services répressifs", DashboardData.Cells(html, "report-I.1")[0]);
        Assert.Contains("Allemagne dans le tableau de bord de 2041-H1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_pages_and_a_refused_definition_read_in_French()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        var list = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators");
        var overview = await client.PageAsync("/indicators");
        using var refused = await client.PostFormAsync("/plans/g7-smuggling-of-migrants-2024/commitments/I.1/indicators/new",
            ("Input.Name", ""), ("Input.Unit", "personnes"), ("Input.Kind", "Count"), ("Input.BySex", "true"), ("Input.SexCategories", "Femmes"));
        var form = await refused.Content.ReadAsStringAsync();

        Assert.Contains("<h1>Indicateurs de <span class=\"code\">I.1</span></h1>", list, StringComparison.Ordinal);
        Assert.Contains(">Définir un indicateur</a>", list, StringComparison.Ordinal);
        Assert.Contains("I.1 Unités spécialisées des services répressifs</a>", list, StringComparison.Ordinal);
        Assert.Contains("<h1>Indicateurs par membre et d’un cycle à l’autre</h1>", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Nommez l’indicateur, par exemple « Agents formés ».", form, StringComparison.Ordinal);
        Assert.Contains("Indiquez de 2 à 10 catégories de sexe, une par ligne ; il y en a 1.", form, StringComparison.Ordinal);
        Assert.Contains("value=\"personnes\"", form, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Indicators.AnyAsync(i => i.Unit == "personnes"));
    }

    [Fact]
    public async Task An_indicator_defined_in_French_is_confirmed_in_French_and_shown_with_French_breakdowns()
    {
        await SeedAsync();
        using var client = await FrenchClientAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/plans/g7-smuggling-of-migrants-2024/commitments/I.3/indicators/new",
            ("Input.Name", "Agents formés"), ("Input.Unit", "personnes"), ("Input.Definition", ""), ("Input.Kind", "Count"),
            ("Input.BySex", "true"), ("Input.SexCategories", "Femmes\nHommes"), ("Input.ByAge", "false"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/plans/g7-smuggling-of-migrants-2024/commitments/I.3/indicators", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("L’indicateur « Agents formés » est défini pour I.3.", html.Replace("&#xAB;", "«", StringComparison.Ordinal).Replace("&#xBB;", "»", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<td>Sexe : Femmes, Hommes</td>", html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Indicators.AsNoTracking().SingleAsync(i => i.Name == "Agents formés");
        Assert.Equal(["Femmes", "Hommes"], stored.SexCategories);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Entity == nameof(Indicator) && e.Action == nameof(AuditAction.Created) && e.EntityKey == $"{stored.CommitmentId}/Agents formés"));
    }

    [Fact]
    public async Task The_same_dashboard_stays_English_for_a_browser_that_asks_for_nothing()
    {
        await SeedAsync();
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{Cycle}/dashboard");

        Assert.Contains($"<h1>Dashboard of cycle {Cycle}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Reports due 15 July 2041; Heads of Delegation meeting 14 August 2041.", html, StringComparison.Ordinal);
        Assert.Equal("I.1 Specialised law enforcement units", DashboardData.Cells(html, "row-I.1")[0]);
        Assert.Contains("<abbr title=\"Germany\">DE</abbr>", html, StringComparison.Ordinal);
    }

    /// <summary>Two cycles, a French title and text on I.1, and reports by France and Germany; made once for the class.</summary>
    private async Task SeedAsync()
    {
        await using (var db = Factory.CreateDbContext())
        {
            if (await db.Cycles.AnyAsync(c => c.Code == Cycle))
            {
                return;
            }

            var commitment = await db.Commitments.SingleAsync(c => c.Code == "I.1");
            commitment.Translate("Unités spécialisées des services répressifs", "Texte de l’engagement en français.");
            await db.SaveChangesAsync();
        }

        await Factory.OpenCycleAsync(Previous);
        await Factory.ReportAsync(Previous, "FR", "I.1", ReviewState.Approved, Completion.Limited, "Unité créée.");
        await Factory.PublishCycleAsync(Previous);
        await Factory.OpenCycleAsync(Cycle, deadline: new DateOnly(2041, 7, 15));
        await Factory.ReportAsync(Cycle, "FR", "I.1", ReviewState.Approved, Completion.Substantial, "Unité créée et dotée.");
        await Factory.ReportAsync(Cycle, "DE", "I.1", ReviewState.Draft, Completion.Complete);
    }

    private async Task<HttpClient> FrenchClientAsync(string role, string? member = null)
    {
        var client = await Factory.SignInAsAsync(role, member);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }
}
