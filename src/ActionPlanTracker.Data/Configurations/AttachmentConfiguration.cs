using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

/// <summary>The attachment's facts only; its bytes are in attachment_contents, outside the model (see the migration).</summary>
internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasOne(a => a.Report).WithMany().HasForeignKey(a => a.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ProgressReportId);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.Property(a => a.RemovedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.IsRemoved);
    }
}
