using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

/// <summary>Revisions are append-only; the database refuses UPDATE and DELETE on them (see the migration).</summary>
internal sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> builder)
    {
        builder.ToTable("report_revisions");
        // Not unique on purpose: two writers appending the same number must meet the report's xmin check
        // (a concurrency conflict the page explains), not a unique-key error.
        builder.HasIndex(v => new { v.ProgressReportId, v.Number });
        builder.HasIndex(v => v.At);
        builder.Property(v => v.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Completion).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Actor).HasMaxLength(256);
        builder.Ignore(v => v.Content);
    }
}
