using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
        builder.HasOne<Member>().WithMany().HasForeignKey(u => u.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
