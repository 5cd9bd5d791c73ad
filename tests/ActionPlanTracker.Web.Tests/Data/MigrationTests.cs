using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync(migrated: false));
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration (dotnet ef migrations add).");
    }

    [Fact]
    public async Task Members_of_a_database_from_before_members_were_data_stay_reporting_G7_members()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);
        await using var db = TestPostgres.CreateContext(connectionString);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261207070516_SharedLimits");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO members (code, name, sort_order) VALUES ('FR', 'France', 20), ('DE', 'Germany', 30)");

        await migrator.MigrateAsync();

        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).ToListAsync();
        Assert.Equal(["FR", "DE"], members.Select(m => m.Code));
        Assert.All(members, m => Assert.True(m.IsG7Member && m.Reports && m.IsActive && m.FilesReports));
        Assert.Empty(await db.Presidencies.ToListAsync());
    }

    [Theory]
    [InlineData("UPDATE report_revisions SET narrative = 'rewritten'")]
    [InlineData("DELETE FROM report_revisions")]
    [InlineData("TRUNCATE report_revisions")]
    public async Task Database_refuses_to_change_or_remove_a_revision(string sql)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var report = await ReportSeed.CreateSavedReportAsync(connectionString);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        await using var db = TestPostgres.CreateContext(connectionString);
        Assert.Equal(1, await db.ReportRevisions.CountAsync(v => v.ProgressReportId == report));
    }

    [Fact]
    public async Task A_member_may_hold_only_one_report_per_commitment_and_cycle()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var report = await ReportSeed.CreateSavedReportAsync(connectionString);
        await using var db = TestPostgres.CreateContext(connectionString);
        var existing = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == report);

        db.Reports.Add(new ActionPlanTracker.Domain.ProgressReport(existing.CycleId, existing.MemberId, existing.CommitmentId));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
