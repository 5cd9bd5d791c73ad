using System.Globalization;
using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Pages.Import;
using ActionPlanTracker.Web.Tests.Attachments;
using ActionPlanTracker.Web.Tests.Import;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// A focal point whose browser asks for French files reports in French: my reports, the report form, its messages,
/// the history, the evidence documents and the import, with dates and numbers written the French way.
/// </summary>
public sealed class FrenchFocalPointTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task My_reports_are_listed_in_French_with_the_deadline_written_the_French_way()
    {
        await Factory.OpenCycleAsync("2081-H1");
        var id = await Factory.ReportIdAsync("2081-H1", "FR", "I.1");
        await Factory.SaveAsync(id, ReportData.Content("Une cellule a été créée."));
        using var client = await FrenchFocalPointAsync();

        using var response = await client.GetAsync("/reports?cycle=2081-H1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Mes rapports</h1>", html, StringComparison.Ordinal);
        Assert.Contains("date limite de soumission le 15 juillet 2081 :", html, StringComparison.Ordinal);
        Assert.Contains("27 sur 27 restent à compléter avant la date limite", html, StringComparison.Ordinal);
        Assert.Contains("Où en sont vos 27 rapports", html, StringComparison.Ordinal);
        Assert.Contains(">Envoyer les rapports prêts…</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Reprendre les rapports du cycle précédent</button>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Degré d’avancement</th>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Modifier I.1\"", html, StringComparison.Ordinal);
        Assert.Contains(">Modifier</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Send ready reports", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Where your", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_form_is_in_French_with_the_completion_levels_in_French()
    {
        await Factory.OpenCycleAsync("2081-H2");
        var id = await Factory.ReportIdAsync("2081-H2", "FR", "I.2");
        using var client = await FrenchFocalPointAsync();

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("Cycle 2081-H2 · date limite de soumission : 15 janvier 2082", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Degré d’avancement</legend>", html, StringComparison.Ordinal);
        Assert.Contains(">Actions menées au cours de la période</label>", html, StringComparison.Ordinal);
        Assert.Contains(">Prochaines étapes</label>", html, StringComparison.Ordinal);
        Assert.Contains(">Difficultés</label>", html, StringComparison.Ordinal);
        Assert.Contains(">Éléments de preuve</label>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode($"{20_000.ToString("N0", French)} caractères au maximum."), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Uniquement pour « Sans objet »"), html, StringComparison.Ordinal);
        Assert.Contains(">Enregistrer le brouillon</button>", html, StringComparison.Ordinal);
        Assert.Contains(">Enregistrer et soumettre</button>", html, StringComparison.Ordinal);
        Assert.Contains(">Historique complet</a>", html, StringComparison.Ordinal);
        foreach (var level in CompletionScale.All)
        {
            Assert.Contains($"/> {Html.Encode(Languages.In(Languages.French, () => level.Label()))}</label>", html, StringComparison.Ordinal);
            Assert.Contains(Html.Encode(Languages.In(Languages.French, () => level.Definition())), html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Save draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("What was done in the period", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_narrative_too_long_and_not_applicable_without_a_reason_are_refused_in_French_and_nothing_is_saved()
    {
        await Factory.OpenCycleAsync("2082-H1");
        var id = await Factory.ReportIdAsync("2082-H1", "FR", "I.3");
        using var client = await FrenchFocalPointAsync();

        using var tooLong = await PostAsync(client, id, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", new string('a', 20_001)));
        using var noReason = await PostAsync(client, id, "Save", ("Input.Completion", "NotApplicable"), ("Input.Narrative", "Rien à signaler."));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var longHtml = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("<h2 id=\"error-summary-title\">Il y a un problème</h2>", longHtml, StringComparison.Ordinal);
        Assert.Contains(Html.Encode($"Le récit ne peut dépasser {20_000.ToString("N0", French)} caractères ; ce texte en compte 20001."), longHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var reasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Contains(Html.Encode("« Sans objet » doit être motivé : indiquez pourquoi l’engagement ne s’applique pas à ce membre."), reasonHtml, StringComparison.Ordinal);
        Assert.Contains("Rien à signaler.</textarea>", reasonHtml, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.False(stored.HasContent);
        Assert.Empty(stored.Revisions);
    }

    [Fact]
    public async Task A_save_then_a_conflicting_save_are_told_in_French()
    {
        await Factory.OpenCycleAsync("2082-H2");
        var id = await Factory.ReportIdAsync("2082-H2", "FR", "II.1");
        using var first = await FrenchFocalPointAsync();
        using var second = await FrenchFocalPointAsync();
        var firstForm = await ReadAsync(first, id);
        var secondForm = await ReadAsync(second, id);

        using var saved = await firstForm.PostAsync(first, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", "Première version."));
        using var conflict = await secondForm.PostAsync(second, "Save", ("Input.Narrative", "Seconde version."));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Votre brouillon pour II.1 est enregistré.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains(Html.Encode("Une autre personne a enregistré ce rapport pendant que vous le modifiiez"), html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"saved-heading\">Version actuellement enregistrée</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Actions menées au cours de la période</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Seconde version.</textarea>", html, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal("Première version.", stored.Narrative);
        Assert.Single(stored.Revisions);
    }

    [Fact]
    public async Task The_history_is_in_French_with_French_dates()
    {
        await Factory.OpenCycleAsync("2083-H1");
        var id = await Factory.ReportIdAsync("2083-H1", "FR", "II.2");
        await Factory.SaveAsync(id, ReportData.Content("Formation des agents."));
        var at = Assert.Single((await Factory.StoredAsync(id)).Revisions).At;
        using var client = await FrenchFocalPointAsync();

        var html = await client.GetStringAsync($"/reports/{id}/history");

        Assert.Contains("<h1>Historique de <span class=\"code\">II.2</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Révisions</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Enregistré</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{at.ToString("d MMMM yyyy, HH:mm 'UTC'", French)}</td>", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Contenu de la révision 1</summary>", html, StringComparison.Ordinal);
        Assert.Contains(">Retour au rapport</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evidence_document_of_a_refused_type_is_refused_in_French_and_nothing_is_stored()
    {
        await Factory.OpenCycleAsync("2083-H2");
        var id = await Factory.ReportIdAsync("2083-H2", "FR", "III.1");
        using var client = await FrenchFocalPointAsync();

        using var refused = await AttachmentForm.UploadAsync(client, id, "script.html", AttachmentForm.Pdf());
        using var empty = await AttachmentForm.UploadAsync(client, id, "vide.pdf", []);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Pièces jointes</h1>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Seuls les fichiers PDF, DOCX, XLSX, ODT, PNG ou JPEG sont acceptés ; « .html » n’en fait pas partie."), html, StringComparison.Ordinal);
        Assert.Contains(">Téléverser</button>", html, StringComparison.Ordinal);
        Assert.Contains("Aucune pièce jointe.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(Html.Encode("vide.pdf est vide : il ne contient rien à conserver."), await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Attachments.AnyAsync(a => a.ProgressReportId == id));
    }

    [Fact]
    public async Task The_import_preview_names_each_error_by_row_and_column_in_French()
    {
        await Factory.OpenCycleAsync("2084-H1");
        using var client = await FrenchFocalPointAsync();
        var file = ImportData.Workbook(
            ImportData.Row("2084-H1", "I.1", member: "DE"),
            ImportData.Row("2084-H1", "I.3", completion: "Bientôt"));

        using var preview = await client.UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Vérifier l’importation</h1>", html, StringComparison.Ordinal);
        Assert.Contains("aucun rapport modifié, 2 erreurs. Rien n’est enregistré tant que vous n’avez pas confirmé.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Ligne 2, colonne B (Member)</th><td>" + Html.Encode("concerne le membre « DE » ; vous ne faites rapport que pour FR.") + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Ligne 3, colonne F (Completion)</th><td>" + Html.Encode("n’est pas un degré d’avancement"), html, StringComparison.Ordinal);
        Assert.Contains("Refusée : voir les erreurs", html, StringComparison.Ordinal);
        Assert.False((await Factory.ReportAsync("2084-H1", "FR", "I.3")).HasContent);
    }

    [Fact]
    public async Task The_template_downloaded_in_French_keeps_its_English_headings_and_imports_back()
    {
        await Factory.OpenCycleAsync("2084-H2");
        var id = await Factory.ReportIdAsync("2084-H2", "FR", "I.4");
        await Factory.SaveAsync(id, ReportData.Content("Déjà enregistré."));
        using var client = await FrenchFocalPointAsync();

        var file = await client.GetByteArrayAsync("/import?handler=Template");
        var sheet = ImportSheet.Read(file, Factory.Services.GetRequiredService<IStringLocalizer<ImportResources>>());
        using var preview = await client.UploadAsync(ImportData.WithText(file, "H5", "Complété dans le tableur."));

        Assert.Null(sheet.Refusal);
        Assert.Equal(27, sheet.Rows.Count);
        Assert.Equal(Languages.In(Languages.French, () => Completion.Limited.Label()), sheet.Rows.Single(r => r.Values[ImportSheet.Commitment] == "I.4").Values[ImportSheet.Completion]);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("1 rapport modifié, aucune erreur.", html, StringComparison.Ordinal);
        Assert.Contains("<td>récit</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Enregistrer 1 rapport comme brouillon</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_completion_level_is_read_from_the_sheet_in_English_or_in_French()
    {
        foreach (var level in CompletionScale.All)
        {
            Assert.Equal(level, ImportPlan.ParseLevel(Languages.In(Languages.English, () => level.Label())));
            Assert.Equal(level, ImportPlan.ParseLevel(" " + Languages.In(Languages.French, () => level.Label()).ToUpperInvariant() + " "));
            Assert.Equal(level, ImportPlan.ParseLevel(level.ToString()));
        }

        Assert.Null(ImportPlan.ParseLevel("Bientôt"));
    }

    private async Task<HttpClient> FrenchFocalPointAsync()
    {
        var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }
}
