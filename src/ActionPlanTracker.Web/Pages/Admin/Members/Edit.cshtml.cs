using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Members;

/// <summary>
/// Changes a member: its names, its place in tables, whether it is a G7 member, whether it reports, whether it is
/// active. Nothing is ever removed: a member that leaves is deactivated and keeps its history. The audit trail records
/// each change with its fields.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(ActionPlanDbContext db, IStringLocalizer<AdminMembersResources> text) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public Member? Member { get; private set; }

    /// <summary>The years the member held the G7 presidency.</summary>
    public IReadOnlyList<int> PresidencyYears { get; private set; } = [];

    /// <summary>How many of the member's reports exist: they stay whatever is changed here.</summary>
    public int ReportCount { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input = MemberInput.Of(Member!);
        return Page();
    }

    // The member is named by the address alone: a posted "Code" cannot point the form at another member.
    public async Task<IActionResult> OnPostAsync([FromRoute] string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var member = Member!;
        Input.Code = member.Code;
        if (!new MemberValidator(text, adding: false).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        // The member's row and its accounts' new stamps land together, or neither does; after a dropped connection,
        // all of it is tried again on the member as stored then.
        string? refusal = null;
        var saved = await db.InTransactionAsync(async transaction =>
        {
            var stored = await db.Members.SingleAsync(m => m.Id == member.Id, cancellationToken);
            if (stored.Version != Input.Version)
            {
                return false;
            }

            var filedReports = stored.FilesReports;
            try
            {
                Apply(stored);
            }
            catch (DomainRuleException exception)
            {
                refusal = exception.Message;
                return false;
            }

            // Between the read above and this write, PostgreSQL's xmin check still catches a change made meanwhile.
            db.Entry(stored).Property(m => m.Version).OriginalValue = Input.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsConflict())
            {
                return false;
            }

            if (stored.FilesReports != filedReports)
            {
                await MemberChanges.EndSessionsAsync(db, stored.Id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            Member = stored;
            return true;
        }, cancellationToken);
        if (refusal is not null)
        {
            ModelState.AddModelError("Input.IsG7Member", refusal);
            return Refused(StatusCodes.Status409Conflict);
        }

        if (!saved)
        {
            ModelState.AddModelError(string.Empty, text["Member.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        member = Member!;
        TempData["Notice"] = text["Member.Saved", member.Name, member.Code].Value;
        return RedirectToPage("./Index");
    }

    private void Apply(Member member)
    {
        member.Classify(Input.IsG7Member, Input.Reports, [.. PresidencyYears]);
        member.Rename(Input.Name!, Input.SortOrder!.Value);
        member.Translate(Input.NameFr);
        if (Input.IsActive)
        {
            member.Reactivate();
        }
        else
        {
            member.Deactivate();
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var upper = code.ToUpperInvariant();
        Member = await db.Members.SingleOrDefaultAsync(m => m.Code == upper, cancellationToken);
        if (Member is null)
        {
            return false;
        }

        PresidencyYears = await MemberChanges.PresidencyYearsAsync(db, Member.Id, cancellationToken);
        ReportCount = await db.Reports.CountAsync(r => r.MemberId == Member.Id && r.LastChangedAt != null, cancellationToken);
        return true;
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
