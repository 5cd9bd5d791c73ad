using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class PresidencyConfiguration : IEntityTypeConfiguration<Presidency>
{
    public void Configure(EntityTypeBuilder<Presidency> builder)
    {
        builder.ToTable("presidencies", t => t.HasCheckConstraint("ck_presidencies_year", $"year BETWEEN {Presidency.FirstYear} AND {Presidency.LastYear}"));
        builder.HasKey(p => p.Year);
        builder.Property(p => p.Year).ValueGeneratedNever();
        builder.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsRowVersion();
    }
}
