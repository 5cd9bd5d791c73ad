using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasIndex(r => new { r.CycleId, r.MemberId, r.CommitmentId }).IsUnique();

        // A commitment's page reads every member's reports of the commitment, in every cycle, by state and level: from the
        // index alone (no visit to the rows, which carry the narratives), so the page does not grow with the members (bench/, 10×).
        builder.HasIndex(r => new { r.CommitmentId, r.CycleId, r.MemberId })
            .IncludeProperties(r => new { r.Id, r.State, r.Completion, r.LastChangedAt });
        builder.HasOne(r => r.Cycle).WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Commitment).WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Completion).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.LastChangedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Content);
        builder.HasMany(r => r.Revisions).WithOne(v => v.Report).HasForeignKey(v => v.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
