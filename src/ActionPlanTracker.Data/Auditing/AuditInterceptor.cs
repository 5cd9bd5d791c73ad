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
/// The action is the one the entity's own method recorded (<see cref="IRecordsAuditAction"/>: a report saved,
/// a cycle opened); Identity's account changes are named from the fields Identity sets; reference data (plan texts,
/// members, a new cycle, indicators) is recorded as created, updated or deleted, with its fields before and after.
/// </summary>
public sealed class AuditInterceptor(IActorAccessor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The one synchronous save in the application is Data Protection's key store, whose rows are not audited; a
    /// change that is audited must be saved asynchronously (its member may have to be read from the database).
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ActionPlanDbContext db && Changed(db).Any(e => TableOf(e).IsRecorded && ActionOf(e, clock.GetUtcNow()) is not null))
        {
            throw new NotSupportedException("Audited changes are saved with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ActionPlanDbContext db)
        {
            await RecordAsync(db, cancellationToken);
        }

        return result;
    }

    /// <summary>Once the changes are saved, the entities forget what they recorded: a later save starts afresh.</summary>
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var entry in eventData.Context?.ChangeTracker.Entries<IRecordsAuditAction>() ?? [])
        {
            entry.Entity.ClearRecordedAction();
        }

        return ValueTask.FromResult(result);
    }

    private static List<EntityEntry> Changed(ActionPlanDbContext db) =>
        [.. db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)];

    private async Task RecordAsync(ActionPlanDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: store exactly what the hash chain will read back.
        var now = clock.GetUtcNow();
        var at = now.AddTicks(-(now.Ticks % 10));
        var events = new List<AuditEvent>();
        foreach (var entry in Changed(db))
        {
            if (await DescribeAsync(db, entry, at, cancellationToken) is { } recorded)
            {
                events.Add(recorded);
            }
        }

        db.AuditEvents.AddRange(events);
    }

    private async Task<AuditEvent?> DescribeAsync(ActionPlanDbContext db, EntityEntry entry, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = TableOf(entry);
        if (!table.IsRecorded || ActionOf(entry, at) is not { } action)
        {
            return null;
        }

        // A change of columns never copied says nothing to a reader, except a new password: the hash is not copied, the event is.
        var (before, after) = Values(entry, table);
        if (entry.State == EntityState.Modified && before.Count == 0 && after.Count == 0 && action != AuditAction.PasswordChanged)
        {
            return null;
        }

        return new AuditEvent(
            at,
            actor.Actor,
            table.Trail!,
            KeyOf(entry, table),
            action,
            await MemberOfAsync(db, entry, cancellationToken),
            entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before, Json),
            entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(after, Json));
    }

    /// <summary>The table's entry in <see cref="AuditedTables"/>: whether and how its rows are recorded.</summary>
    private static AuditedTable TableOf(EntityEntry entry) => AuditedTables.Of(entry.Metadata.GetTableName() ?? entry.Metadata.ShortName());

    /// <summary>What happened to a row of a recorded table.</summary>
    private static AuditAction? ActionOf(EntityEntry entry, DateTimeOffset at) => entry.Entity switch
    {
        // Empty report slots are created when a cycle opens; the cycle's own event records that.
        ProgressReport { HasContent: false } when entry.State == EntityState.Added => null,

        // What the entity's own method said it did.
        IRecordsAuditAction { RecordedAction: { } recorded } => recorded,

        // Identity changes accounts through its own stores: named from the fields it sets.
        ApplicationUser when entry.State == EntityState.Modified => UserAction(entry, at),
        IdentityUserRole<string> => entry.State == EntityState.Deleted ? AuditAction.RoleRemoved : AuditAction.RoleGranted,
        _ => entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        },
    };

    private static AuditAction UserAction(EntityEntry entry, DateTimeOffset now)
    {
        bool Changed(string property) => entry.Property(property) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue);

        if (Changed(nameof(ApplicationUser.PasswordHash)))
        {
            return AuditAction.PasswordChanged;
        }

        if (Changed(nameof(ApplicationUser.IsDisabled)))
        {
            return ((ApplicationUser)entry.Entity).IsDisabled ? AuditAction.Disabled : AuditAction.Enabled;
        }

        if (Changed(nameof(ApplicationUser.TwoFactorEnabled)))
        {
            return ((ApplicationUser)entry.Entity).TwoFactorEnabled ? AuditAction.TwoFactorEnabled : AuditAction.TwoFactorDisabled;
        }

        if (Changed(nameof(ApplicationUser.LockoutEnd)) && ((ApplicationUser)entry.Entity).LockoutEnd > now)
        {
            return AuditAction.LockedOut;
        }

        return AuditAction.Updated;
    }

    /// <summary>The fields the table copies into the trail (never its secrets, nor PostgreSQL's row version).</summary>
    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After) Values(EntityEntry entry, AuditedTable table)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var column = property.Metadata.GetColumnName();
            if (!table.Copied.Contains(column))
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

    /// <summary>
    /// Reference data is named by what a reader knows it by (a cycle's code, a member's code…), before and after
    /// the database numbers it, so every event of one cycle carries the same key (<see cref="AuditedTables"/>).
    /// Other rows by their primary key.
    /// </summary>
    private static string KeyOf(EntityEntry entry, AuditedTable table)
    {
        if (table.Key is { } key)
        {
            return key(entry.Entity);
        }

        var properties = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name)).ToList();
        return properties.Any(p => p.IsTemporary)
            ? "new"
            : string.Join('/', properties.Select(p => Convert.ToString(p.CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<int?> MemberOfAsync(ActionPlanDbContext db, EntityEntry entry, CancellationToken cancellationToken) => entry.Entity switch
    {
        ProgressReport report => report.MemberId,

        // The report's member, so the upload or removal shows under that member on the trail: from the report the
        // page loaded, or read when it did not.
        Attachment attachment => db.ChangeTracker.Entries<ProgressReport>().FirstOrDefault(r => r.Entity.Id == attachment.ProgressReportId)?.Entity.MemberId
            ?? await db.Reports.AsNoTracking().Where(r => r.Id == attachment.ProgressReportId).Select(r => (int?)r.MemberId).FirstOrDefaultAsync(cancellationToken),
        ApplicationUser user => user.MemberId,
        Member member when !entry.Property(nameof(Member.Id)).IsTemporary => member.Id,
        _ => null,
    };
}
