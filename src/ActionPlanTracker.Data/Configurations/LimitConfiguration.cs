using ActionPlanTracker.Data.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class LimitCounterConfiguration : IEntityTypeConfiguration<LimitCounter>
{
    public void Configure(EntityTypeBuilder<LimitCounter> builder)
    {
        builder.ToTable("limit_counters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(SharedLimits.MaxKeyLength);
        builder.HasIndex(c => c.WindowStart);
    }
}

internal sealed class UnknownAccountFailuresConfiguration : IEntityTypeConfiguration<UnknownAccountFailures>
{
    public void Configure(EntityTypeBuilder<UnknownAccountFailures> builder)
    {
        builder.ToTable("unknown_account_failures");
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(SharedLimits.MaxKeyLength);
        builder.HasIndex(f => f.ChangedAt);
    }
}
