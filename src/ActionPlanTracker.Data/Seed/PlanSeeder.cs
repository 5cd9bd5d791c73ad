using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data.Seed;

/// <summary>
/// Adds the adopted plan, the members and the presidencies to the database. It only adds what is missing: running it twice
/// changes nothing, and text that administrators have since edited is never overwritten.
/// </summary>
public static class PlanSeeder
{
    public static async Task<int> SeedAsync(ActionPlanDbContext db, CancellationToken cancellationToken = default)
    {
        var document = PlanDocument.Load();

        var plan = await db.ActionPlans
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments)
            .Include(p => p.Priorities)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Key == document.Key, cancellationToken);
        if (plan is null)
        {
            plan = new ActionPlan(document.Key, document.Title, document.AdoptedBy, document.AdoptedAt,
                document.MeetingStart, document.MeetingEnd, document.Source);
            db.ActionPlans.Add(plan);
        }

        foreach (var priority in document.Priorities.Where(d => plan.Priorities.All(p => p.Number != d.Number)))
        {
            plan.Add(new Priority(priority.Number, priority.Title, priority.Text));
        }

        foreach (var pillarDocument in document.Pillars)
        {
            var pillar = plan.Pillars.SingleOrDefault(p => p.Number == pillarDocument.Number);
            if (pillar is null)
            {
                pillar = new Pillar(pillarDocument.Number, pillarDocument.Numeral, pillarDocument.Title, pillarDocument.LeadSentence);
                plan.Add(pillar);
            }

            var number = 0;
            foreach (var commitment in pillarDocument.Commitments)
            {
                number++;
                if (pillar.Commitments.All(c => c.Code != commitment.Code))
                {
                    pillar.Add(new Commitment(number, commitment.Code, commitment.ShortTitle, commitment.Text));
                }
            }
        }

        var knownMembers = await db.Members.Select(m => m.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var member in document.Members)
        {
            order++;
            if (!knownMembers.Contains(member.Code))
            {
                var added = new Member(member.Code, member.Name, order * 10);
                added.Translate(member.NameFr);
                db.Members.Add(added);
            }
        }

        var saved = await db.SaveChangesAsync(cancellationToken);
        var members = await db.Members.ToDictionaryAsync(m => m.Code, cancellationToken);
        var knownYears = await db.Presidencies.Select(p => p.Year).ToListAsync(cancellationToken);
        foreach (var presidency in document.Presidencies.Where(p => !knownYears.Contains(p.Year)))
        {
            db.Presidencies.Add(new Presidency(presidency.Year, members[presidency.Member]));
        }

        return saved + await db.SaveChangesAsync(cancellationToken);
    }
}
