using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class CyclePlanConfiguration : IEntityTypeConfiguration<CyclePlan>
{
    public void Configure(EntityTypeBuilder<CyclePlan> builder)
    {
        builder.ToTable("cycle_plans");
        builder.HasKey(p => new { p.CycleId, p.PlanId });
        builder.HasOne(p => p.Cycle).WithMany(c => c.Plans).HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
