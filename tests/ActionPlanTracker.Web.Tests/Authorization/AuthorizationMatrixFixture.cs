using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Authorization;

/// <summary>One application, one signed-in client per role, and the data every row of the matrix points at.</summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2040, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private AppFactory? _factory;

    public AppFactory Factory => _factory!;

    public Dictionary<Who, HttpClient> Clients { get; } = [];

    public Dictionary<Who, TestUser> Users { get; } = [];

    /// <summary>The values that replace {placeholders} in the matrix's addresses.</summary>
    public Dictionary<string, string> Values { get; } = [];

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        await using (var db = Factory.CreateDbContext())
        {
            var open = new ReportingCycle(CycleCode.Parse("2040-H1"), new(2040, 1, 1), new(2040, 6, 30), new(2040, 7, 15), new(2040, 9, 1), await db.AdoptedPlanAsync());
            var planned = new ReportingCycle(CycleCode.Parse("2040-H2"), new(2040, 7, 1), new(2040, 12, 31), new(2041, 1, 15), new(2041, 3, 1), await db.AdoptedPlanAsync());
            db.Cycles.AddRange(open, planned);
            await db.SaveChangesAsync();
            await db.OpenWithSlotsAsync(open);
            await db.SaveChangesAsync();

            var france = await ReportOf(db, open, "FR");
            france.SaveDraft(open, new ReportContent(Completion.Limited, "France's text.", "", "", [], null), "fp-fr@example.org", At);
            france.Submit(open, "fp-fr@example.org", At);
            var germany = await ReportOf(db, open, "DE");
            germany.SaveDraft(open, new ReportContent(Completion.Substantial, "Germany's draft.", "", "", [], null), "fp-de@example.org", At);
            await db.SaveChangesAsync();

            var file = "%PDF-1.4 Germany's evidence"u8.ToArray();
            var attachment = new Attachment(germany, open, "de.pdf", "application/pdf", file.Length, new string('0', 64), "fp-de@example.org", At);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            await ActionPlanTracker.Web.Attachments.AttachmentStore.WriteAsync(db, attachment.Id, new MemoryStream(file), file.Length, default);

            var indicator = new Indicator(france.CommitmentId, "Officers trained", "people", "", IndicatorKind.Count, null, null, "secretariat@example.org", At);
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            await db.DraftPlanAsync(AuthorizationMatrixTests.Draft);
            Values["indicator"] = indicator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Values["other-file"] = attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Values["cycle"] = open.Code;
            Values["planned"] = planned.Code;
            Values["own"] = france.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Values["other"] = germany.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Users[Who.FocalPoint] = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        Users[Who.Secretariat] = await Factory.CreateAsync(Roles.Secretariat);
        Users[Who.Auditor] = await Factory.CreateAsync(Roles.Auditor);
        Users[Who.Administrator] = await Factory.CreateAsync(Roles.Administrator);
        var victim = await Factory.CreateAsync(Roles.FocalPoint, "IT");
        Values["user"] = await UserIdAsync(victim.Email);

        Clients[Who.Anonymous] = Factory.CreateNonRedirectingClient();
        foreach (var (who, user) in Users)
        {
            Clients[who] = await SignInWithoutRedirectsAsync(user);
        }
    }

    public async Task<HttpClient> SignInWithoutRedirectsAsync(TestUser user)
    {
        // The matrix needs to see redirects, so this client does not follow them.
        var client = Factory.CreateNonRedirectingClient();
        using var first = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password));
        if (first.Headers.Location?.OriginalString.StartsWith("/account/sign-in-code", StringComparison.Ordinal) == true)
        {
            using var code = await client.PostFormAsync(first.Headers.Location.OriginalString, ("Input.Code", await TestUsers.CurrentCodeAsync(Factory.Services, user)));
        }

        return client;
    }

    public async Task<int> AuditCountAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.CountAsync();
    }

    public async Task<string> ReportFingerprintAsync(string key)
    {
        await using var db = Factory.CreateDbContext();
        var id = int.Parse(Values[key], System.Globalization.CultureInfo.InvariantCulture);
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
        return $"{report.State}|{report.Completion}|{report.Narrative}|{report.RevisionCount}|{report.Version}";
    }

    public async Task DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    private static Task<ProgressReport> ReportOf(ActionPlanDbContext db, ReportingCycle cycle, string member) =>
        db.Reports.SingleAsync(r => r.CycleId == cycle.Id
            && r.MemberId == db.Members.Single(m => m.Code == member).Id
            && r.CommitmentId == db.Commitments.Single(c => c.Code == "I.1").Id);
}

public enum Who
{
    Anonymous,
    FocalPoint,
    Secretariat,
    Auditor,
    Administrator,
}
