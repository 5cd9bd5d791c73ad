using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasOne(i => i.Commitment).WithMany().HasForeignKey(i => i.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CommitmentId, i.Name }).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Definition).HasMaxLength(4000);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.Disaggregations);
    }
}
