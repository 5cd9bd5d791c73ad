using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Import;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("import_uploads");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasIndex(u => u.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(u => u.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.Property(u => u.PreviewHash).HasMaxLength(64);
    }
}
