using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>
/// Every DOCX and XLSX the application writes is valid Office Open XML by the Open XML SDK's own validator: the summary
/// in both languages, each audit export, and the import template. Readers stricter than Word (python-docx, LibreOffice's
/// column widths) fail on the errors it reports.
/// </summary>
public sealed class OpenXmlValidityTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Every_document_the_application_writes_passes_the_Open_XML_validator()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2083);
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        var documents = new List<(string Name, byte[] Bytes)>();
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var format in new[] { "docx", "xlsx" })
            {
                var address = $"/cycles/{cycle}/summary.{format}?asOf={SummaryData.Now()}&lang={language}";
                documents.Add((address, await SummaryData.DownloadAsync(secretariat, address)));
            }
        }

        using var auditor = await Factory.SignInAsAsync(Roles.Auditor);
        foreach (var what in Web.Pages.Audit.ExportModel.Kinds)
        {
            var address = $"/audit/export.xlsx?what={what}";
            documents.Add((address, await SummaryData.DownloadAsync(auditor, address)));
        }

        await Factory.OpenCycleWithReportsAsync("2084-H2");
        using var focalPoint = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        documents.Add(("/import?handler=Template", await SummaryData.DownloadAsync(focalPoint, "/import?handler=Template")));

        // Kept for a person to open (TestResults/documents), as the browser tests keep their screenshots.
        var folder = RepositoryFiles.PathOf("TestResults", "documents");
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in documents)
        {
            var file = string.Concat(name.Split('?')[0].Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) || c == '.' ? c : '-'));
            var language = name.Contains("lang=fr", StringComparison.Ordinal) ? "-fr" : "";
            var what = name.Contains("what=", StringComparison.Ordinal) ? "-" + name.Split("what=")[1] : "";
            await File.WriteAllBytesAsync(Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + what + language + (name.Contains("Template", StringComparison.Ordinal) ? ".xlsx" : Path.GetExtension(file))), bytes);
        }

        var problems = documents.SelectMany(d => Errors(d.Bytes, d.Name.Contains(".docx", StringComparison.Ordinal)).Select(e => $"{d.Name}: {e}")).ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} validation errors:\n{string.Join('\n', problems.Take(20))}");
    }

    private static List<string> Errors(byte[] bytes, bool word)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using OpenXmlPackage package = word ? WordprocessingDocument.Open(stream, false) : SpreadsheetDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}
