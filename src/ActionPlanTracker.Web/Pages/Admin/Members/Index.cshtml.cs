using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Members;

/// <summary>
/// The members (G7 members and coalition partners: whether each reports, whether it is active) and who held the G7
/// presidency each year, with the form that records a year's presidency or corrects it.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ActionPlanDbContext db, IStringLocalizer<AdminMembersResources> text) : PageModel
{
    [BindProperty]
    public PresidencyInput PresidencyForm { get; set; } = new();

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<PresidencyRow> Presidencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        PresidencyForm = new() { Year = Presidencies.Count > 0 ? Presidencies[0].Year + 1 : null };
    }

    public async Task<IActionResult> OnPostPresidencyAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!new PresidencyValidator(text).Validate(PresidencyForm).AddTo(ModelState, nameof(PresidencyForm)))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var holder = await db.Members.SingleOrDefaultAsync(m => m.Code == PresidencyForm.MemberCode, cancellationToken);
        if (holder is null)
        {
            ModelState.AddModelError("PresidencyForm.MemberCode", text["Presidency.NoSuchMember"]);
            return Refused(StatusCodes.Status400BadRequest);
        }

        var year = PresidencyForm.Year!.Value;
        var existing = await db.Presidencies.SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        try
        {
            if (existing is null)
            {
                db.Presidencies.Add(new Presidency(year, holder));
            }
            else
            {
                existing.Hand(holder);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            ModelState.AddModelError("PresidencyForm.MemberCode", exception.Message);
            return Refused(StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            ModelState.AddModelError(string.Empty, text["Presidency.Conflict", year]);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text[existing is null ? "Presidency.Recorded" : "Presidency.Corrected", year, holder.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Members = await db.Members.AsNoTracking()
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Code)
            .Select(m => new MemberRow(m.Code, m.Name, m.NameFr, m.IsG7Member, m.Reports, m.IsActive,
                db.Reports.Count(r => r.MemberId == m.Id && r.LastChangedAt != null)))
            .ToListAsync(cancellationToken);
        Presidencies = await db.Presidencies.AsNoTracking()
            .OrderByDescending(p => p.Year)
            .Select(p => new PresidencyRow(p.Year, p.Member!.Code, p.Member.Name, p.Member.NameFr))
            .ToListAsync(cancellationToken);
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed record MemberRow(string Code, string Name, string? NameFr, bool IsG7Member, bool Reports, bool IsActive, int SavedReports)
    {
        public string LocalName => PlanText.Choose(Name, NameFr);
    }

    public sealed record PresidencyRow(int Year, string MemberCode, string MemberName, string? MemberNameFr)
    {
        public string LocalName => PlanText.Choose(MemberName, MemberNameFr);
    }

    public sealed class PresidencyInput
    {
        public int? Year { get; set; }

        public string? MemberCode { get; set; }
    }

    public sealed class PresidencyValidator : AbstractValidator<PresidencyInput>
    {
        public PresidencyValidator(IStringLocalizer text)
        {
            RuleFor(x => x.Year).NotNull().WithMessage(text["Presidency.YearMissing"])
                .InclusiveBetween(Presidency.FirstYear, Presidency.LastYear)
                .WithMessage(text["Presidency.YearRange", Presidency.FirstYear, Presidency.LastYear]);
            RuleFor(x => x.MemberCode).NotEmpty().WithMessage(text["Presidency.MemberMissing"]);
        }
    }
}
