using System.Net;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// The README's backup procedure: a custom-format pg_dump restored with pg_restore into a fresh database gives back
/// every report, revision and audit event as it was, and the audit chain still verifies, with the same head.
/// </summary>
public sealed class BackupRestoreTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_dump_restored_into_a_fresh_database_has_every_report_revision_and_audit_event_and_the_chain_verifies()
    {
        await app.Factory.OpenCycleAsync("2043-H1");
        var id = await app.Factory.ReportIdAsync("2043-H1", "JP", "V.1");
        using (var saver = await ReportSaver.SignInAsync(app.Factory, id, "JP"))
        {
            foreach (var text in (string[])["A first draft.", "Une deuxième version, avec accents.", "A third: 'quotes' and \"more\"."])
            {
                using var save = await saver.SaveAsync(await ReportSaver.VersionAsync(app.Factory, id), text);
                Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
            }
        }

        var before = await SnapshotAsync(app.Factory.ConnectionString);
        Assert.True(before.Chain.IsIntact, before.Chain.Summary);
        Assert.NotEmpty(before.Revisions);

        var file = Path.Combine(Path.GetTempPath(), $"apt-backup-{Guid.NewGuid():N}.dump");
        var restored = await FreshDatabaseAsync();
        try
        {
            await PgTools.DumpAsync(app.Factory.ConnectionString, file);

            // Rows first, triggers after: the chain trigger, which numbers and hashes each new event, never sees the restored ones.
            var contents = (await PgTools.ListAsync(file)).Split('\n');
            var rows = Array.FindIndex(contents, l => l.Contains("TABLE DATA public audit_events", StringComparison.Ordinal));
            var trigger = Array.FindIndex(contents, l => l.Contains("TRIGGER public audit_events audit_events_chain", StringComparison.Ordinal));
            Assert.True(rows >= 0 && trigger > rows, $"The audit events' rows are at {rows} and the chain trigger at {trigger} of the dump.");

            await PgTools.RestoreAsync(restored, file);
        }
        finally
        {
            File.Delete(file);
        }

        var after = await SnapshotAsync(restored);
        Assert.Equal(before.Reports, after.Reports);
        Assert.Equal(before.Revisions, after.Revisions);
        Assert.Equal(before.Events, after.Events);
        Assert.True(after.Chain.IsIntact, after.Chain.Summary);
        Assert.Equal(before.Chain.Head, after.Chain.Head);

        // The restored database is a working one: the next save appends to the same chain.
        await using var factory = new AppFactory(restored);
        using (var saver = await ReportSaver.SignInAsync(factory, id, "JP"))
        {
            using var save = await saver.SaveAsync(await ReportSaver.VersionAsync(factory, id), "Saved after the restore.");
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }

        await using var db = factory.CreateDbContext();
        var chain = await AuditChain.VerifyAsync(db);
        Assert.True(chain.IsIntact, chain.Summary);
        Assert.True(chain.IntactRows > before.Chain.IntactRows);
    }

    private static async Task<Snapshot> SnapshotAsync(string connectionString)
    {
        await using var db = TestPostgres.CreateContext(connectionString);
        var reports = (await db.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"{r.Id}|{r.CycleId}|{r.MemberId}|{r.CommitmentId}|{r.State}|{r.Completion}|{r.Narrative}|{r.RevisionCount}|{r.LastChangedBy}|{r.LastChangedAt}")
            .ToList();
        var revisions = (await db.ReportRevisions.AsNoTracking().OrderBy(v => v.Id).ToListAsync())
            .Select(v => $"{v.Id}|{v.ProgressReportId}|{v.Number}|{v.Action}|{v.State}|{v.Narrative}|{v.Actor}|{v.At}")
            .ToList();
        var events = (await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => $"{e.Id}|{e.Sequence}|{e.At}|{e.Actor}|{e.Entity}|{e.EntityKey}|{e.Action}|{e.Before}|{e.After}|{e.PreviousHash}|{e.Hash}")
            .ToList();
        return new Snapshot(reports, revisions, events, await AuditChain.VerifyAsync(db));
    }

    private async Task<string> FreshDatabaseAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(app.Factory.ConnectionString) { Database = "postgres", Pooling = false };
        var name = "restored_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(app.Factory.ConnectionString) { Database = name }.ConnectionString;
    }

    private sealed record Snapshot(List<string> Reports, List<string> Revisions, List<string> Events, ChainCheck Chain);
}
