using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Audit;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Html = ActionPlanTracker.Web.Tests.Dashboard.DashboardData;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>
/// The same summary in English and in French: the page in the reader's language with a choice for the documents,
/// each document read back in both languages (the summary's words, dates and the plan's French titles in French;
/// narratives as written), byte-identical rebuilds per language, and each download recorded with its language.
/// </summary>
public sealed class SummaryLanguageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string GermanNarrative = "Law adopted, \"in force\", 1 May.\nSecond line.";

    public static TheoryData<string> Formats => new() { "csv", "xlsx", "docx", "pdf" };

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_page_follows_the_readers_language_with_French_dates_and_names_and_offers_both_languages_for_the_documents()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2101);
        var asOf = SummaryData.Now();
        using var english = await Factory.SignInAsAsync(Roles.Auditor);
        using var french = await Factory.SignInAsAsync(Roles.Auditor);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var en = await Html.PageAsync(english, $"/cycles/{cycle}/summary?asOf={asOf}");
        var fr = await Html.PageAsync(french, $"/cycles/{cycle}/summary?asOf={asOf}");
        var frWithEnglishDocuments = await Html.PageAsync(french, $"/cycles/{cycle}/summary?asOf={asOf}&lang=en");

        var text = Html.Text(fr);
        Assert.Contains($"Synthèse des progrès du GRL pour le cycle {cycle}", text, StringComparison.Ordinal);
        Assert.Contains("Vue d’ensemble", text, StringComparison.Ordinal);
        Assert.Contains("Réunion des chefs de délégation", text, StringComparison.Ordinal);
        Assert.Contains("Engagements sans rapport", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Overview", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Heads of Delegation meeting", text, StringComparison.Ordinal);
        Assert.Equal($"{cycle} (du 1er juillet 2101 au 31 décembre 2101)", Html.TextOf(fr, "cycle"));
        Assert.Equal(await MeetingAsync(cycle, "fr"), Html.TextOf(fr, "meeting"));
        Assert.Equal(await MeetingAsync(cycle, "en-GB"), Html.TextOf(en, "meeting"));
        Assert.StartsWith("Non publiée", Html.TextOf(fr, "published"), StringComparison.Ordinal);
        Assert.Equal("Allemagne", Html.Cells(fr, "row-I.1-DE")[0]);
        Assert.Contains("Allemagne (provisoire)", text, StringComparison.Ordinal);
        Assert.Contains(" I.1 · Japon", " " + Html.TextOf(fr, "missing"), StringComparison.Ordinal);
        Assert.Equal(Html.TextOf(en, "fingerprint"), Html.TextOf(fr, "fingerprint"));
        Assert.Contains("Law adopted, \"in force\", 1 May.", text, StringComparison.Ordinal);

        var escaped = Uri.EscapeDataString(asOf);
        Assert.Contains($"/cycles/{cycle}/summary.docx?asOf={escaped}&amp;lang=en", en, StringComparison.Ordinal);
        Assert.Contains($"/cycles/{cycle}/summary.docx?asOf={escaped}&amp;lang=fr", fr, StringComparison.Ordinal);
        Assert.Contains($"/cycles/{cycle}/summary.pdf?asOf={escaped}&amp;lang=en", frWithEnglishDocuments, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fr\" lang=\"fr\" selected=\"selected\">Français</option>", fr, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" lang=\"en\">English</option>", fr, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" lang=\"en\" selected=\"selected\">English</option>", en, StringComparison.Ordinal);
        Assert.Contains("Langue des documents", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_DOCX_in_French_has_French_headings_dates_names_and_the_same_narratives_and_fingerprint_as_in_English()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2102);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var asOf = SummaryData.Now();

        var en = DocxParagraphs(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={asOf}&lang=en"));
        var fr = DocxParagraphs(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={asOf}&lang=fr"));

        var frText = string.Join('\n', fr.Select(p => p.Text));
        var enText = string.Join('\n', en.Select(p => p.Text));
        Assert.Contains(fr, p => p.Style == "Title" && p.Text == $"Synthèse des progrès du GRL, cycle {cycle}");
        Assert.Contains(fr, p => p.Style == "Heading1" && p.Text == "Vue d’ensemble");
        Assert.Contains(fr, p => p.Style == "Heading1" && p.Text.StartsWith("Pilier I : ", StringComparison.Ordinal));
        Assert.Contains(fr, p => p.Style == "Heading2" && p.Text == "Degré d’achèvement par pilier");
        Assert.Contains(fr, p => p.Style == "Heading3" && p.Text == "Allemagne (provisoire)");
        Assert.Contains(fr, p => p.Text == "Degré d’achèvement par membre (graphique)");
        Assert.Contains("Réunion des chefs de délégation", frText, StringComparison.Ordinal);
        Assert.Contains(await MeetingAsync(cycle, "fr"), frText, StringComparison.Ordinal);
        Assert.Contains("du 1er juillet 2102 au 31 décembre 2102", frText, StringComparison.Ordinal);
        Assert.Contains("Légende", frText, StringComparison.Ordinal);
        foreach (var englishOnly in new[] { "Overview", "Completion by pillar", "Heads of Delegation meeting", "Pillar I:", "(provisional)", "Legend", "Germany", "July" })
        {
            Assert.Contains(englishOnly, enText, StringComparison.Ordinal);
            Assert.DoesNotContain(englishOnly, frText, StringComparison.Ordinal);
        }

        Assert.Equal(Narratives(en), Narratives(fr));
        Assert.Contains("Law adopted, \"in force\", 1 May.", frText, StringComparison.Ordinal);
        Assert.Contains("No sea border on that route.", frText, StringComparison.Ordinal);
        var fingerprint = Html.TextOf(await Html.PageAsync(client, $"/cycles/{cycle}/summary?asOf={asOf}"), "fingerprint")!;
        Assert.Contains(fingerprint, frText, StringComparison.Ordinal);
        Assert.Contains(fingerprint, enText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PDF_in_French_reads_back_with_French_headings_running_head_and_page_numbers()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2103);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var asOf = SummaryData.Now();

        var en = await PdfText.ExtractAsync(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.pdf?asOf={asOf}&lang=en"));
        var fr = await PdfText.ExtractAsync(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.pdf?asOf={asOf}&lang=fr"));

        Assert.Contains($"Synthèse des progrès du GRL · cycle {cycle} · données au {asOf}", fr, StringComparison.Ordinal);
        Assert.Matches(@"Page 1 sur \d+", fr);
        Assert.Contains("Vue d’ensemble", fr, StringComparison.Ordinal);
        Assert.Contains("Réunion des chefs de délégation", fr, StringComparison.Ordinal);
        Assert.Contains("Allemagne (provisoire)", fr, StringComparison.Ordinal);
        Assert.Contains("Degré d’achèvement par pilier (graphique)", fr, StringComparison.Ordinal);
        Assert.Contains(await MeetingAsync(cycle, "fr"), fr, StringComparison.Ordinal);
        foreach (var englishOnly in new[] { "RLG progress summary", "Overview", "Heads of Delegation meeting", "Germany (provisional)", "Page 1 of" })
        {
            Assert.Contains(englishOnly, en, StringComparison.Ordinal);
            Assert.DoesNotContain(englishOnly, fr, StringComparison.Ordinal);
        }

        Assert.Contains("Law adopted, \"in force\", 1 May.", fr, StringComparison.Ordinal);
        Assert.Contains("No sea border on that route.", fr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_XLSX_in_French_has_French_sheet_names_and_headers_and_the_same_narratives()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2104);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var asOf = SummaryData.Now();

        var (enSheet, en) = XlsxRows(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.xlsx?asOf={asOf}&lang=en"));
        var (frSheet, fr) = XlsxRows(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.xlsx?asOf={asOf}&lang=fr"));

        Assert.Equal($"Summary {cycle}", enSheet);
        Assert.Equal($"Synthèse {cycle}", frSheet);
        Assert.Equal(["Cycle", "Code du membre", "Membre", "Pilier", "Engagement", "Intitulé de l’engagement"], fr[0][..6]);
        Assert.Contains("Récit", fr[0]);
        Assert.Equal(["Cycle", "Member code", "Member", "Pillar", "Commitment", "Commitment title"], en[0][..6]);
        Assert.All(en[0].Where(h => h is not "Cycle" and not "Narrative" and not "Indicator"), header => Assert.DoesNotContain(header, fr[0]));
        Assert.Equal(en.Count, fr.Count);
        var germany = Assert.Single(fr, r => r[1] == "DE" && r[4] == "I.1");
        Assert.Equal("Allemagne", germany[2]);
        Assert.Equal("oui", germany[8]);
        Assert.Equal(GermanNarrative, germany[10]);
        Assert.Equal(en.Skip(1).Select(r => r[10..13]), fr.Skip(1).Select(r => r[10..13]));
    }

    [Fact]
    public async Task The_CSV_in_French_has_French_headers_and_member_names_and_the_same_narratives()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2105);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var asOf = SummaryData.Now();

        var en = CsvReader.Parse(SummaryData.Utf8WithoutBom(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.csv?asOf={asOf}&lang=en")));
        var fr = CsvReader.Parse(SummaryData.Utf8WithoutBom(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.csv?asOf={asOf}&lang=fr")));

        Assert.Equal(
            ["cycle", "code_membre", "nom_membre", "pilier", "code_engagement", "titre_court_engagement", "degré_achèvement", "état_examen", "provisoire",
             "évolution_depuis_cycle_précédent", "récit", "prochaines_étapes", "difficultés", "éléments_de_preuve", "motif_sans_objet", "modifié_le", "modifié_par"],
            fr[0]);
        Assert.Contains("member_code", en[0]);
        Assert.Contains("narrative", en[0]);
        Assert.Equal(en.Count, fr.Count);
        var germany = Assert.Single(fr, r => r[1] == "DE" && r[4] == "I.1");
        Assert.Equal(["Allemagne", "I", "I.1"], germany[2..5]);
        Assert.Equal(GermanNarrative, germany[10]);
        Assert.Equal("non", Assert.Single(fr, r => r[1] == "FR" && r[4] == "I.1")[8]);
        Assert.Equal(en.Skip(1).Select(r => (r[0], r[1], r[10], r[14], r[15], r[16])), fr.Skip(1).Select(r => (r[0], r[1], r[10], r[14], r[15], r[16])));
    }

    /// <summary>
    /// The names of levels, states and changes come from the domain (localised there). Until that change is merged
    /// these French names are still English and this test fails on them, and only on them.
    /// </summary>
    [Fact]
    public async Task Status_names_come_out_in_French_in_every_format()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2106);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var asOf = SummaryData.Now();
        var address = $"/cycles/{cycle}/summary.{{0}}?asOf={asOf}&lang=fr";

        var csv = CsvReader.Parse(SummaryData.Utf8WithoutBom(await SummaryData.DownloadAsync(client, string.Format(CultureInfo.InvariantCulture, address, "csv"))));
        var (_, xlsx) = XlsxRows(await SummaryData.DownloadAsync(client, string.Format(CultureInfo.InvariantCulture, address, "xlsx")));
        var docx = string.Join('\n', DocxParagraphs(await SummaryData.DownloadAsync(client, string.Format(CultureInfo.InvariantCulture, address, "docx"))).Select(p => p.Text));
        var pdf = await PdfText.ExtractAsync(await SummaryData.DownloadAsync(client, string.Format(CultureInfo.InvariantCulture, address, "pdf")));

        Assert.Equal(["Substantiel", "Approuvé", "non", "En progrès"], Assert.Single(xlsx, r => r[1] == "FR" && r[4] == "I.1")[6..10]);
        Assert.Equal(["Achevé", "Soumis", "oui", "Nouveau"], Assert.Single(csv, r => r[1] == "DE" && r[4] == "I.1")[6..10]);
        Assert.Equal("Aucun rapport", Assert.Single(csv, r => r[1] == "JP" && r[4] == "I.1")[6]);
        foreach (var name in new[] { "Non commencé", "Limité", "Substantiel", "Achevé", "Sans objet", "Aucun rapport" })
        {
            Assert.Contains(name, docx, StringComparison.Ordinal);
            Assert.Contains(name, pdf, StringComparison.Ordinal);
        }

        Assert.Contains("Achevé (Soumis, provisoire)", docx, StringComparison.Ordinal);
        Assert.Contains("Sans objet (Brouillon, provisoire)", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plans_French_titles_appear_in_French_documents_where_entered_and_the_adopted_ones_otherwise()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2107);
        await using (var db = Factory.CreateDbContext())
        {
            var commitment = await db.Commitments.SingleAsync(c => c.Code == "I.1");
            commitment.Translate("Enquêtes conjointes (titre français)", null);
            var pillar = await db.Pillars.OrderBy(p => p.Number).FirstAsync();
            pillar.Translate("Prévenir le trafic (titre français)", null);
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var asOf = SummaryData.Now();

        var en = DocxParagraphs(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={asOf}&lang=en"));
        var fr = DocxParagraphs(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={asOf}&lang=fr"));
        var csv = CsvReader.Parse(SummaryData.Utf8WithoutBom(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.csv?asOf={asOf}&lang=fr")));

        Assert.Contains(fr, p => p.Style == "Heading2" && p.Text == "I.1 Enquêtes conjointes (titre français)");
        Assert.Contains(fr, p => p.Style == "Heading1" && p.Text == "Pilier I : Prévenir le trafic (titre français)");
        Assert.DoesNotContain(en, p => p.Text.Contains("titre français", StringComparison.Ordinal));
        var i2 = en.Single(p => p.Style == "Heading2" && p.Text.StartsWith("I.2 ", StringComparison.Ordinal)).Text;
        Assert.Contains(fr, p => p.Style == "Heading2" && p.Text == i2);
        Assert.Equal("Enquêtes conjointes (titre français)", csv.First(r => r[4] == "I.1")[5]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Two_French_builds_are_byte_identical_differ_from_the_English_one_and_each_download_records_its_language(string format)
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2110 + Array.IndexOf(["csv", "xlsx", "docx", "pdf"], format));
        var asOf = SummaryData.Now();
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);
        var address = $"/cycles/{cycle}/summary.{format}?asOf={asOf}";

        using var response = await client.GetAsync(address + "&lang=fr");
        var first = await response.Content.ReadAsByteArrayAsync();
        var second = await SummaryData.DownloadAsync(client, address + "&lang=fr");
        var english = await SummaryData.DownloadAsync(client, address + "&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"rlg-progress-summary-{cycle}-fr.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(first, second);
        Assert.NotEqual(first, english);
        await using var db = Factory.CreateDbContext();
        var recorded = await db.AuditEvents.AsNoTracking().Where(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(3, recorded.Count);
        Assert.Equal([$"summary {cycle} {format} fr asOf {asOf}", $"summary {cycle} {format} fr asOf {asOf}", $"summary {cycle} {format} en asOf {asOf}"], recorded.Select(e => e.EntityKey));
        var after = recorded.Select(e => JsonDocument.Parse(e.After!).RootElement).ToList();
        Assert.Equal(["fr", "fr", "en"], after.Select(a => a.GetProperty("language").GetString()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), after[0].GetProperty("sha256").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(english)), after[2].GetProperty("sha256").GetString());
        Assert.Equal(after[0].GetProperty("fingerprint").GetString(), after[2].GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task Without_a_language_the_documents_are_in_the_readers_language()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2108);
        var asOf = SummaryData.Now();
        using var french = await Factory.SignInAsAsync(Roles.Auditor);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await french.GetAsync($"/cycles/{cycle}/summary.csv?asOf={asOf}");
        var rows = CsvReader.Parse(SummaryData.Utf8WithoutBom(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal($"rlg-progress-summary-{cycle}-fr.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("code_membre", rows[0][1]);
    }

    [Theory]
    [InlineData("csv", "en", "Choose the language of the summary: en (English) or fr (French).")]
    [InlineData("pdf", "fr", "Choisissez la langue de la synthèse : en (anglais) ou fr (français).")]
    public async Task An_unknown_language_answers_400_with_the_reason_in_the_readers_language_and_records_nothing(string format, string reader, string reason)
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2120 + Array.IndexOf(["csv", "pdf"], format));
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(reader);

        var download = await Html.PageAsync(client, $"/cycles/{cycle}/summary.{format}?lang=de", HttpStatusCode.BadRequest);
        var page = await Html.PageAsync(client, $"/cycles/{cycle}/summary?lang=english", HttpStatusCode.BadRequest);

        Assert.Contains(reason, Html.Text(download), StringComparison.Ordinal);
        Assert.Contains(reason, Html.Text(page), StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Lang\"", download, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
    }

    [Fact]
    public async Task A_bad_as_of_is_refused_in_French_for_a_French_reader()
    {
        await Factory.EnsureCycleOpenAsync("2125-H2");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var page = Html.Text(await Html.PageAsync(client, "/cycles/2125-H2/summary?asOf=hier", HttpStatusCode.BadRequest));
        var download = Html.Text(await Html.PageAsync(client, "/cycles/2125-H2/summary.docx?asOf=2999-01-01T00:00:00Z", HttpStatusCode.BadRequest));

        Assert.Contains("Indiquez « données au » sous la forme d’une heure ISO 8601", page, StringComparison.Ordinal);
        Assert.Contains("« Données au » ne peut pas être dans le futur", download, StringComparison.Ordinal);
        Assert.Contains("Télécharger la synthèse du cycle 2125-H2", download, StringComparison.Ordinal);
    }

    private async Task<string> MeetingAsync(string cycle, string culture)
    {
        await using var db = Factory.CreateDbContext();
        var date = await db.Cycles.AsNoTracking().Where(c => c.Code == cycle).Select(c => c.MeetingDate).SingleAsync();
        var format = culture == "fr" && date.Day == 1 ? "d'er' MMMM yyyy" : "d MMMM yyyy";
        return date.ToString(format, CultureInfo.GetCultureInfo(culture));
    }

    private static List<(string? Style, string Text)> DocxParagraphs(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Word.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))];
    }

    /// <summary>The paragraphs under each member's heading: what members wrote.</summary>
    private static List<string> Narratives(List<(string? Style, string Text)> paragraphs) =>
        [.. paragraphs.Select((p, i) => (p, i)).Where(x => x.p.Style == "Heading3").Select(x => paragraphs[x.i + 1].Text)];

    private static (string Sheet, IReadOnlyList<string[]> Rows) XlsxRows(byte[] bytes) => Infrastructure.XlsxReader.First(bytes);
}
