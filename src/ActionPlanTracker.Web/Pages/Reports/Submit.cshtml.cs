using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>
/// Sending several reports to the secretariat at once, through a page that lists what will go and what will not, and
/// why: a report returned and unchanged since goes only when ticked, one carried forward and not edited is flagged,
/// and one that changed after the page was read is left for the focal point to look at again.
/// </summary>
[Authorize(Policy = Policies.FileReports)]
public sealed class SubmitModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<ReportsResources> text) : PageModel
{
    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    public string CycleCode { get; private set; } = "";

    public string PreviousCycleCode { get; private set; } = "";

    /// <summary>Ready to go: ticked unless returned and unchanged since.</summary>
    public IReadOnlyList<Row> Ready { get; private set; } = [];

    /// <summary>Started but not ready: each with everything it still lacks.</summary>
    public IReadOnlyList<Row> NotReady { get; private set; } = [];

    /// <summary>Commitments with no report yet.</summary>
    public IReadOnlyList<Row> NoReport { get; private set; } = [];

    /// <summary>Submitted or approved already: with the secretariat, nothing to send.</summary>
    public int WithSecretariat { get; private set; }

    // The FileReports policy guarantees the claim; without it no report matches.
    private int MemberId => User.MemberId() ?? 0;

    public async Task<IActionResult> OnGetAsync(string? cycle, CancellationToken cancellationToken)
    {
        if (await db.NamedOrCurrentCycleAsync(cycle, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (!target.AcceptsReports)
        {
            return Refused(target, text["Submit.CycleClosed", target.Code, ReportingCycle.Describe(target.State)], StatusCodes.Status409Conflict);
        }

        await LoadAsync(target, cancellationToken);
        Input = new SubmitInput
        {
            Send = [.. Ready.Where(r => !r.UnchangedSinceReturn).Select(r => r.Id)],
            Versions = Ready.ToDictionary(r => r.Id, r => r.Version),
        };
        return Page();
    }

    /// <summary>
    /// Sends the ticked reports that are still as the page showed them and still ready, in one save; says which went and
    /// which did not, and why.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string? cycle, CancellationToken cancellationToken)
    {
        if (await db.NamedOrCurrentCycleAsync(cycle, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (!target.AcceptsReports)
        {
            return Refused(target, text["Submit.CycleClosed", target.Code, ReportingCycle.Describe(target.State)], StatusCodes.Status409Conflict);
        }

        var chosen = Input.Send.Concat(Input.ResendUnchanged).Distinct().ToList();
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            await LoadAsync(target, cancellationToken);
            return Refused(target, text["Submit.NotUnderstood"], StatusCodes.Status400BadRequest);
        }

        if (chosen.Count == 0)
        {
            await LoadAsync(target, cancellationToken);
            return Refused(target, text["Submit.NoneChosen"], StatusCodes.Status400BadRequest);
        }

        var reports = await db.Reports
            .Where(r => chosen.Contains(r.Id) && r.MemberId == MemberId && r.CycleId == target.Id)
            .Select(r => new { Report = r, r.Commitment!.Code, r.Commitment.Pillar!.Number, Commitment = r.Commitment.Number })
            .ToListAsync(cancellationToken);
        if (reports.Count != chosen.Count)
        {
            // An id that is not one of this member's reports in this cycle: there is nothing at that address.
            return NotFound();
        }

        var sent = new List<string>();
        var notSent = new List<string>();
        var now = clock.GetUtcNow();
        foreach (var x in reports.OrderBy(x => x.Number).ThenBy(x => x.Commitment))
        {
            var report = x.Report;
            var why = !Input.Versions.TryGetValue(report.Id, out var seen) || seen != report.Version
                ? text["Submit.ChangedSince"].Value
                : report.WhyNotSubmittable(Input.ResendUnchanged.Contains(report.Id));
            if (why is not null)
            {
                notSent.Add($"{x.Code} ({why})");
                continue;
            }

            db.Entry(report).Property(r => r.Version).OriginalValue = seen;
            report.Submit(target, User.Identity!.Name!, now, resendUnchanged: Input.ResendUnchanged.Contains(report.Id));
            sent.Add(x.Code);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            db.ChangeTracker.Clear();
            await LoadAsync(target, cancellationToken);
            return Refused(target, text["Submit.Conflict"], StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = (sent.Count switch
        {
            0 => text["Submit.NoneSent"].Value,
            1 => text["Submit.SentOne", sent[0]].Value,
            _ => text["Submit.SentMany", sent.Count, string.Join(", ", sent)].Value,
        }) + (notSent.Count == 0 ? "" : " " + text["Submit.NotSent", string.Join("; ", notSent)]);
        return RedirectToPage("./Index", new { cycle = target.Code });
    }

    private PageResult Refused(ReportingCycle cycle, string message, int status)
    {
        CycleCode = cycle.Code;
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The member's reports in the cycle, sorted into what can go, what cannot and why, and what is not started.</summary>
    private async Task LoadAsync(ReportingCycle cycle, CancellationToken cancellationToken)
    {
        CycleCode = cycle.Code;
        PreviousCycleCode = cycle.CycleCode.Previous.ToString();
        var reports = await (
            from r in db.Reports.AsNoTracking()
            where r.CycleId == cycle.Id && r.MemberId == MemberId
            orderby r.Commitment!.Pillar!.Number, r.Commitment!.Number
            select new { Report = r, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr })
            .ToListAsync(cancellationToken);
        Row RowOf(ProgressReport r, string code, string title, string? why) =>
            new(r.Id, code, title, r.Completion, r.State, r.Version, r.UnchangedSinceReturn, r.CarriedUnedited, r.ReviewComment, why);
        var open = reports.Where(x => x.Report.State is ReviewState.Draft or ReviewState.Returned).ToList();
        var rows = open.Where(x => x.Report.HasContent)
            .Select(x => RowOf(x.Report, x.Code, PlanText.Choose(x.ShortTitle, x.ShortTitleFr), x.Report.WhyNotSubmittable(resendUnchanged: true)))
            .ToList();
        Ready = [.. rows.Where(r => r.Why is null)];
        NotReady = [.. rows.Where(r => r.Why is not null)];
        NoReport = [.. open.Where(x => !x.Report.HasContent).Select(x => RowOf(x.Report, x.Code, PlanText.Choose(x.ShortTitle, x.ShortTitleFr), null))];
        WithSecretariat = reports.Count - open.Count;
    }

    /// <summary>What the form sends back: the reports ticked, those ticked to go again unchanged, and the version each was read at.</summary>
    public sealed class SubmitInput
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
        public List<int> Send { get; set; } = [];

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
        public List<int> ResendUnchanged { get; set; } = [];

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the dictionary.")]
        public Dictionary<int, uint> Versions { get; set; } = [];
    }

    /// <summary>A report as the page lists it; <c>Why</c> says why it cannot go yet (what it lacks), null when it can.</summary>
    public sealed record Row(
        int Id, string Code, string Title, Completion? Completion, ReviewState State, uint Version,
        bool UnchangedSinceReturn, bool CarriedUnedited, string? ReturnComment, string? Why);
}
