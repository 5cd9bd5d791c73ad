using System.Net;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// The database drops the application's connections, as a restarting server does (the shared test server itself is
/// not restarted: other classes use it). The application serves again at once, and each save it confirmed is stored once.
/// </summary>
public sealed class ConnectionResiliencyTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    /// <summary>The test's own connections carry this name, so the killer spares them.</summary>
    private const string TestApplicationName = "reliability-observer";

    private const int Saves = 40;

    [Fact]
    public async Task After_every_connection_is_dropped_the_next_requests_are_served_and_a_save_is_stored_once()
    {
        await app.Factory.OpenCycleAsync("2042-H1");
        var id = await app.Factory.ReportIdAsync("2042-H1", "IT", "IV.2");
        using var saver = await ReportSaver.SignInAsync(app.Factory, id, "IT");
        Assert.True(await DropConnectionsAsync() > 0, "The application held no connection to drop.");

        using (var page = await saver.Client.GetAsync($"/reports/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await DropConnectionsAsync();
        using (var save = await saver.SaveAsync(await VersionAsync(id), "Saved right after the connections were dropped."))
        {
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        }

        await DropConnectionsAsync();
        using (var health = await saver.Client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        Assert.Equal(["Saved right after the connections were dropped."], await HistoryAsync(id));
    }

    [Fact]
    public async Task Saves_made_while_connections_keep_being_dropped_are_each_stored_exactly_once()
    {
        await app.Factory.OpenCycleAsync("2042-H2");
        var id = await app.Factory.ReportIdAsync("2042-H2", "IT", "IV.3");
        using var saver = await ReportSaver.SignInAsync(app.Factory, id, "IT");
        var confirmed = new List<string>();
        var refused = new List<string>();
        var dropped = 0;
        for (var save = 0; save < Saves; save++)
        {
            // One fault per save, at a moment that falls before, during or after it: as a server restart meets a request.
            // The moments step through the first 40 ms of a save, the same in every run.
            var text = $"Save {save} while connections drop.";
            var drop = DropLaterAsync(TimeSpan.FromMilliseconds(save * 40.0 / Saves));
            using var answer = await saver.SaveAsync(await VersionAsync(id), text);
            dropped += await drop;
            Assert.True(answer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict,
                $"Save {save} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
            (answer.StatusCode == HttpStatusCode.Redirect ? confirmed : refused).Add(text);
        }

        output.WriteLine($"{dropped} connections dropped during {Saves} saves; {confirmed.Count} confirmed, {refused.Count} refused as conflicts.");
        Assert.True(dropped > 0, "No connection was dropped during the saves.");

        using (var page = await saver.Client.GetAsync($"/reports/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // A save whose commit was lost with its connection is retried and then meets its own new version: it is
        // refused as a conflict, never stored twice. So the history is the confirmed saves, each once, in order,
        // plus at most such refused-but-committed ones.
        var history = await HistoryAsync(id);
        Assert.Equal(history.Count, history.Distinct().Count());
        Assert.Equal(confirmed, history.Where(confirmed.Contains));
        Assert.All(history, text => Assert.True(confirmed.Contains(text) || refused.Contains(text), text));

        // Each stored save has its one audit event (written in the same transaction), and the chain is whole.
        await using var db = TestPostgres.CreateContext(ObserverConnectionString());
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(history.Count, await db.AuditEvents.CountAsync(e => e.Entity == "ProgressReport" && e.EntityKey == key && e.Action == nameof(AuditAction.Saved)));
        var chain = await AuditChain.VerifyAsync(db);
        Assert.True(chain.IsIntact, chain.Summary);
    }

    /// <summary>Ends every connection to this class's database except the test's own; returns how many.</summary>
    private async Task<int> DropConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ObserverConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int FROM pg_stat_activity " +
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name <> $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = TestApplicationName });
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> DropLaterAsync(TimeSpan delay)
    {
        await Task.Delay(delay);
        return await DropConnectionsAsync();
    }

    private async Task<uint> VersionAsync(int id)
    {
        await using var db = TestPostgres.CreateContext(ObserverConnectionString());
        return await db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private async Task<List<string>> HistoryAsync(int id)
    {
        await using var db = TestPostgres.CreateContext(ObserverConnectionString());
        return await db.ReportRevisions.Where(v => v.ProgressReportId == id).OrderBy(v => v.Number).Select(v => v.Narrative).ToListAsync();
    }

    private string ObserverConnectionString() =>
        new NpgsqlConnectionStringBuilder(app.Factory.ConnectionString) { ApplicationName = TestApplicationName, Pooling = false }.ConnectionString;
}
