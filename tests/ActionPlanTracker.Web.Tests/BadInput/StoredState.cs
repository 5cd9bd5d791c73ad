using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// Everything a form of the application can change, as lines of text: every report (content, state, version),
/// every cycle (dates, state, version), the plan's French text and members' French names, every account (fields, stamps, lockout, roles, keys), notification settings
/// and read marks, every access token, every indicator, and the number of uploads, revisions, indicator values and
/// audit events. Two equal snapshots mean nothing was stored in between.
/// </summary>
internal sealed record StoredState(IReadOnlyList<string> Lines, int AuditEvents)
{
    public static async Task<StoredState> TakeAsync(AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var lines = new List<string>();
        var reports = await db.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        lines.AddRange(reports.Select(r => Line(
            "report", r.Id, r.State, r.Completion, r.Narrative, r.NextSteps, r.Challenges, string.Join('|', r.Evidence), r.NotApplicableReason,
            r.ReviewComment, r.LastChangedBy, r.LastChangedAt, r.RevisionCount, r.Version)));
        var cycles = await db.Cycles.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        lines.AddRange(cycles.Select(c => Line(
            "cycle", c.Id, c.Code, c.PeriodStart, c.PeriodEnd, c.SubmissionDeadline, c.MeetingDate, c.State, c.Version)));
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
        lines.AddRange(users.Select(u => Line(
            "user", u.Id, u.Email, u.UserName, u.DisplayName, u.MemberId, u.IsDisabled, u.LockoutEnd, u.AccessFailedCount, u.TwoFactorEnabled,
            u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp)));
        var roles = await db.UserRoles.AsNoTracking().OrderBy(r => r.UserId).ThenBy(r => r.RoleId).ToListAsync();
        lines.AddRange(roles.Select(r => Line("role", r.UserId, r.RoleId)));
        var tokens = await db.UserTokens.AsNoTracking().OrderBy(t => t.UserId).ThenBy(t => t.Name).ToListAsync();
        lines.AddRange(tokens.Select(t => Line("token", t.UserId, t.LoginProvider, t.Name, t.Value)));
        var optOuts = await db.NotificationOptOuts.AsNoTracking().OrderBy(o => o.UserId).ThenBy(o => o.Kind).ToListAsync();
        lines.AddRange(optOuts.Select(o => Line("opt-out", o.UserId, o.Kind)));
        var notices = await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
        lines.AddRange(notices.Select(n => Line("notification", n.Id, n.UserId, n.ReadAt)));
        var access = await db.PersonalAccessTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        lines.AddRange(access.Select(t => Line("access token", t.Id, t.UserId, t.Name, string.Join('|', t.Scopes), t.ExpiresAt, t.RevokedAt)));
        lines.Add(Line("import uploads", await db.ImportUploads.CountAsync()));
        lines.Add(Line("revisions", await db.ReportRevisions.CountAsync()));
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        lines.AddRange(indicators.Select(i => Line(
            "indicator", i.Id, i.CommitmentId, i.Name, i.Unit, i.Definition, i.Kind, string.Join('|', i.SexCategories), string.Join('|', i.AgeGroups), i.Version)));
        lines.Add(Line("indicator values", await db.IndicatorValues.CountAsync()));
        var pillars = await db.Pillars.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        lines.AddRange(pillars.Select(p => Line("pillar", p.Id, p.TitleFr, p.LeadSentenceFr, p.Version)));
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        lines.AddRange(priorities.Select(p => Line("priority", p.Id, p.TitleFr, p.TextFr, p.Version)));
        var commitments = await db.Commitments.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        lines.AddRange(commitments.Select(c => Line("commitment", c.Id, c.ShortTitleFr, c.TextFr, c.Version)));
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        lines.AddRange(members.Select(m => Line("member", m.Id, m.NameFr, m.Version)));
        return new StoredState(lines, await db.AuditEvents.CountAsync());
    }

    /// <summary>The lines that differ, for a failure message a reader can act on.</summary>
    public string Difference(StoredState after) =>
        string.Join(Environment.NewLine, [
            .. Lines.Except(after.Lines).Select(l => "before: " + l),
            .. after.Lines.Except(Lines).Select(l => "after:  " + l),
            .. AuditEvents == after.AuditEvents ? Array.Empty<string>() : [$"audit events: {AuditEvents} → {after.AuditEvents}"],
        ]);

    public bool SameAs(StoredState after) => AuditEvents == after.AuditEvents && Lines.SequenceEqual(after.Lines);

    private static string Line(string kind, params object?[] values) =>
        kind + " " + string.Join(" · ", values.Select(v => v switch
        {
            null => "∅",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
