using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasIndex(c => new { c.PillarId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.PillarId, c.Code }).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(10);
        builder.Property(c => c.ShortTitle).HasMaxLength(200);
        builder.Property(c => c.ShortTitleFr).HasMaxLength(200);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasMany(c => c.Priorities).WithMany(p => p.Commitments).UsingEntity("commitment_priorities");
        builder.Ignore(c => c.CarriedFrom);
    }
}
