using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Plan;

/// <summary>The whole plan as adopted: public and read-only.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionPlanDbContext db) : PageModel
{
    public PlanView? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await db.ActionPlans
            .AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => new PlanView(
                p.Title,
                p.AdoptedBy,
                p.AdoptedAt,
                p.MeetingStart,
                p.MeetingEnd,
                p.Source,
                p.Priorities.OrderBy(x => x.Number).Select(x => new PriorityView(x.Number, x.Title, x.Text)).ToList(),
                p.Pillars.OrderBy(x => x.Number).Select(x => new PillarView(
                    x.Numeral,
                    x.Title,
                    x.LeadSentence,
                    x.Commitments.OrderBy(c => c.Number).Select(c => new CommitmentView(c.Code, c.ShortTitle, c.Text)).ToList()))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
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

    public sealed record PriorityView(int Number, string Title, string Text)
    {
        /// <summary>The text after the words the plan sets in bold, which the page sets in bold too.</summary>
        public string? Rest => Text.StartsWith(Title, StringComparison.Ordinal) ? Text[Title.Length..] : null;
    }

    public sealed record PillarView(string Numeral, string Title, string LeadSentence, IReadOnlyList<CommitmentView> Commitments);

    public sealed record CommitmentView(string Code, string ShortTitle, string Text)
    {
        public string Anchor => "commitment-" + Code.Replace('.', '-');
    }
}
