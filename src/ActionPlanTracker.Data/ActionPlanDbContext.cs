using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data;

public sealed class ActionPlanDbContext(DbContextOptions<ActionPlanDbContext> options) : DbContext(options)
{
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();

    public DbSet<Pillar> Pillars => Set<Pillar>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<ReportingCycle> Cycles => Set<ReportingCycle>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    public DbSet<ReportRevision> ReportRevisions => Set<ReportRevision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActionPlanDbContext).Assembly);
}
