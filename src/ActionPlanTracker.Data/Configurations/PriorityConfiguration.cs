using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> builder)
    {
        builder.HasIndex(p => new { p.ActionPlanId, p.Number }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.TitleFr).HasMaxLength(300);
        builder.Property(p => p.Version).IsRowVersion();
    }
}
