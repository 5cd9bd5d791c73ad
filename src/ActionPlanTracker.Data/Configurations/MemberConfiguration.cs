using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.NameFr).HasMaxLength(200);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Property(m => m.IsG7Member).HasColumnName("is_g7_member");
        builder.Ignore(m => m.FilesReports);
    }
}
