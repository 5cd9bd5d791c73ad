using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// A draft beside the version it revises, commitment by commitment (new, continued, reworded with the words changed,
/// split, merged, retired), and its adoption: the meeting that adopted it, and for each merged commitment whose
/// members' data it keeps. Once adopted, a new cycle may monitor it.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AdoptModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text) : PageModel
{
    /// <summary>The choice that keeps no predecessor's data.</summary>
    public const string KeepsNone = "-";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DraftView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        if (!draft.IsDraft)
        {
            return RedirectToPage("./Index", new { plan });
        }

        Input.Title = draft.Title;
        Input.TitleFr = draft.TitleFr;
        Input.AdoptedBy = draft.AdoptedBy;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        try
        {
            draft.EnsureDraft();
            foreach (var merged in draft.Commitments.Where(c => PlanLineage.KindOf(draft, c) == LineageKind.Merged))
            {
                if (!Input.Keeps.TryGetValue(merged.Code, out var choice) || string.IsNullOrWhiteSpace(choice))
                {
                    ModelState.AddModelError($"Input.Keeps[{merged.Code}]", text["Adopt.KeepsMissing", merged.Code]);
                    continue;
                }

                var kept = choice == KeepsNone ? null : merged.Predecessors.Select(l => l.Predecessor!).FirstOrDefault(p => p.Code == choice);
                if (choice != KeepsNone && kept is null)
                {
                    ModelState.AddModelError($"Input.Keeps[{merged.Code}]", text["Adopt.KeepsUnknown", merged.Code, choice]);
                    continue;
                }

                draft.Keep(merged, kept);
            }

            if (!ModelState.IsValid)
            {
                return Refused(StatusCodes.Status400BadRequest);
            }

            draft.Describe(Input.Title!.Trim(), Input.AdoptedBy!.Trim(), draft.AdoptedAt, draft.MeetingStart, draft.MeetingEnd, draft.Source);
            draft.Translate(Input.TitleFr);
            draft.Adopt(Input.AdoptedAt!.Trim(), IsoDates.Read(Input.MeetingStart)!.Value, IsoDates.Read(Input.MeetingEnd)!.Value, Input.Source?.Trim() ?? "");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            return await ShowAgainAsync(plan, exception.Message, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return await ShowAgainAsync(plan, text["Draft.Conflict"], cancellationToken);
        }

        TempData["Notice"] = text["Adopt.Adopted", draft.Title, draft.Key].Value;
        return RedirectToPage("/Plan/Details", new { plan });
    }

    private async Task<IActionResult> ShowAgainAsync(string plan, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await FindAsync(plan, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, message);
        return Refused(StatusCodes.Status409Conflict);
    }

    private async Task<ActionPlan?> FindAsync(string plan, CancellationToken cancellationToken)
    {
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is not null)
        {
            View = DraftView.Of(draft);
        }

        return draft;
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? TitleFr { get; set; }

        public string? AdoptedBy { get; set; }

        /// <summary>Where it was adopted: "Mirabella Eclano, Italy".</summary>
        public string? AdoptedAt { get; set; }

        /// <summary>The meeting's first and last days, as a date control sends them (2024-10-02).</summary>
        public string? MeetingStart { get; set; }

        public string? MeetingEnd { get; set; }

        /// <summary>Where the adopted text is published.</summary>
        public string? Source { get; set; }

        /// <summary>For each merged commitment (by code), the code of the predecessor whose data it keeps, or <see cref="KeepsNone"/>.</summary>
        public Dictionary<string, string> Keeps { get; } = [];
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public const int SourceLength = 1000;

        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.Title).ShortTitle(text, "Plan.TitleMissing", Translations.TitleLength);
            RuleFor(x => x.TitleFr).FrenchTitle(text, Translations.TitleLength);
            RuleFor(x => x.AdoptedBy).ShortTitle(text, "Plan.AdoptedByMissing", Translations.TitleLength);
            RuleFor(x => x.AdoptedAt).ShortTitle(text, "Adopt.PlaceMissing", Translations.TitleLength);
            RuleFor(x => x.MeetingStart).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(text["Adopt.StartMissing"])
                .Must(d => IsoDates.Read(d) is not null).WithMessage(text["Adopt.DateInvalid"]);
            RuleFor(x => x.MeetingEnd).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(text["Adopt.EndMissing"])
                .Must(d => IsoDates.Read(d) is not null).WithMessage(text["Adopt.DateInvalid"])
                .Must((x, end) => IsoDates.Read(x.MeetingStart) is not { } start || IsoDates.Read(end) >= start).WithMessage(text["Adopt.EndBeforeStart"]);
            RuleFor(x => x.Source).MaximumLength(SourceLength).WithMessage(text["Draft.TextTooLong", Translations.Shown(SourceLength)])
                .Must(Translations.IsOneLine).WithMessage(text["Edit.TitleControlCharacters"]);
        }
    }
}
