using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Indicators;
using ActionPlanTracker.Web.Tests.Reports;
using DocumentFormat.OpenXml.Packaging;

namespace ActionPlanTracker.Web.Tests.Summary;

public sealed class SummaryIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_XLSX_carries_every_indicator_value_in_long_form_and_rebuilds_byte_identical()
    {
        await Factory.OpenCycleAsync("2091-H1");
        var indicator = await Factory.DefineIndicatorAsync("V.1", "Officers trained", byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2091-H1", "FR", "V.1"), indicator,
            new IndicatorReading(10, [new(Disaggregation.Sex, "Female", 4)]));
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var asOf = SummaryData.Now();

        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/2091-H1/summary.xlsx?asOf={asOf}");
        var again = await SummaryData.DownloadAsync(client, $"/cycles/2091-H1/summary.xlsx?asOf={asOf}");

        Assert.Equal(bytes, again);
        var (_, rows, cells) = Infrastructure.XlsxReader.Sheets(bytes).Single(s => s.Name == "Indicators");
        Assert.Equal(["Cycle", "Member code", "Member", "Commitment", "Indicator", "Unit", "Kind", "Disaggregation", "Category", "Value", "Provisional (not approved)"], rows[0]);
        Assert.Null(cells.Single(r => r[1]?.InnerText == "FR" && r[7]?.InnerText == "total")[9]!.DataType);
        Assert.Equal(8 * 4, rows.Count - 1);
        var france = rows.Where(r => r[1] == "FR").Select(r => (r[7], r[8], r[9], r[10])).ToList();
        Assert.Equal(
            [("total", "", "10", "yes"), ("sex", "Female", "4", "yes"), ("sex", "Male", "not collected", "yes"), ("sex", "Other or not recorded", "not collected", "yes")],
            france);
        Assert.Equal("not collected", Assert.Single(rows, r => r[1] == "DE" && r[7] == "total")[9]);
    }

    [Fact]
    public async Task The_summary_has_an_indicators_annex_and_a_later_value_does_not_change_an_earlier_as_of()
    {
        await Factory.OpenCycleAsync("2092-H1");
        var indicator = await Factory.DefineIndicatorAsync("V.2", "Joint investigations", bySex: false, byAge: false);
        var report = await Factory.ReportIdAsync("2092-H1", "IT", "V.2");
        await Factory.RecordAsync(report, indicator, new IndicatorReading(3, []));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var asOf = SummaryData.Now();
        var before = await SummaryData.DownloadAsync(client, $"/cycles/2092-H1/summary.docx?asOf={asOf}");

        await Factory.RecordAsync(report, indicator, new IndicatorReading(5, []), "Later text.");
        var html = await client.GetStringAsync($"/cycles/2092-H1/summary?asOf={asOf}");
        var after = await SummaryData.DownloadAsync(client, $"/cycles/2092-H1/summary.docx?asOf={asOf}");

        Assert.Equal(before, after);
        Assert.Contains("Annex: indicators", html, StringComparison.Ordinal);
        Assert.Contains("2092-H1: 3 (sum of 1 members); values given by 1 of 8 members, 0 broken down.", html, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(after), false);
        Assert.Contains("V.2 Joint investigations (people, count)", document.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
    }
}
