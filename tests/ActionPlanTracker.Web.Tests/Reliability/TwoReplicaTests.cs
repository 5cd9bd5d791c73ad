using System.Net;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// Two instances of the application on their own ports share one database, and with it the Data Protection keys: a
/// browser may be sent to either at every request and never notices.
/// </summary>
public sealed class TwoReplicaTests(TwoReplicaTests.Replicas replicas) : IClassFixture<TwoReplicaTests.Replicas>
{
    private Replica A => replicas.A;

    private Replica B => replicas.B;

    [Fact]
    public async Task A_user_signed_in_on_one_replica_is_signed_in_on_the_other()
    {
        var user = await replicas.Factory.CreateAsync(Roles.Secretariat);
        using var browser = new Browser();

        await SignInAsync(browser, A, user);

        Assert.NotEqual(A.Address.Port, B.Address.Port);
        using var onB = await browser.GetAsync(B, "/account");
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains(user.Email, await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_loaded_from_one_replica_is_accepted_by_the_other()
    {
        await replicas.Factory.OpenCycleAsync("2044-H1");
        var id = await replicas.Factory.ReportIdAsync("2044-H1", "GB", "II.1");
        var user = await replicas.Factory.CreateAsync(Roles.FocalPoint, "GB");
        using var browser = new Browser();
        await SignInAsync(browser, B, user);

        var token = await browser.TokenAsync(A, $"/reports/{id}");
        var version = await ReportSaver.VersionAsync(replicas.Factory, id);
        using var save = await browser.PostAsync(B, $"/reports/{id}?handler=Save",
            ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Completion", "Limited"),
            ("Input.Narrative", "Loaded from one replica, saved through the other."), (Forms.TokenField, token));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var stored = await replicas.Factory.StoredAsync(id);
        Assert.Equal("Loaded from one replica, saved through the other.", stored.Narrative);
        Assert.Equal(1, stored.RevisionCount);
    }

    [Fact]
    public async Task A_dashboard_kept_by_one_replica_shows_a_report_saved_through_the_other_at_the_next_request()
    {
        await replicas.Factory.OpenCycleAsync("2044-H2");
        var id = await replicas.Factory.ReportIdAsync("2044-H2", "JP", "III.2");
        var secretariat = await replicas.Factory.CreateAsync(Roles.Secretariat);
        var focalPoint = await replicas.Factory.CreateAsync(Roles.FocalPoint, "JP");
        using var reader = new Browser();
        using var writer = new Browser();
        await SignInAsync(reader, A, secretariat);
        await SignInAsync(writer, B, focalPoint);
        Assert.Equal("No report", await CellAsync(reader, A, "/cycles/2044-H2/dashboard", "cell-III.2-JP"));
        Assert.Equal("No report", await CellAsync(reader, A, "/cycles/2044-H2/dashboard", "cell-III.2-JP"));

        var token = await writer.TokenAsync(B, $"/reports/{id}");
        var version = await ReportSaver.VersionAsync(replicas.Factory, id);
        using var save = await writer.PostAsync(B, $"/reports/{id}?handler=Save",
            ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Completion", "Substantial"),
            ("Input.Narrative", "Saved through the second replica."), (Forms.TokenField, token));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        Assert.Equal("Substantial Draft", await CellAsync(reader, A, "/cycles/2044-H2/dashboard", "cell-III.2-JP"));
    }

    private static async Task<string?> CellAsync(Browser browser, Replica replica, string path, string id)
    {
        using var response = await browser.GetAsync(replica, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Dashboard.DashboardData.TextOf(await response.Content.ReadAsStringAsync(), id);
    }

    [Fact]
    public async Task An_export_started_on_one_replica_is_recorded_once_and_the_chain_verifies()
    {
        var auditor = await replicas.Factory.CreateAsync(Roles.Auditor);
        using var browser = new Browser();
        await SignInAsync(browser, B, auditor);

        using var export = await browser.GetAsync(A, "/audit/export.csv?what=events");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        await using var db = replicas.Factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
        var chain = await AuditChain.VerifyAsync(db);
        Assert.True(chain.IsIntact, chain.Summary);
    }

    private static async Task SignInAsync(Browser browser, Replica replica, TestUser user)
    {
        var token = await browser.TokenAsync(replica, "/account/sign-in");
        using var signIn = await browser.PostAsync(replica, "/account/sign-in",
            ("Input.Email", user.Email), ("Input.Password", user.Password), (Forms.TokenField, token));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/account/sign-in", signIn.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    /// <summary>Both replicas on one fresh database. A starts first and makes the first key; B reads it from the database.</summary>
    public sealed class Replicas : IAsyncLifetime
    {
        private Replica? _a;
        private Replica? _b;
        private AppFactory? _factory;

        public Replica A => _a!;

        public Replica B => _b!;

        /// <summary>The same database, for making users and data and for reading what was stored.</summary>
        public AppFactory Factory => _factory!;

        public async Task InitializeAsync()
        {
            var connectionString = await TestPostgres.CreateDatabaseAsync();
            _factory = new AppFactory(connectionString);
            _a = Replica.Start(connectionString);
            using (var first = new Browser())
            {
                await first.TokenAsync(_a, "/account/sign-in");
            }

            _b = Replica.Start(connectionString);
        }

        public async Task DisposeAsync()
        {
            foreach (var disposable in new IAsyncDisposable?[] { _a, _b, _factory })
            {
                if (disposable is not null)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
    }
}
