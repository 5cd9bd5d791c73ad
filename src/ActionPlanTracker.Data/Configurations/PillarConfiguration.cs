using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.HasIndex(p => new { p.ActionPlanId, p.Number }).IsUnique();
        builder.Property(p => p.Numeral).HasMaxLength(10);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.TitleFr).HasMaxLength(300);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasMany(p => p.Commitments).WithOne(c => c.Pillar).HasForeignKey(c => c.PillarId).OnDelete(DeleteBehavior.Restrict);
    }
}
