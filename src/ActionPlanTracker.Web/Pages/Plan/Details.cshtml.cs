using ActionPlanTracker.Data;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Plan;

/// <summary>
/// One plan as adopted, public and read-only, at <c>/plans/{plan}</c>; on French pages, with the French text where an
/// administrator entered it.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(ActionPlanDbContext db) : PageModel
{
    public PlanView Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string plan, CancellationToken cancellationToken)
    {
        var found = await db.ActionPlans
            .AsNoTracking()
            .Adopted()
            .Where(p => p.Key == plan)
            .Select(p => new PlanView(
                p.Title,
                p.AdoptedBy,
                p.AdoptedAt,
                p.MeetingStart,
                p.MeetingEnd,
                p.Source,
                p.Priorities.OrderBy(x => x.Number).Select(x => new PriorityView(x.Number, x.Title, x.Text, x.TitleFr, x.TextFr)).ToList(),
                p.Pillars.OrderBy(x => x.Number).Select(x => new PillarView(
                    x.Numeral,
                    x.Title,
                    x.LeadSentence,
                    x.TitleFr,
                    x.LeadSentenceFr,
                    x.Commitments.OrderBy(c => c.Number).Select(c => new CommitmentView(c.Code, c.ShortTitle, c.Text, c.ShortTitleFr, c.TextFr)).ToList()))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Plan = found;
        return Page();
    }

    public sealed record PlanView(
        string Title,
        string AdoptedBy,
        string AdoptedAt,
        DateOnly MeetingStart,
        DateOnly MeetingEnd,
        string Source,
        IReadOnlyList<PriorityView> Priorities,
        IReadOnlyList<PillarView> Pillars)
    {
        public int CommitmentCount => Pillars.Sum(p => p.Commitments.Count);

        public string MeetingDates => MeetingStart.Month == MeetingEnd.Month && MeetingStart.Year == MeetingEnd.Year
            ? $"{MeetingStart.Day}–{MeetingEnd:d MMMM yyyy}"
            : $"{MeetingStart:d MMMM yyyy} – {MeetingEnd:d MMMM yyyy}";
    }

    /// <summary>A priority in the reader's language: its French title and text where entered, the adopted English otherwise.</summary>
    public sealed record PriorityView(int Number, string AdoptedTitle, string AdoptedText, string? TitleFr, string? TextFr)
    {
        public string Title => PlanText.Choose(AdoptedTitle, TitleFr);

        public string Text => PlanText.Choose(AdoptedText, TextFr);

        /// <summary>The text after the words the plan sets in bold, which the page sets in bold too.</summary>
        public string? Rest => Text.StartsWith(Title, StringComparison.Ordinal) ? Text[Title.Length..] : null;
    }

    public sealed record PillarView(
        string Numeral, string AdoptedTitle, string AdoptedLeadSentence, string? TitleFr, string? LeadSentenceFr, IReadOnlyList<CommitmentView> Commitments)
    {
        public string Title => PlanText.Choose(AdoptedTitle, TitleFr);

        public string LeadSentence => PlanText.Choose(AdoptedLeadSentence, LeadSentenceFr);
    }

    public sealed record CommitmentView(string Code, string AdoptedShortTitle, string AdoptedText, string? ShortTitleFr, string? TextFr)
    {
        public string ShortTitle => PlanText.Choose(AdoptedShortTitle, ShortTitleFr);

        public string Text => PlanText.Choose(AdoptedText, TextFr);

        public string Anchor => "commitment-" + Code.Replace('.', '-');
    }
}
