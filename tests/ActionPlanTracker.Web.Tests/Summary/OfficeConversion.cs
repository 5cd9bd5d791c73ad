using System.Diagnostics;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>
/// Opens a document in real office software: LibreOffice (Debian packages libreoffice-writer-nogui and
/// libreoffice-calc-nogui) converts it to PDF headless, and pdftotext reads the text back.
/// </summary>
internal static class OfficeConversion
{
    public static async Task<string> TextViaLibreOfficeAsync(byte[] document, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("summary-office-").FullName;
        try
        {
            var input = Path.Combine(folder, "summary." + extension);
            await File.WriteAllBytesAsync(input, document);
            // A profile of its own, so conversions running at the same time do not wait on each other's lock.
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            using var process = Process.Start(new ProcessStartInfo(
                "libreoffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("LibreOffice did not start: install libreoffice-writer-nogui and libreoffice-calc-nogui.");
            var errors = process.StandardError.ReadToEndAsync();
            _ = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var pdf = Path.Combine(folder, "summary.pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"LibreOffice could not convert the {extension}: {await errors}");
            return await PdfText.ExtractAsync(await File.ReadAllBytesAsync(pdf));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
