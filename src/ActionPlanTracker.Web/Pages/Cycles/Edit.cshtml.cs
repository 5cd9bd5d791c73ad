using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>Moves a cycle's dates, until it is published. A second editor working from an older copy gets a conflict, not an overwrite.</summary>
[Authorize(Policy = Policies.ManageCycles)]
public sealed class EditModel(ActionPlanDbContext db, IStringLocalizer<CyclesResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Code { get; private set; } = "";

    /// <summary>True for a published cycle: the page explains why there is no form.</summary>
    public bool Frozen { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, tracked: false, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            PeriodStart = CycleDatesInput.Write(cycle.PeriodStart),
            PeriodEnd = CycleDatesInput.Write(cycle.PeriodEnd),
            SubmissionDeadline = CycleDatesInput.Write(cycle.SubmissionDeadline),
            MeetingDate = CycleDatesInput.Write(cycle.MeetingDate),
            Version = cycle.Version,
        };
        return cycle.IsFrozen ? Refused(FrozenMessage(cycle)) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, tracked: true, cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        // A published cycle refuses before its dates are even read: there is nothing to correct.
        if (cycle.IsFrozen)
        {
            return Refused(FrozenMessage(cycle));
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (start, end, deadline, meeting) = Input.Dates();
        db.Entry(cycle).Property(c => c.Version).OriginalValue = Input.Version;
        try
        {
            cycle.Reschedule(start, end, deadline, meeting);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            return Refused(exception.Message);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return Refused(text["Edit.Conflict"]);
        }

        TempData["Notice"] = text["Edit.Saved", cycle.Code].Value;
        return RedirectToPage("./Details", new { code = cycle.Code });
    }

    private async Task<ReportingCycle?> FindAsync(string code, bool tracked, CancellationToken cancellationToken)
    {
        if (!CycleCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var cycles = tracked ? db.Cycles : db.Cycles.AsNoTracking();
        var cycle = await cycles.SingleOrDefaultAsync(c => c.Code == parsed.ToString(), cancellationToken);
        Code = cycle?.Code ?? "";
        Frozen = cycle?.IsFrozen ?? false;
        return cycle;
    }

    // The domain words the refusal; asking it keeps the page and the rule saying the same thing.
    private static string FrozenMessage(ReportingCycle cycle)
    {
        try
        {
            cycle.EnsureNotFrozen();
            return "";
        }
        catch (DomainRuleException exception)
        {
            return exception.Message;
        }
    }

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public sealed class InputModel : CycleDatesInput
    {
        /// <summary>The cycle's version when the form was loaded; a save from an older copy is refused.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<CyclesResources> text) => Include(new CycleDatesValidator(text));
    }
}
