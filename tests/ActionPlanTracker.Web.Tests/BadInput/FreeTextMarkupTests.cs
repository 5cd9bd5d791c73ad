using System.Linq.Expressions;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// Script tags and HTML where the text is free (a narrative, a comment, a name): accepted, stored exactly as typed, and
/// shown encoded on every page that reads it, never as markup. Where a text is not free, the other classes show it refused.
/// </summary>
public sealed class FreeTextMarkupTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    /// <summary>Encodes text the way the application's pages do.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<FreeText> All { get; } =
    [
        InReport("Narrative with a script tag", "II.1", "Input.Narrative", "<script>alert('narrative')</script>", r => r.Narrative),
        InReport("Next steps with an image that runs script", "II.2", "Input.NextSteps", "<img src=x onerror=alert('next')>", r => r.NextSteps),
        InReport("Challenges closing the text area", "II.3", "Input.Challenges", "</textarea><script>alert('challenges')</script>", r => r.Challenges),
        InReport("Reason with bold text and a link", "II.4", "Input.NotApplicableReason", "<b>Not</b> affected: see <a href=\"javascript:alert(1)\">annex</a>",
            r => r.NotApplicableReason, ("Input.Completion", "NotApplicable")),
        InReport("Evidence reference written as a link tag", "III.1", "Input.Evidence", "<a href=\"javascript:alert('evidence')\">Annex 2</a>",
            r => string.Join('\n', r.Evidence)),
        new("Return comment with a script tag", Post("return", Who.Secretariat, Targets.Review("de-free-III.2", "Return", comment: Comment), 302, ""),
            Comment, async f => (await ReportAsync(f, "de-free-III.2")).ReviewComment,
            [(Who.FocalPointDe, f => f.ReportUrl("de-free-III.2")), (Who.Secretariat, f => f.ReviewUrl("de-free-III.2"))]),
        new("Invited person's name with a script tag",
            Post("invite", Who.Administrator, Targets.Invite, 302, "", ("Input.Email", "markup@example.org"), ("Input.DisplayName", Name)),
            Name, async f => (await UserAsync(f, u => u.Email == "markup@example.org")).DisplayName,
            [(Who.Administrator, _ => "/admin/users")]),
        new("Account renamed with markup and quotes",
            Post("rename", Who.Administrator, Targets.EditUser("renamed", "Auditor"), 302, "", ("Input.DisplayName", Rename)),
            Rename, async f => (await UserAsync(f, u => u.Id == f.Accounts["renamed"])).DisplayName,
            [(Who.Administrator, _ => "/admin/users"), (Who.Administrator, f => $"/admin/users/{f.Accounts["renamed"]}")]),
    ];

    private const string Comment = "<script>alert('comment')</script> Please add the dates.";
    private const string Name = "<script>alert('name')</script>";
    private const string Rename = "<i>Renamed</i> & \"quoted\"";

    public static TheoryData<string> Cases => Names(All.Select(c => c.Request with { Name = c.Name }));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Markup_in_a_free_text_is_stored_exactly_and_shown_encoded(string name)
    {
        var @case = All.Single(c => c.Name == name);
        var client = await fixture.ClientAsync(@case.Request.Who);
        var before = await StoredState.TakeAsync(fixture.Factory);

        using var response = await client.PostAsync(@case.Request.Target.Url(fixture), await @case.Request.BodyAsync(fixture));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{name}: expected a redirect, got {(int)response.StatusCode}. The page says: {BadInputRunner.Said(await response.Content.ReadAsStringAsync())}");
        Assert.Equal(@case.Text, await @case.Stored(fixture));
        Assert.True((await StoredState.TakeAsync(fixture.Factory)).AuditEvents > before.AuditEvents, $"{name}: the change wrote no audit event.");
        foreach (var (reader, url) in @case.ShownOn)
        {
            var html = await (await fixture.ClientAsync(reader)).GetStringAsync(url(fixture));
            Assert.Contains(Html.Encode(@case.Text), html, StringComparison.Ordinal);
            Assert.DoesNotContain(@case.Text, html, StringComparison.Ordinal);
        }
    }

    /// <summary>A free text saved in a focal point's report, read back on the focal point's form and the secretariat's review page.</summary>
    private static FreeText InReport(string name, string commitment, string field, string text, Func<ProgressReport, string?> stored, params (string Field, string? Value)[] more)
    {
        var report = $"fr-free-{commitment}";
        return new(name, Post(name, Who.FocalPointFr, Targets.Report(report, "Save"), 302, "", [(field, text), .. more]),
            text, async f => stored(await ReportAsync(f, report)),
            [(Who.FocalPointFr, f => f.ReportUrl(report)), (Who.Secretariat, f => f.ReviewUrl(report))]);
    }

    private static async Task<ProgressReport> ReportAsync(BadInputFixture fixture, string name)
    {
        await using var db = fixture.Factory.CreateDbContext();
        return await db.Reports.AsNoTracking().SingleAsync(r => r.Id == fixture.Reports[name]);
    }

    private static async Task<ApplicationUser> UserAsync(BadInputFixture fixture, Expression<Func<ApplicationUser, bool>> which)
    {
        await using var db = fixture.Factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(which);
    }

    /// <summary>A free text posted through a form, where it is kept, and the pages (and their readers) that show it.</summary>
    public sealed record FreeText(
        string Name, BadInputCase Request, string Text, Func<BadInputFixture, Task<string?>> Stored,
        IReadOnlyList<(Who Reader, Func<BadInputFixture, string> Url)> ShownOn);
}
