using System.Diagnostics;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>The text of a PDF as poppler's pdftotext reads it (Debian package poppler-utils): a reader independent of the writer.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start: install poppler-utils.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {await errors}");
            return await output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
