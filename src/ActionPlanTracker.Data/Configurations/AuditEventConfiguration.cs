using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ActionPlanTracker.Data.Configurations;

/// <summary>Append-only: the database refuses UPDATE, DELETE and TRUNCATE (see the migration).</summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Entity).HasMaxLength(100);
        builder.Property(e => e.EntityKey).HasMaxLength(300);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Before).HasColumnType("jsonb");
        builder.Property(e => e.After).HasColumnType("jsonb");
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Entity, e.EntityKey });
        builder.HasIndex(e => e.MemberId);

        // The hash chain is written by the database itself, in a BEFORE INSERT trigger (see the AuditChain
        // migration and docs/decisions/0004-audit-chain.md): EF leaves these out of the INSERT and reads them back.
        builder.Property(e => e.Sequence).ValueGeneratedOnAdd().Metadata.SetValueGenerationStrategy(NpgsqlValueGenerationStrategy.None);
        builder.Property(e => e.PreviousHash).IsRequired().HasMaxLength(64).ValueGeneratedOnAdd();
        builder.Property(e => e.Hash).IsRequired().HasMaxLength(64).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.Sequence).IsUnique();
    }
}
