using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> builder)
    {
        builder.ToTable("notification_opt_outs");
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
