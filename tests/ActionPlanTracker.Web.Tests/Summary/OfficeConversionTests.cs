using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>The DOCX and the XLSX open in LibreOffice: converted to PDF there, their text holds every commitment and member.</summary>
public sealed class OfficeConversionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_DOCX_converted_by_LibreOffice_shows_every_commitment_heading_in_plan_order_and_every_member()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2081);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={SummaryData.Now()}");

        var text = await OfficeConversion.TextViaLibreOfficeAsync(bytes, "docx");

        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var headings = (await SummaryData.CommitmentCodesAsync(Factory))
            .Select(code => lines.FindIndex(l => l.StartsWith(code + " ", StringComparison.Ordinal) || l == code)).ToList();
        Assert.DoesNotContain(-1, headings);
        Assert.Equal(headings.Order(), headings);
        Assert.All(await SummaryData.MembersAsync(Factory), m => Assert.Contains(m.Name, text, StringComparison.Ordinal));
        Assert.Contains("Germany (provisional)", text, StringComparison.Ordinal);
        Assert.Contains("Law adopted, \"in force\", 1 May.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_XLSX_converted_by_LibreOffice_shows_every_commitment_and_member()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2082);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.xlsx?asOf={SummaryData.Now()}");

        var text = await OfficeConversion.TextViaLibreOfficeAsync(bytes, "xlsx");

        var words = text.Split([' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(await SummaryData.CommitmentCodesAsync(Factory), code => Assert.Contains(code, words));
        Assert.All(await SummaryData.MembersAsync(Factory), m => Assert.Contains(m.Code, words));
        Assert.Contains("Germany", text, StringComparison.Ordinal);
        Assert.Contains("No sea border on that route.", text, StringComparison.Ordinal);
    }
}
