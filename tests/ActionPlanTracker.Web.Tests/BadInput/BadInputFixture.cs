using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>Who sends a request of the corpus. Each is signed in once, on first use.</summary>
public enum Who
{
    Anonymous,

    /// <summary>The administrator's password was right; the code step is pending.</summary>
    HalfSignedIn,
    FocalPointFr,
    FocalPointDe,
    Secretariat,

    /// <summary>Has an authenticator key but has not turned two-factor sign-in on, so the set-up form is open.</summary>
    Auditor,
    Administrator,

    /// <summary>The focal point of a member deactivated after the cycle opened: its report slots stay, it files nothing.</summary>
    FocalPointRetired,
}

/// <summary>
/// One application and one database per test class, with the data every case points at: a published, an open and a
/// planned cycle, reports in each review state, accounts to edit, and a valid set-password link.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    public const string PublishedCycle = "2030-H2";
    public const string OpenCycle = "2031-H1";
    public const string PlannedCycle = "2032-H1";

    /// <summary>The member deactivated after the open cycle gave it slots.</summary>
    public const string RetiredMember = "KR";
    public const string UnknownCycle = "2099-H1";
    public const int UnknownReport = 999_999;

    private static readonly DateTimeOffset At = new(2031, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<Who, HttpClient> _clients = [];
    private readonly Dictionary<Who, string> _tokens = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AppFactory? _factory;

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public Dictionary<Who, TestUser> Users { get; } = [];

    /// <summary>Report ids by name: "fr-draft", "de-submitted", "fr-free-II.1"…</summary>
    public Dictionary<string, int> Reports { get; } = [];

    /// <summary>The indicator on I.1 (France's draft's commitment).</summary>
    public int IndicatorId { get; private set; }

    /// <summary>Account ids by name: "target" and "renamed" (auditors to edit), "disabled", "administrator", "invited".</summary>
    public Dictionary<string, string> Accounts { get; } = [];

    /// <summary>The set-password link of the invited account, as an invitation carries it.</summary>
    public string SetPasswordUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        await CreateCyclesAndReportsAsync();

        Users[Who.FocalPointFr] = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        Users[Who.FocalPointDe] = await Factory.CreateAsync(Roles.FocalPoint, "DE");
        Users[Who.Secretariat] = await Factory.CreateAsync(Roles.Secretariat);
        Users[Who.Auditor] = await Factory.CreateAsync(Roles.Auditor);
        Users[Who.Administrator] = await Factory.CreateAsync(Roles.Administrator);
        Users[Who.HalfSignedIn] = Users[Who.Administrator];
        Users[Who.FocalPointRetired] = await Factory.CreateAsync(Roles.FocalPoint, RetiredMember);
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        // Before the auditor signs in: making the key renews the security stamp.
        var auditor = (await users.FindByEmailAsync(Users[Who.Auditor].Email))!;
        await users.ResetAuthenticatorKeyAsync(auditor);

        Accounts["administrator"] = (await users.FindByEmailAsync(Users[Who.Administrator].Email))!.Id;
        Accounts["target"] = (await users.FindByEmailAsync((await Factory.CreateAsync(Roles.Auditor)).Email))!.Id;
        Accounts["renamed"] = (await users.FindByEmailAsync((await Factory.CreateAsync(Roles.Auditor)).Email))!.Id;
        var disabled = (await users.FindByEmailAsync((await Factory.CreateAsync(Roles.Auditor)).Email))!;
        disabled.IsDisabled = true;
        await users.UpdateAsync(disabled);
        Accounts["disabled"] = disabled.Id;

        var invited = new ApplicationUser
        {
            UserName = "invited@example.org",
            Email = "invited@example.org",
            DisplayName = "Invited person",
            CreatedAt = At,
        };
        await users.CreateAsync(invited);
        await users.AddToRoleAsync(invited, Roles.Auditor);
        Accounts["invited"] = invited.Id;
        var token = SetPasswordLink.EncodeToken(await users.GeneratePasswordResetTokenAsync(invited));
        SetPasswordUrl = $"/account/set-password?userId={invited.Id}&token={token}";
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _gate.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    public string ReportUrl(string name) => $"/reports/{Reports[name]}";

    public string ReviewUrl(string name) => $"/review/{Reports[name]}";

    /// <summary>A client for <paramref name="who"/>, signed in on first use and kept for the class. It does not follow redirects.</summary>
    public async Task<HttpClient> ClientAsync(Who who)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_clients.TryGetValue(who, out var client))
            {
                client = await SignInAsync(who);
                _clients[who] = client;
                _tokens[who] = await client.GetTokenAsync(who switch
                {
                    Who.Anonymous => "/account/sign-in",
                    Who.HalfSignedIn => "/account/sign-in-code",
                    _ => "/account",
                });
            }

            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The antiforgery token of <paramref name="who"/>'s session (tokens are per session, not per page).</summary>
    public async Task<string> TokenAsync(Who who)
    {
        await ClientAsync(who);
        return _tokens[who];
    }

    public async Task<uint> ReportVersionAsync(string name)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Reports.Where(r => r.Id == Reports[name]).Select(r => r.Version).SingleAsync();
    }

    public async Task<uint> IndicatorVersionAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.Indicators.Where(i => i.Id == IndicatorId).Select(i => i.Version).SingleAsync();
    }

    public async Task<ReportingCycle> CycleAsync(string code)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Cycles.AsNoTracking().SingleAsync(c => c.Code == code);
    }

    /// <summary>The code <paramref name="who"/>'s authenticator app shows now.</summary>
    public async Task<string> AuthenticatorCodeAsync(Who who)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var key = await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(Users[who].Email))!);
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
    }

    public async Task<ApplicationUser> AccountAsync(string name)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == Accounts[name]);
    }

    private async Task<HttpClient> SignInAsync(Who who)
    {
        var client = Factory.CreateNonRedirectingClient();
        if (who == Who.Anonymous)
        {
            return client;
        }

        var user = Users[who];
        using var password = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password));
        var next = password.Headers.Location?.OriginalString ?? "";
        if (next.StartsWith("/account/sign-in-code", StringComparison.Ordinal) && who != Who.HalfSignedIn)
        {
            using var code = await client.PostFormAsync(next, ("Input.Code", await TestUsers.CurrentCodeAsync(Factory.Services, user)));
            next = code.Headers.Location?.OriginalString ?? "";
        }

        var expected = who == Who.HalfSignedIn ? "/account/sign-in-code" : "/";
        if (!next.StartsWith(expected, StringComparison.Ordinal) || (who != Who.HalfSignedIn && next.StartsWith("/account", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Signing in as {who} ended at \"{next}\".");
        }

        return client;
    }

    private async Task CreateCyclesAndReportsAsync()
    {
        await using var db = Factory.CreateDbContext();
        var retired = new Member(RetiredMember, "Republic of Korea", 110, isG7Member: false);
        db.Members.Add(retired);
        await db.SaveChangesAsync();
        var plans = await db.AdoptedPlanAsync();
        var published = Cycle(PublishedCycle, plans);
        var open = Cycle(OpenCycle, plans);
        db.Cycles.AddRange(published, open, Cycle(PlannedCycle, plans));
        await db.SaveChangesAsync();

        await db.OpenWithSlotsAsync(published);
        await db.OpenWithSlotsAsync(open);
        await db.SaveChangesAsync();

        // A coalition partner that reported, then stopped: its slots in the open cycle stay, and it is deactivated.
        await ChangeAsync(db, open, "retired-open", RetiredMember, "I.1", (_, _) => { });
        retired.Deactivate();
        await db.SaveChangesAsync();

        // Each report is changed in a transaction of its own, so no two rows share a version (xmin).
        await ChangeAsync(db, published, "fr-published", "FR", "I.1", (r, c) => Save(r, c, "What France did in 2030."));
        await ChangeAsync(db, open, "fr-draft", "FR", "I.1", (r, c) => Save(r, c, "France's draft."));
        await ChangeAsync(db, open, "fr-submitted", "FR", "I.2", (r, c) =>
        {
            Save(r, c, "France's submitted report.");
            r.Submit(c, "fp-fr@example.org", At);
        });
        await ChangeAsync(db, open, "fr-approved", "FR", "I.3", (r, c) =>
        {
            Save(r, c, "France's approved report.");
            r.Submit(c, "fp-fr@example.org", At);
            r.Approve(c, "secretariat@example.org", At);
        });
        await ChangeAsync(db, open, "fr-empty", "FR", "I.4", (_, _) => { });
        await ChangeAsync(db, open, "de-draft", "DE", "I.1", (r, c) => Save(r, c, "Germany's draft."));
        await ChangeAsync(db, open, "de-submitted", "DE", "I.2", (r, c) =>
        {
            Save(r, c, "Germany's submitted report.");
            r.Submit(c, "fp-de@example.org", At);
        });

        // Reports the free-text cases write to, one case each: France's drafts, and one of Germany's submitted to be returned.
        foreach (var code in new[] { "II.1", "II.2", "II.3", "II.4", "III.1" })
        {
            await ChangeAsync(db, open, $"fr-free-{code}", "FR", code, (_, _) => { });
        }

        await ChangeAsync(db, open, "de-free-III.2", "DE", "III.2", (r, c) =>
        {
            Save(r, c, "Germany's report on III.2.");
            r.Submit(c, "fp-de@example.org", At);
        });

        published.StartReview();
        published.Publish();
        await db.SaveChangesAsync();

        // An indicator on I.1, broken down by sex and age group, for the report form's value cases.
        var indicator = new Indicator(
            await db.Commitments.Where(c => c.Code == "I.1").Select(c => c.Id).SingleAsync(), "Officers trained", "people", "", IndicatorKind.Count,
            Disaggregation.Sex.DefaultCategories(), Disaggregation.AgeGroup.DefaultCategories(), "secretariat@example.org", At);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        IndicatorId = indicator.Id;

        // Last, once every report is in place: drafts for the plan pages (the next version of the 2024 plan, and a new
        // plan's), whose commitments carry the 2024 plan's codes.
        var adopted = await db.ActionPlans.Include(p => p.Priorities).Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Priorities)
            .AsSplitQuery().SingleAsync(p => p.Key == CycleSeed.AdoptedPlan);
        db.ActionPlans.Add(adopted.DraftNext(PlanDraftBadInputTests.NextVersion));
        await db.SaveChangesAsync();
        await db.DraftPlanAsync(PlanDraftBadInputTests.NewPlan);
        foreach (var draft in PlanDraftBadInputTests.ToAdopt)
        {
            await db.DraftPlanAsync(draft);
        }
    }

    private async Task ChangeAsync(
        ActionPlanDbContext db, ReportingCycle cycle, string name, string member, string commitment, Action<ProgressReport, ReportingCycle> change)
    {
        var report = await db.Reports.SingleAsync(r => r.CycleId == cycle.Id
            && r.MemberId == db.Members.Single(m => m.Code == member).Id
            && r.CommitmentId == db.Commitments.Single(c => c.Code == commitment).Id);
        change(report, cycle);
        await db.SaveChangesAsync();
        Reports[name] = report.Id;
    }

    private static void Save(ProgressReport report, ReportingCycle cycle, string narrative) =>
        report.SaveDraft(cycle, new ReportContent(Completion.Limited, narrative, "Next steps.", "", ["https://example.org/annex.pdf"], null), "fp@example.org", At);

    private static ReportingCycle Cycle(string code, IReadOnlyList<ActionPlan> plans)
    {
        var name = CycleCode.Parse(code);
        return new ReportingCycle(name, name.PeriodStart, name.PeriodEnd, name.PeriodEnd.AddDays(15), name.PeriodEnd.AddDays(60), plans);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
