using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// A draft plan version as the administrator builds it: its commitments by pillar, each with what it continues in the
/// version before (its lineage), and the forms that add a commitment, a pillar or a priority, merge commitments or
/// retire one. Rewording and splitting are on the commitment's own page; comparing and adopting on the adoption page.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class DraftModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text) : PageModel
{
    [BindProperty]
    public CommitmentInput NewCommitment { get; set; } = new();

    [BindProperty]
    public MergeInput Merging { get; set; } = new();

    [BindProperty]
    public TextInput NewPillar { get; set; } = new();

    [BindProperty]
    public TextInput NewPriority { get; set; } = new();

    public DraftView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        if (!draft.IsDraft)
        {
            return RedirectToPage("./Index", new { plan });
        }

        View = DraftView.Of(draft);
        NewCommitment.Pillar = draft.Pillars.OrderBy(p => p.Number).LastOrDefault()?.Numeral;
        return Page();
    }

    public Task<IActionResult> OnPostAddCommitmentAsync([FromRoute] string plan, CancellationToken cancellationToken) =>
        ChangeAsync(plan, new CommitmentValidator(text), NewCommitment, draft =>
        {
            var pillar = draft.Pillars.FirstOrDefault(p => p.Numeral == NewCommitment.Pillar?.Trim());
            if (pillar is null)
            {
                return Refusal("NewCommitment.Pillar", text["Draft.PillarUnknown", NewCommitment.Pillar ?? ""]);
            }

            if (Unknown(draft.PreviousVersion, NewCommitment.Continues, "NewCommitment.Continues") is { } refusal)
            {
                return refusal;
            }

            var continues = NewCommitment.Continues.Distinct(StringComparer.OrdinalIgnoreCase).Select(c => PlanDrafts.Find(draft.PreviousVersion, c)!).ToList();
            var added = draft.AddCommitment(pillar, PlanDrafts.NormaliseCode(NewCommitment.Code), NewCommitment.ShortTitle!.Trim(), NewCommitment.Text!.Trim(), continues);
            return Done(text["Draft.Added", added.Code]);
        }, cancellationToken);

    public Task<IActionResult> OnPostMergeAsync([FromRoute] string plan, CancellationToken cancellationToken) =>
        ChangeAsync(plan, new MergeValidator(text), Merging, draft =>
        {
            if (Unknown(draft, Merging.Merged, "Merging.Merged") is { } refusal)
            {
                return refusal;
            }

            var merged = Merging.Merged.Distinct(StringComparer.OrdinalIgnoreCase).Select(c => PlanDrafts.Find(draft, c)!).ToList();
            var successor = draft.Merge(merged, PlanDrafts.NormaliseCode(Merging.Code), Merging.ShortTitle!.Trim(), Merging.Text!.Trim(), keeps: null);
            return Done(text["Draft.Merged", string.Join(", ", merged.Select(c => c.Code)), successor.Code]);
        }, cancellationToken);

    public Task<IActionResult> OnPostAddPillarAsync([FromRoute] string plan, CancellationToken cancellationToken) =>
        ChangeAsync(plan, new TextValidator(text, "Draft.PillarTitleMissing", "Draft.LeadMissing"), NewPillar, draft =>
        {
            var pillar = draft.AddPillar(NewPillar.Title!.Trim(), NewPillar.Text!.Trim());
            return Done(text["Draft.PillarAdded", pillar.Numeral]);
        }, cancellationToken);

    public Task<IActionResult> OnPostAddPriorityAsync([FromRoute] string plan, CancellationToken cancellationToken) =>
        ChangeAsync(plan, new TextValidator(text, "Draft.PriorityTitleMissing", "Draft.PriorityTextMissing"), NewPriority, draft =>
        {
            var priority = draft.AddPriority(NewPriority.Title!.Trim(), NewPriority.Text!.Trim());
            return Done(text["Draft.PriorityAdded", priority.Number]);
        }, cancellationToken);

    public Task<IActionResult> OnPostRetireAsync([FromRoute] string plan, [FromForm] string? code, CancellationToken cancellationToken) =>
        ChangeAsync(plan, null, (object?)null, draft =>
        {
            if (PlanDrafts.Find(draft, code) is not { } commitment)
            {
                return Refusal(string.Empty, text["Draft.CommitmentUnknown", code ?? ""]);
            }

            draft.Retire(commitment);
            return Done(text["Draft.Retired", commitment.Code]);
        }, cancellationToken);

    public async Task<IActionResult> OnPostDiscardAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        try
        {
            await PlanDrafts.DiscardAsync(db, draft, cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            return await RefusedAsync(plan, string.Empty, exception.Message, cancellationToken);
        }

        TempData["Notice"] = text["Draft.Discarded", plan].Value;
        var previous = draft.PreviousVersion?.Key;
        return previous is null ? RedirectToPage("./Index") : RedirectToPage("./Index", new { plan = previous });
    }

    /// <summary>
    /// Validates the form, applies the change to the draft and saves it; a refusal (by the form's rules, the plan's or
    /// a change saved meanwhile) shows the draft again with the message and saves nothing.
    /// </summary>
    private async Task<IActionResult> ChangeAsync<T>(string plan, IValidator<T>? validator, T? input, Func<ActionPlan, Outcome> change, CancellationToken cancellationToken)
    {
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        if (validator is not null && input is not null && !validator.Validate(input).AddTo(ModelState, Prefix(input)))
        {
            return await ShowAsync(plan, StatusCodes.Status400BadRequest, cancellationToken);
        }

        Outcome outcome;
        try
        {
            draft.EnsureDraft();
            outcome = change(draft);
            if (outcome.Field is null)
            {
                await PlanDrafts.SaveAsync(db, draft, cancellationToken);
            }
        }
        catch (DomainRuleException exception)
        {
            return await RefusedAsync(plan, string.Empty, exception.Message, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return await RefusedAsync(plan, string.Empty, text["Draft.Conflict"], cancellationToken);
        }

        if (outcome.Field is { } field)
        {
            return await RefusedAsync(plan, field, outcome.Message, cancellationToken);
        }

        TempData["Notice"] = outcome.Message;
        return RedirectToPage(new { plan });
    }

    private string Prefix(object input) =>
        ReferenceEquals(input, NewCommitment) ? nameof(NewCommitment)
        : ReferenceEquals(input, Merging) ? nameof(Merging)
        : ReferenceEquals(input, NewPillar) ? nameof(NewPillar)
        : nameof(NewPriority);

    private async Task<IActionResult> RefusedAsync(string plan, string field, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, message);
        return await ShowAsync(plan, StatusCodes.Status409Conflict, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string plan, int status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        View = DraftView.Of(draft);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>A refusal naming the first code the plan does not have, when one is named.</summary>
    private Outcome? Unknown(ActionPlan? plan, IEnumerable<string> codes, string field) =>
        codes.FirstOrDefault(c => PlanDrafts.Find(plan, c) is null) is { } unknown
            ? Refusal(field, text["Draft.CommitmentUnknown", unknown])
            : null;

    private static Outcome Done(string message) => new(null, message);

    private static Outcome Refusal(string field, string message) => new(field, message);

    /// <summary>What a change came to: done, with the notice to show, or refused on a field, with the reason.</summary>
    private sealed record Outcome(string? Field, string Message);

    public sealed class CommitmentInput
    {
        public string? Pillar { get; set; }

        public string? Code { get; set; }

        public string? ShortTitle { get; set; }

        public string? Text { get; set; }

        /// <summary>The codes, in the version before, of the commitments this one continues.</summary>
        public IReadOnlyList<string> Continues { get; set; } = new List<string>();
    }

    public sealed class MergeInput
    {
        /// <summary>The codes, in this draft, of the commitments merged into one.</summary>
        public IReadOnlyList<string> Merged { get; set; } = new List<string>();

        public string? Code { get; set; }

        public string? ShortTitle { get; set; }

        public string? Text { get; set; }
    }

    public sealed class TextInput
    {
        public string? Title { get; set; }

        public string? Text { get; set; }
    }

    public sealed class CommitmentValidator : AbstractValidator<CommitmentInput>
    {
        public CommitmentValidator(IStringLocalizer text)
        {
            RuleFor(x => x.Pillar).NotEmpty().WithMessage(text["Draft.PillarMissing"]);
            RuleFor(x => x.Code).CommitmentCode(text);
            RuleFor(x => x.ShortTitle).ShortTitle(text, "Draft.ShortTitleMissing", Translations.ShortLength);
            RuleFor(x => x.Text).Paragraph(text, "Draft.TextMissing");
        }
    }

    public sealed class MergeValidator : AbstractValidator<MergeInput>
    {
        public MergeValidator(IStringLocalizer text)
        {
            RuleFor(x => x.Merged).Must(m => m.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2).WithMessage(text["Draft.MergeTwo"]);
            RuleFor(x => x.Code).CommitmentCode(text);
            RuleFor(x => x.ShortTitle).ShortTitle(text, "Draft.ShortTitleMissing", Translations.ShortLength);
            RuleFor(x => x.Text).Paragraph(text, "Draft.TextMissing");
        }
    }

    public sealed class TextValidator : AbstractValidator<TextInput>
    {
        public TextValidator(IStringLocalizer text, string titleMissing, string textMissing)
        {
            RuleFor(x => x.Title).ShortTitle(text, titleMissing, Translations.TitleLength);
            RuleFor(x => x.Text).Paragraph(text, textMissing);
        }
    }
}
