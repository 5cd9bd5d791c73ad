using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlanTracker.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEvent"/> for every change, in the same SaveChanges (and so the same transaction)
/// as the change itself: a change cannot be saved without its audit record, nor the record without the change.
/// </summary>
public sealed class AuditInterceptor(IActorAccessor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Values that must never be copied into the trail, or that say nothing to a reader.</summary>
    private static readonly HashSet<string> Hidden =
    [
        nameof(ApplicationUser.PasswordHash), nameof(ApplicationUser.SecurityStamp), nameof(ApplicationUser.ConcurrencyStamp),
        nameof(ApplicationUser.NormalizedEmail), nameof(ApplicationUser.NormalizedUserName), nameof(ApplicationUser.AccessFailedCount),
        nameof(IdentityRole.NormalizedName), "Version",

        // A token's hash must not leave its table; its last use changes once a minute and says nothing of who did what.
        nameof(PersonalAccessToken.SecretHash), nameof(PersonalAccessToken.LastUsedAt),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is not ActionPlanDbContext db)
        {
            return;
        }

        // PostgreSQL keeps microseconds: store exactly what the hash chain will read back.
        var now = clock.GetUtcNow();
        var at = now.AddTicks(-(now.Ticks % 10));
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var events = entries.Select(e => Describe(db, e, at)).OfType<AuditEvent>().ToList();
        db.AuditEvents.AddRange(events);
    }

    private AuditEvent? Describe(ActionPlanDbContext db, EntityEntry entry, DateTimeOffset at)
    {
        var action = ActionOf(db, entry);
        if (action is null)
        {
            return null;
        }

        // A change of hidden values only says nothing to a reader, except a new password: the hash is hidden, the event is not.
        var (before, after) = Values(entry);
        if (entry.State == EntityState.Modified && before.Count == 0 && after.Count == 0 && action != "PasswordChanged")
        {
            return null;
        }

        return new AuditEvent(
            at,
            actor.Actor,
            EntityName(entry),
            KeyOf(entry),
            action,
            MemberOf(db, entry),
            entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before, Json),
            entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(after, Json));
    }

    private static string? ActionOf(ActionPlanDbContext db, EntityEntry entry) => entry.Entity switch
    {
        // Not changes of their own: a revision is recorded with its report's event, keys are machinery, and a
        // notification follows from the change that produced it (its e-mail's delivery is kept in the outbox row).
        AuditEvent or ReportRevision or Notifications.OutboxMessage or Notifications.Notification
            or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
            or IdentityUserToken<string> or IdentityUserLogin<string> or IdentityUserClaim<string> or IdentityRoleClaim<string> => null,

        // An upload waiting for confirmation changes nothing yet; the reports it writes are recorded when confirmed.
        Import.ImportUpload => null,

        // Empty report slots are created when a cycle opens; the cycle's own event records that.
        ProgressReport { HasContent: false } when entry.State == EntityState.Added => null,
        ProgressReport report when entry.State == EntityState.Modified => ReportAction(db, report),
        ReportingCycle cycle when entry.State == EntityState.Modified => CycleAction(entry, cycle),
        ApplicationUser when entry.State == EntityState.Modified => UserAction(entry),
        PersonalAccessToken { RevokedAt: not null } when entry.State == EntityState.Modified => "Revoked",
        Attachment => entry.State == EntityState.Added ? "Uploaded" : ((Attachment)entry.Entity).IsRemoved ? "Removed" : "Updated",
        IdentityUserRole<string> => entry.State == EntityState.Deleted ? "RoleRemoved" : "RoleGranted",
        _ => entry.State switch
        {
            EntityState.Added => "Created",
            EntityState.Deleted => "Deleted",
            _ => "Updated",
        },
    };

    private static string ReportAction(ActionPlanDbContext db, ProgressReport report)
    {
        var added = report.Revisions.LastOrDefault(v => db.Entry(v).State == EntityState.Added);
        return added?.Action.ToString() ?? "Updated";
    }

    private static string CycleAction(EntityEntry entry, ReportingCycle cycle)
    {
        var state = entry.Property(nameof(ReportingCycle.State));
        if (!state.IsModified || Equals(state.OriginalValue, state.CurrentValue))
        {
            return "Rescheduled";
        }

        return cycle.State switch
        {
            CycleState.Open => "Opened",
            CycleState.UnderReview => "ReviewStarted",
            CycleState.Published => "Published",
            _ => "Updated",
        };
    }

    private static string UserAction(EntityEntry entry)
    {
        bool Changed(string property) => entry.Property(property) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue);

        if (Changed(nameof(ApplicationUser.PasswordHash)))
        {
            return "PasswordChanged";
        }

        if (Changed(nameof(ApplicationUser.IsDisabled)))
        {
            return ((ApplicationUser)entry.Entity).IsDisabled ? "Disabled" : "Enabled";
        }

        if (Changed(nameof(ApplicationUser.TwoFactorEnabled)))
        {
            return ((ApplicationUser)entry.Entity).TwoFactorEnabled ? "TwoFactorEnabled" : "TwoFactorDisabled";
        }

        if (Changed(nameof(ApplicationUser.LockoutEnd)) && ((ApplicationUser)entry.Entity).LockoutEnd > DateTimeOffset.UtcNow)
        {
            return "LockedOut";
        }

        return "Updated";
    }

    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After) Values(EntityEntry entry)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Hidden.Contains(name))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    if (!property.IsTemporary)
                    {
                        after[name] = property.CurrentValue;
                    }

                    break;
                case EntityState.Deleted:
                    before[name] = property.OriginalValue;
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue) && !SameList(property.OriginalValue, property.CurrentValue))
                    {
                        before[name] = property.OriginalValue;
                        after[name] = property.CurrentValue;
                    }

                    break;
            }
        }

        return (before, after);
    }

    private static bool SameList(object? a, object? b) =>
        a is IEnumerable<string> left && b is IEnumerable<string> right && left.SequenceEqual(right);

    private static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        ApplicationUser => "User",
        IdentityRole => "Role",
        IdentityUserRole<string> => "UserRole",
        ReportingCycle => "ReportingCycle",
        _ => entry.Metadata.ClrType.Name,
    };

    /// <summary>
    /// Reference data is named by what a reader knows it by (a cycle's code, a member's code…), before and after
    /// the database numbers it, so every event of one cycle carries the same key. Other rows by their id.
    /// </summary>
    private static string KeyOf(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case ReportingCycle cycle:
                return cycle.Code;
            case Member member:
                return member.Code;
            case Commitment commitment:
                return commitment.Code;
            case Pillar pillar:
                return pillar.Numeral;
            case Priority priority:
                return "P" + priority.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case ActionPlan plan:
                return plan.Key;
            case Indicator indicator:
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{indicator.CommitmentId}/{indicator.Name}");
            // By its report and name, as readers know it: the id does not exist yet when the upload is recorded.
            case Attachment attachment:
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{attachment.ProgressReportId}/{attachment.FileName}");
            case IndicatorValue value:
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.ProgressReportId}/{value.IndicatorId}/{value.RevisionNumber}");
            default:
                break;
        }

        var properties = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name)).ToList();
        return properties.Any(p => p.IsTemporary)
            ? "new"
            : string.Join('/', properties.Select(p => Convert.ToString(p.CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static int? MemberOf(ActionPlanDbContext db, EntityEntry entry) => entry.Entity switch
    {
        ProgressReport report => report.MemberId,

        // The report's member, so the upload or removal shows under that member on the trail: from the report the
        // page loaded, or read when it did not.
        Attachment attachment => db.ChangeTracker.Entries<ProgressReport>().FirstOrDefault(r => r.Entity.Id == attachment.ProgressReportId)?.Entity.MemberId
            ?? db.Reports.AsNoTracking().Where(r => r.Id == attachment.ProgressReportId).Select(r => (int?)r.MemberId).FirstOrDefault(),
        ApplicationUser user => user.MemberId,
        Member member when !entry.Property(nameof(Member.Id)).IsTemporary => member.Id,
        _ => null,
    };
}
