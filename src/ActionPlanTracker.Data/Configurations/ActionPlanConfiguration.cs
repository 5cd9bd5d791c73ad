using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Key).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.TitleFr).HasMaxLength(300);
        builder.Property(p => p.AdoptedBy).HasMaxLength(300);
        builder.Property(p => p.AdoptedAt).HasMaxLength(300);
        builder.Property(p => p.Source).HasMaxLength(1000);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);

        // A version has one successor at most: versions follow one another, they do not fork.
        builder.HasOne(p => p.PreviousVersion).WithMany().HasForeignKey(p => p.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PreviousVersionId).IsUnique();
        builder.Ignore(p => p.Commitments);
        builder.HasMany(p => p.Pillars).WithOne(p => p.Plan).HasForeignKey(p => p.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Priorities).WithOne().HasForeignKey(p => p.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
