using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Import;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data;

public sealed class ActionPlanDbContext(DbContextOptions<ActionPlanDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();

    public DbSet<Pillar> Pillars => Set<Pillar>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentLineage> CommitmentLineages => Set<CommitmentLineage>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Presidency> Presidencies => Set<Presidency>();

    public DbSet<ReportingCycle> Cycles => Set<ReportingCycle>();

    public DbSet<CyclePlan> CyclePlans => Set<CyclePlan>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    public DbSet<ReportRevision> ReportRevisions => Set<ReportRevision>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<OutboxMessage> NotificationOutbox => Set<OutboxMessage>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    /// <summary>Uploaded spreadsheets waiting for the focal point's confirmation.</summary>
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    /// <summary>The rate limits' counts, shared by the replicas (written with plain SQL by <see cref="Limits.SharedLimits"/>).</summary>
    public DbSet<Limits.LimitCounter> LimitCounters => Set<Limits.LimitCounter>();

    public DbSet<Limits.UnknownAccountFailures> UnknownAccountFailures => Set<Limits.UnknownAccountFailures>();

    /// <summary>The stamp that moves with every change to what pages keep in memory: see <see cref="Caching.DataVersion"/>.</summary>
    public DbSet<Caching.DataVersion> DataVersions => Set<Caching.DataVersion>();

    /// <summary>Data Protection keys live in the database, so every replica shares cookies and antiforgery tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        Configurations.IdentityTableNames.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ActionPlanDbContext).Assembly);
    }
}
