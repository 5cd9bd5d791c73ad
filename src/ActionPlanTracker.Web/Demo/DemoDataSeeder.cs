using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Demo;

/// <summary>
/// Development only: on first start with an empty database, demo accounts for every role and member, three
/// published cycles with approved reports, and an open cycle with reports in every state, so that a newcomer
/// sees a living application. Production never calls this.
/// </summary>
internal static class DemoDataSeeder
{
    private static readonly (string Code, DateOnly Deadline, DateOnly Meeting)[] PublishedCycles =
    [
        ("2025-H1", new(2025, 7, 15), new(2025, 9, 24)),
        ("2025-H2", new(2026, 1, 15), new(2026, 2, 25)),
        ("2026-H1", new(2026, 7, 15), new(2026, 9, 23)),
    ];

    private const string OpenCycle = "2026-H2";

    public static async Task<bool> SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        if (await db.Users.AnyAsync(cancellationToken) || await db.Cycles.AnyAsync(cancellationToken))
        {
            return false;
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await CreateAccountsAsync(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), db, clock, cancellationToken);

        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Select(c => new { c.Id, c.Code, c.ShortTitle, Pillar = c.Pillar!.Number })
            .ToDictionaryAsync(c => c.Id, c => (c.Code, c.ShortTitle, c.Pillar), cancellationToken);
        var random = new Random(2024);
        var levels = new Dictionary<(int Member, int Commitment), Completion>();

        foreach (var (code, deadline, meeting) in PublishedCycles)
        {
            var cycle = await AddOpenCycleAsync(db, code, deadline, meeting, cancellationToken);
            foreach (var report in await db.Reports.Where(r => r.CycleId == cycle.Id).ToListAsync(cancellationToken))
            {
                var member = members[report.MemberId];
                var commitment = commitments[report.CommitmentId];
                var level = NextLevel(random, levels, report, member, commitment.Code);
                var at = deadline.ToDateTime(new TimeOnly(9, 0)).AddDays(-random.Next(5, 30));
                var content = Content(random, member, commitment, level, code);
                report.SaveDraft(cycle, content, DemoAccounts.FocalPointOf(member), Utc(at));
                report.Submit(cycle, DemoAccounts.FocalPointOf(member), Utc(at.AddDays(random.Next(1, 4))));
                report.Approve(cycle, DemoAccounts.Secretariat, Utc(deadline.ToDateTime(new TimeOnly(15, 0)).AddDays(random.Next(1, 20))));
            }

            cycle.StartReview();
            cycle.Publish();
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var openDeadline = today.AddDays(21);
        var open = await AddOpenCycleAsync(db, OpenCycle, openDeadline, openDeadline.AddDays(35), cancellationToken);
        var previous = await db.Reports.AsNoTracking()
            .Where(r => r.CycleId != open.Id)
            .OrderBy(r => r.CycleId)
            .ToListAsync(cancellationToken);
        var latest = previous.GroupBy(r => (r.MemberId, r.CommitmentId)).ToDictionary(g => g.Key, g => g.Last());
        var now = clock.GetUtcNow();
        foreach (var report in await db.Reports.Where(r => r.CycleId == open.Id).ToListAsync(cancellationToken))
        {
            var member = members[report.MemberId];
            var commitment = commitments[report.CommitmentId];
            var focalPoint = DemoAccounts.FocalPointOf(member);
            var roll = random.Next(100);
            if (roll < 20)
            {
                continue; // No report yet.
            }

            var at = now.AddDays(-random.Next(3, 40));
            if (roll < 35)
            {
                report.CarryForward(open, latest[(report.MemberId, report.CommitmentId)], focalPoint, at);
                continue; // Carried forward, not yet touched.
            }

            var level = NextLevel(random, levels, report, member, commitment.Code);
            report.SaveDraft(open, Content(random, member, commitment, level, OpenCycle), focalPoint, at);
            if (roll < 55)
            {
                continue; // Draft.
            }

            report.Submit(open, focalPoint, at.AddDays(1));
            if (roll < 75)
            {
                continue; // Submitted, waiting for review.
            }

            if (roll < 85)
            {
                report.Return(open, "Please add the figures for the period and the agencies involved.", DemoAccounts.Secretariat, at.AddDays(2));
                continue;
            }

            report.Approve(open, DemoAccounts.Secretariat, at.AddDays(2));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task CreateAccountsAsync(UserManager<ApplicationUser> users, ActionPlanDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        foreach (var (email, name, role, member) in DemoAccounts.All)
        {
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                MemberId = member is null ? null : members[member],
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static async Task<ReportingCycle> AddOpenCycleAsync(ActionPlanDbContext db, string code, DateOnly deadline, DateOnly meeting, CancellationToken cancellationToken)
    {
        var cycleCode = CycleCode.Parse(code);
        var plan = await db.ActionPlans.SingleAsync(p => p.Key == PlanDocument.Adopted.Key, cancellationToken);
        var cycle = new ReportingCycle(cycleCode, cycleCode.PeriodStart, cycleCode.PeriodEnd, deadline, meeting, [plan]);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        await db.OpenWithSlotsAsync(cycle, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return cycle;
    }

    /// <summary>Most commitments move up the scale over the cycles; a few slip back; some do not apply.</summary>
    private static Completion NextLevel(Random random, Dictionary<(int, int), Completion> levels, ProgressReport report, string member, string code)
    {
        var key = (report.MemberId, report.CommitmentId);
        if (member == "JP" && code is "I.1" or "I.2" or "I.4")
        {
            return levels[key] = Completion.NotApplicable;
        }

        var level = levels.TryGetValue(key, out var before) ? before : (Completion)random.Next(0, 3);
        var roll = random.Next(100);
        if (roll < 35 && level < Completion.Complete)
        {
            level++;
        }
        else if (roll > 95 && level > Completion.NotStarted)
        {
            level--;
        }

        return levels[key] = level;
    }

    private static ReportContent Content(Random random, string member, (string Code, string ShortTitle, int Pillar) commitment, Completion level, string period) =>
        level == Completion.NotApplicable
            ? new ReportContent(level, "", "", "", [],
                "The commitment binds G7 countries considering themselves affected by migrant smuggling; this member contributes through the cooperation reported under Pillar II.")
            : new ReportContent(
                level,
                DemoNarratives.Narrative(random, member, commitment.Pillar, commitment.ShortTitle, period),
                DemoNarratives.NextStep(random),
                DemoNarratives.Challenge(random),
                DemoNarratives.Evidence(random, member, commitment.Code),
                null);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(' ', result.Errors.Select(e => e.Description)));
        }
    }
}
