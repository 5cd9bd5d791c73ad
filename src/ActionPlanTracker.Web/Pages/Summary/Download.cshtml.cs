using System.Security.Cryptography;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>
/// The summary of a cycle as a file: /cycles/{cycle}/summary.csv, .xlsx, .docx or .pdf, each with <c>?asOf=</c>, stable
/// so auditors can script downloads, and <c>?lang=en</c> or <c>fr</c> (the reader's language when absent). The same
/// data, "as of" and language give the same bytes; each download is recorded in the trail with its language and the
/// SHA-256 of those bytes, so any copy that circulates can be checked.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
[EnableRateLimiting(RateLimits.ExportsPolicy)]
public sealed class DownloadModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<SummaryResources> text) : PageModel
{
    private static readonly Dictionary<string, (string ContentType, Func<Documents.Summary, IStringLocalizer, byte[]> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["csv"] = ("text/csv; charset=utf-8", SummaryCsv.Write),
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", SummaryDocx.Write),
        ["pdf"] = ("application/pdf", SummaryPdf.Write),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SummaryXlsx.Write),
    };

    [BindProperty(SupportsGet = true)]
    public AsOfInput Input { get; set; } = new();

    public string Cycle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string cycle, string format, CancellationToken cancellationToken)
    {
        Cycle = cycle;
        if (!Formats.TryGetValue(format, out var writer))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        if (!new AsOfInput.Validator(now, text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (await SummaryBuilder.BuildAsync(db, cycle, Input.Moment(now), cancellationToken) is not { } summary)
        {
            return NotFound();
        }

        // Every word of the document (its own, the domain's names, the plan's French titles) follows its language.
        var language = Input.Language;
        var bytes = Languages.In(language, () => writer.Write(summary, text));
        var key = $"summary {summary.Cycle} {format} {language} asOf {summary.AsOfText}";
        var after = JsonSerializer.Serialize(new { sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), fingerprint = summary.Fingerprint, language });
        db.AuditEvents.Add(new AuditEvent(SummaryFormat.Microseconds(now), User.Identity!.Name!, "Export", key, AuditAction.Exported, null, null, after));
        await db.SaveChangesAsync(CancellationToken.None);
        return File(bytes, writer.ContentType, summary.FileName(format, language));
    }
}
