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
/// One commitment of a draft version beside what it continues: new words for it (it still continues the same
/// commitments), or a split into two or more commitments that each continue them.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class DraftCommitmentModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text) : PageModel
{
    /// <summary>How many parts the split form offers; rows left empty are ignored.</summary>
    public const int SplitRows = 3;

    [BindProperty]
    public RewordInput Wording { get; set; } = new();

    [BindProperty]
    public IReadOnlyList<PartInput> Parts { get; set; } = new List<PartInput>();

    public DraftView View { get; private set; } = null!;

    public DraftView.CommitmentRow Commitment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] string plan, [FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Wording = new() { ShortTitle = found.ShortTitle, Text = found.Text, Version = found.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string plan, [FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!new RewordValidator(text).Validate(Wording).AddTo(ModelState, nameof(Wording)))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (found.Version != Wording.Version)
        {
            return Refused(StatusCodes.Status409Conflict, text["DraftCommitment.Conflict"]);
        }

        return await SaveAsync(plan, found, () => found.Pillar!.Plan!.Reword(found, Wording.ShortTitle!.Trim(), Wording.Text!.Trim()),
            text["DraftCommitment.Reworded", found.Code], cancellationToken);
    }

    public async Task<IActionResult> OnPostSplitAsync([FromRoute] string plan, [FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var filled = Parts.Select((part, index) => (part, index)).Where(p => !p.part.IsEmpty).ToList();
        var valid = true;
        foreach (var (part, index) in filled)
        {
            valid &= new PartValidator(text).Validate(part).AddTo(ModelState, $"Parts[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
        }

        if (filled.Count < 2)
        {
            ModelState.AddModelError("Parts[0].Code", text["DraftCommitment.SplitTwo"]);
            valid = false;
        }
        else if (filled.GroupBy(p => PlanDrafts.NormaliseCode(p.part.Code)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            ModelState.AddModelError($"Parts[{twice.Last().index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].Code", text["DraftCommitment.SplitSameCode", twice.Key]);
            valid = false;
        }

        if (!valid)
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var parts = filled.Select(p => (PlanDrafts.NormaliseCode(p.part.Code), p.part.ShortTitle!.Trim(), p.part.Text!.Trim())).ToList();
        return await SaveAsync(plan, found, () => found.Pillar!.Plan!.Split(found, parts),
            text["DraftCommitment.Split", found.Code, string.Join(", ", parts.Select(p => p.Item1))], cancellationToken, toDraft: true);
    }

    private async Task<IActionResult> SaveAsync(string plan, Commitment found, Action change, string notice, CancellationToken cancellationToken, bool toDraft = false)
    {
        try
        {
            change();
            await PlanDrafts.SaveAsync(db, found.Pillar!.Plan!, cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            return await ShowAgainAsync(plan, found.Code, exception.Message, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return await ShowAgainAsync(plan, found.Code, text["Draft.Conflict"], cancellationToken);
        }

        TempData["Notice"] = notice;
        return toDraft ? RedirectToPage("./Draft", new { plan }) : RedirectToPage(new { plan, code = found.Code });
    }

    private async Task<IActionResult> ShowAgainAsync(string plan, string code, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await FindAsync(plan, code, cancellationToken) is null ? NotFound() : Refused(StatusCodes.Status409Conflict, message);
    }

    /// <summary>The draft's commitment, tracked; null when the plan is not a draft or has no such commitment.</summary>
    private async Task<Commitment?> FindAsync(string plan, string code, CancellationToken cancellationToken)
    {
        var draft = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        if (draft is not { IsDraft: true } || PlanDrafts.Find(draft, code) is not { } found)
        {
            return null;
        }

        View = DraftView.Of(draft);
        Commitment = View.Commitments.Single(c => c.Code == found.Code);
        if (Parts.Count < SplitRows)
        {
            Parts = [.. Parts, .. Enumerable.Range(0, SplitRows - Parts.Count).Select(_ => new PartInput())];
        }

        return found;
    }

    private PageResult Refused(int status, string? message = null)
    {
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        Response.StatusCode = status;
        return Page();
    }

    public sealed class RewordInput
    {
        public string? ShortTitle { get; set; }

        public string? Text { get; set; }

        /// <summary>The commitment's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class PartInput
    {
        public string? Code { get; set; }

        public string? ShortTitle { get; set; }

        public string? Text { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(ShortTitle) && string.IsNullOrWhiteSpace(Text);
    }

    public sealed class RewordValidator : AbstractValidator<RewordInput>
    {
        public RewordValidator(IStringLocalizer text)
        {
            RuleFor(x => x.ShortTitle).ShortTitle(text, "Draft.ShortTitleMissing", Translations.ShortLength);
            RuleFor(x => x.Text).Paragraph(text, "Draft.TextMissing");
        }
    }

    public sealed class PartValidator : AbstractValidator<PartInput>
    {
        public PartValidator(IStringLocalizer text)
        {
            RuleFor(x => x.Code).CommitmentCode(text);
            RuleFor(x => x.ShortTitle).ShortTitle(text, "Draft.ShortTitleMissing", Translations.ShortLength);
            RuleFor(x => x.Text).Paragraph(text, "Draft.TextMissing");
        }
    }
}
