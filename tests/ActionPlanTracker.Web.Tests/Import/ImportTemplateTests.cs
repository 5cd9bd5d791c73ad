using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static ActionPlanTracker.Web.Tests.Import.ImportData;

namespace ActionPlanTracker.Web.Tests.Import;

/// <summary>The template of the open cycle; a class of its own, because the open cycle is the database's latest.</summary>
public sealed class ImportTemplateTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Without_an_open_cycle_there_is_no_template_then_the_template_holds_the_members_reports_and_imports_back()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var none = await client.GetAsync("/import?handler=Template");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("No cycle is open for reports now", await client.GetStringAsync("/import"), StringComparison.Ordinal);

        await Factory.OpenCycleWithReportsAsync("2035-H1");
        using var response = await client.GetAsync("/import?handler=Template");
        var file = await response.Content.ReadAsByteArrayAsync();
        var sheet = ImportSheet.Read(file, Factory.Services.GetRequiredService<IStringLocalizer<ImportResources>>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("reports-2035-H1-FR.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Null(sheet.Refusal);
        Assert.Empty(sheet.Errors);
        Assert.Equal(27, sheet.Rows.Count);
        Assert.Equal(["2035-H1", "FR", "I.1"], sheet.Rows[0].Values.Take(3));
        var approved = sheet.Rows.Single(r => r.Values[ImportSheet.Commitment] == "I.2").Values;
        Assert.Equal("Approved", approved[ImportSheet.State]);
        Assert.Equal("Limited", approved[ImportSheet.Completion]);
        Assert.Equal("Saved before.", approved[ImportSheet.Narrative]);

        // Uploaded unchanged, the template changes nothing and is refused nothing.
        using var preview = await client.UploadAsync(file);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("0 reports change, 0 errors", html, StringComparison.Ordinal);
        Assert.DoesNotContain("as drafts</button>", html, StringComparison.Ordinal);

        // Filled in, one narrative changes.
        using var filled = await client.UploadAsync(WithText(file, "H2", "Filled in the spreadsheet."));
        Assert.Contains("1 report changes, 0 errors", await filled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var saved = await client.ConfirmAsync(filled);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Filled in the spreadsheet.", (await Factory.ReportAsync("2035-H1", "FR", "I.1")).Narrative);
        Assert.Equal(["0", "1"], sheet.Rows.Where(r => r.Values[ImportSheet.Commitment] is "I.1" or "I.4").Select(r => r.Values[ImportSheet.Revision]));

        // The same template, downloaded before that save, edited again: its row is a conflict and changes nothing unless chosen.
        using var stale = await client.UploadAsync(WithText(file, "H2", "Edited in an old copy."));
        var staleHtml = System.Net.WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        using var leftAlone = await client.ConfirmAsync(stale);
        Assert.Contains("1 report was saved after your template was downloaded", staleHtml, StringComparison.Ordinal);
        Assert.Contains("Filled in the spreadsheet.", staleHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, leftAlone.StatusCode);
        Assert.Equal("Filled in the spreadsheet.", (await Factory.ReportAsync("2035-H1", "FR", "I.1")).Narrative);
        using var chosen = await client.ConfirmAsync(stale, 2);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal("Edited in an old copy.", (await Factory.ReportAsync("2035-H1", "FR", "I.1")).Narrative);
    }
}
