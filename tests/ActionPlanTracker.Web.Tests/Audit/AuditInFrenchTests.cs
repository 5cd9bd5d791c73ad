using System.Net;
using System.Text;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>
/// The audit pages and exports in French: words, known action and field names, dates and the exports' headers and
/// sheet name; the stored values (actions in the cells, data) as stored; English unchanged.
/// </summary>
public sealed class AuditInFrenchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] FrenchReportHeader =
        ["id_rapport", "cycle", "membre", "engagement", "état", "achèvement", "récit", "prochaines_étapes", "difficultés",
         "éléments_de_preuve", "motif_sans_objet", "commentaire_examen", "modifié_par", "modifié_le", "révisions"];

    private AppFactory Factory => app.Factory;

    private static async Task<HttpClient> InFrench(Task<HttpClient> signingIn)
    {
        var client = await signingIn;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }

    [Fact]
    public async Task The_trail_names_known_actions_and_fields_in_French_and_shows_unknown_ones_as_stored()
    {
        var actor = $"fr-trail-{Guid.NewGuid():N}@example.org";
        await AddEventsAsync(Factory.ConnectionString, 2, i => Event(
            actor, new(2028, 3, 9 + i, 12, 0, 0, TimeSpan.Zero), action: i == 1 ? "Opened" : "Frobnicated",
            after: i == 2 ? "{\"Narrative\": \"Texte tel qu’écrit\", \"Mystery\": \"x\"}" : null));
        using var french = await InFrench(Factory.SignInAsAsync(Roles.Auditor));
        using var english = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await french.GetAsync($"/audit?actor={actor}");
        var englishHtml = await english.GetStringAsync($"/audit?actor={actor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Piste d’audit</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Vérifier la chaîne</a>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Filter_Actor\">Auteur</label>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Ouvert</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Frobnicated</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Description des actions menées</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Mystery</th>", html, StringComparison.Ordinal);
        Assert.Contains("Texte tel qu’écrit", html, StringComparison.Ordinal);
        Assert.Contains("10 mars 2028, 12:00:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("11 mars 2028, 12:00:00 UTC", html, StringComparison.Ordinal);

        Assert.Contains("<h1>Audit trail</h1>", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Opened</td>", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Narrative</th>", englishHtml, StringComparison.Ordinal);
        Assert.Contains("10 Mar 2028, 12:00:00 UTC", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_is_refused_in_French()
    {
        using var client = await InFrench(Factory.SignInAsAsync(Roles.Auditor));

        using var badDate = await client.GetAsync("/audit?from=10/03/2028&member=XX");
        using var reversed = await client.GetAsync("/audit?from=2028-03-10&to=2028-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var html = await badDate.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"from-error\" class=\"field-error\">Écrivez une date comprise entre 1900 et 2199 sous la forme année-mois-jour, par exemple 2026-01-31.</span>", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez l’un des membres : ", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("La date de fin précède la date de début.", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_export_has_French_headers_and_a_French_sheet_with_the_data_as_stored_and_is_recorded()
    {
        await Factory.OpenCycleAsync("2050-H1");
        var id = await Factory.ReportIdAsync("2050-H1", "FR", "I.2");
        await Factory.SaveAsync(id, new ReportContent(Completion.Limited, "Une unité créée en mars.", "Former le personnel.", "", [], null));
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await InFrench(Factory.SignInAsync(auditor));
        using var english = await Factory.SignInAsAsync(Roles.Auditor);

        var csv = CsvReader.Parse(await CsvTextAsync(client, "/audit/export.csv?what=reports"));
        var englishCsv = CsvReader.Parse(await CsvTextAsync(english, "/audit/export.csv?what=reports"));
        using var xlsx = await client.GetAsync("/audit/export.xlsx?what=reports");
        var (sheet, rows) = ReadXlsx(await xlsx.Content.ReadAsByteArrayAsync());

        Assert.Equal(FrenchReportHeader, csv[0]);
        var row = Assert.Single(csv, r => r[1] == "2050-H1");
        Assert.Equal(["FR", "I.2", "Draft", "Limited", "Une unité créée en mars.", "Former le personnel."], row[2..8]);
        Assert.Equal("report_id", englishCsv[0][0]);
        Assert.Equal("last_changed_at", englishCsv[0][13]);
        Assert.Equal(row, Assert.Single(englishCsv, r => r[1] == "2050-H1"));

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("rapports", sheet);
        Assert.Equal(["Rapport", "Cycle", "Membre", "Engagement", "État", "Degré d’achèvement", "Récit"], rows[0][..7]);
        Assert.Equal("Dernière modification (UTC)", rows[0][13]);
        Assert.Equal(row[..8], Assert.Single(rows, r => r.Length > 1 && r[1] == "2050-H1")[..8]);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported) && e.EntityKey == "reports …..…"));
    }

    [Fact]
    public async Task The_export_form_and_its_refusal_are_in_French()
    {
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await InFrench(Factory.SignInAsync(auditor));

        var form = await client.GetStringAsync("/audit/export.csv");
        using var refused = await client.GetAsync("/audit/export.csv?what=everything");

        Assert.Contains("<h1>Exporter le registre</h1>", form, StringComparison.Ordinal);
        Assert.Contains(">événements</option>", form, StringComparison.Ordinal);
        Assert.Contains(">Télécharger le XLSX</button>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(
            "Choisissez ce que vous voulez exporter : événements, révisions, rapports ou pièces jointes.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
    }

    [Fact]
    public async Task A_reports_changes_and_the_chain_check_read_in_French()
    {
        await Factory.OpenCycleAsync("2051-H1");
        var id = await Factory.ReportIdAsync("2051-H1", "IT", "I.1");
        await Factory.SaveAsync(id, new ReportContent(Completion.NotStarted, "Premier récit.", "", "", [], null));
        using var client = await InFrench(Factory.SignInAsAsync(Roles.Auditor));

        var changes = await client.GetStringAsync($"/audit/reports/{id}");
        var verify = await client.GetStringAsync("/audit/verify");

        Assert.Contains("<p class=\"eyebrow\">Italie · cycle 2051-H1</p>", changes, StringComparison.Ordinal);
        Assert.Contains("<h1>Modifications de <span class=\"code\">I.1</span>", changes, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\" selected=\"selected\">Révision 1, ", changes, StringComparison.Ordinal);
        Assert.Contains(", Enregistré par ", changes, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"field-narrative\">", changes, StringComparison.Ordinal);
        Assert.Contains("Description des actions menées", changes, StringComparison.Ordinal);
        Assert.Contains("Commentaire du secrétariat (inchangé)", changes, StringComparison.Ordinal);
        Assert.Contains("<h2>La chaîne est intacte</h2>", verify, StringComparison.Ordinal);
        Assert.Contains(" événements, chaîne intacte, tête ", verify, StringComparison.Ordinal);
    }

    private static async Task<string> CsvTextAsync(HttpClient client, string address)
    {
        var bytes = await client.GetByteArrayAsync(address);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>The workbook's one sheet name and its rows as text (cells left out are empty strings).</summary>
    private static (string Sheet, IReadOnlyList<string[]> Rows) ReadXlsx(byte[] bytes) => Infrastructure.XlsxReader.First(bytes);

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
}
