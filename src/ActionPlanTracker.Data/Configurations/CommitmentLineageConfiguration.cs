using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class CommitmentLineageConfiguration : IEntityTypeConfiguration<CommitmentLineage>
{
    public void Configure(EntityTypeBuilder<CommitmentLineage> builder)
    {
        builder.ToTable("commitment_lineage");
        builder.HasKey(l => new { l.SuccessorId, l.PredecessorId });
        builder.HasOne(l => l.Successor).WithMany(c => c.Predecessors).HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Predecessor).WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
