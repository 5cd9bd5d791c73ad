using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlanTracker.Data.Configurations;

/// <summary>Values are append-only, like revisions; the database refuses UPDATE and DELETE on them (see the migration).</summary>
internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        builder.HasOne(v => v.Report).WithMany().HasForeignKey(v => v.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ProgressReportId, v.IndicatorId, v.RevisionNumber }).IsUnique();
        builder.HasIndex(v => v.IndicatorId);
        builder.Property(v => v.Total).HasPrecision(18, 4);
        builder.Property(v => v.RecordedBy).HasMaxLength(256);
        builder.Ignore(v => v.Reading);

        // The parts of a breakdown travel together: one JSON array per value, read and written whole.
        builder.Property(v => v.Parts)
            .HasColumnType("jsonb")
            .HasConversion(
                parts => JsonSerializer.Serialize(parts, Json),
                json => (IReadOnlyList<IndicatorPart>?)JsonSerializer.Deserialize<List<IndicatorPart>>(json, Json) ?? new List<IndicatorPart>(),
                new ValueComparer<IReadOnlyList<IndicatorPart>>(
                    (a, b) => a!.SequenceEqual(b!),
                    parts => parts.Aggregate(0, (hash, part) => HashCode.Combine(hash, part.GetHashCode())),
                    parts => parts.ToList()));
    }
}
