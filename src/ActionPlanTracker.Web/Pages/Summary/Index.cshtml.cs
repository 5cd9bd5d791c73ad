using ActionPlanTracker.Data;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>
/// The RLG progress summary of a cycle in the browser: what the Heads of Delegation read, with links to the same
/// summary as DOCX, PDF, XLSX and CSV in the language chosen (<c>?lang=</c>; the reader's by default). Shows every
/// member's reports whatever their state, so it is for ReadAll.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class IndexModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<SummaryResources> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AsOfInput Input { get; set; } = new();

    public string Cycle { get; private set; } = "";

    public Documents.Summary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string cycle, CancellationToken cancellationToken)
    {
        Cycle = cycle;
        var now = clock.GetUtcNow();
        if (!new AsOfInput.Validator(now, text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Summary = await SummaryBuilder.BuildAsync(db, cycle, Input.Moment(now), cancellationToken);
        return Summary is null ? NotFound() : Page();
    }

    /// <summary>The address of a download of this very summary: same cycle, same "as of", in the language chosen.</summary>
    public string Download(string extension) =>
        $"/cycles/{Summary!.Cycle}/summary.{extension}?asOf={Uri.EscapeDataString(Summary.AsOfText)}&lang={Input.Language}";
}
