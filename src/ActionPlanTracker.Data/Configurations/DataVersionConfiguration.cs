using ActionPlanTracker.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("data_version", t => t.HasCheckConstraint("ck_data_version_single_row", $"id = {DataVersion.SingleRowId}"));
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
