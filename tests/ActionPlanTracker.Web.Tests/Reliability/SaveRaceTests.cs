using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Indicators;
using ActionPlanTracker.Web.Tests.Reports;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// Saves that lose a race are conflicts, whichever guard catches them first: the row's version, or a unique index on
/// what the save inserts (the next revision of a report, that revision's indicator values, an invitation's address, a
/// notification setting). The loser gets 409 with what it typed shown back or the status page in words; never a 500.
/// </summary>
public sealed class SaveRaceTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Writers = 20;

    [Fact]
    public async Task Twenty_simultaneous_saves_changing_an_indicator_value_give_one_save_and_nineteen_conflicts_with_their_text_kept()
    {
        await app.Factory.OpenCycleAsync("2063-H1");
        var indicator = await app.Factory.DefineIndicatorAsync("III.1", "Joint operations", bySex: false, byAge: false);
        var id = await app.Factory.ReportIdAsync("2063-H1", "FR", "III.1");
        var clients = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => app.Factory.SignInAsAsync(Roles.FocalPoint, "FR")));
        var forms = await Task.WhenAll(clients.Select(c => ReportForm.ReadAsync(c, id)));

        var saves = await Task.WhenAll(forms.Select((form, i) => form.PostAsync(clients[i], "Save",
            ("Input.Completion", "Limited"), ("Input.Narrative", $"Writer {i} counted {i + 1} operations."),
            ("Input.Indicators[0].Id", indicator.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Indicators[0].Total", $"{i + 1}"))));

        var statuses = saves.Select(s => s.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(Writers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        for (var i = 0; i < Writers; i++)
        {
            if (saves[i].StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Contains($"Writer {i} counted {i + 1} operations.", await saves[i].Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        var stored = await app.Factory.StoredAsync(id);
        var value = Assert.Single(await app.Factory.ValuesAsync(id));
        Assert.Equal(stored.Narrative, $"Writer {(int)value.Total!.Value - 1} counted {(int)value.Total!.Value} operations.");
        foreach (var response in saves)
        {
            response.Dispose();
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Two_simultaneous_invitations_of_one_address_give_one_account_and_no_server_error()
    {
        using var first = await app.Factory.SignInAsAsync(Roles.Administrator);
        using var second = await app.Factory.SignInAsAsync(Roles.Administrator);
        var tokens = await Task.WhenAll(first.GetTokenAsync("/admin/users/invite"), second.GetTokenAsync("/admin/users/invite"));

        var answers = await Task.WhenAll(new[] { first, second }.Select((client, i) => client.PostAsync("/admin/users/invite", new FormUrlEncodedContent(
        [
            new("Input.Email", "twice.invited@example.org"), new("Input.DisplayName", "Twice Invited"), new("Input.Role", "Auditor"),
            new("Input.MemberCode", ""), new(Forms.TokenField, tokens[i]),
        ]))));

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, db.Users.Count(u => u.NormalizedEmail == "TWICE.INVITED@EXAMPLE.ORG"));
    }

    [Fact]
    public async Task Simultaneous_saves_of_one_persons_notification_settings_give_no_server_error()
    {
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "FR");
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.Factory.SignInAsync(user)));
        var tokens = await Task.WhenAll(clients.Select(c => c.GetTokenAsync("/account/notifications")));

        var answers = await Task.WhenAll(clients.Select((client, i) => client.PostAsync("/account/notifications",
            new FormUrlEncodedContent([new("Input.Receive", "ReportApproved"), new(Forms.TokenField, tokens[i])]))));

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    /// <summary>
    /// The class, not the instance: no page catches only a changed version, so a unique index hit by the same race is
    /// never left to the error page. A page's own conflict message covers both (<c>IsConflict</c>).
    /// </summary>
    [Fact]
    public void Every_page_that_handles_a_lost_race_handles_both_of_its_forms()
    {
        var narrow = Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("catch (DbUpdateConcurrencyException)", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(narrow);
    }
}
