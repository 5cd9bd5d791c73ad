using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Indicators;

public sealed class EditIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Locked = "Values have been reported for";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Secretariat_changes_everything_about_an_indicator_while_no_value_is_reported()
    {
        var id = await Factory.DefineIndicatorAsync("IV.1", "Officers trained", byAge: false);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var form = await client.GetStringAsync($"/indicators/{id}/edit");
        Assert.DoesNotContain(Locked, form, StringComparison.Ordinal);
        Assert.Contains("value=\"Officers trained\"", form, StringComparison.Ordinal);

        using var response = await client.PostFormAsync($"/indicators/{id}/edit",
            ("Input.Version", await VersionAsync(id)), ("Input.Name", "Border officers trained"), ("Input.Unit", "officers"),
            ("Input.Definition", "Completed a course <of 3 days>."), ("Input.Kind", "Sum"),
            ("Input.BySex", "false"), ("Input.SexCategories", "Female\nMale"), ("Input.ByAge", "true"), ("Input.AgeGroups", "Under 25\r\n25 and over"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/plans/g7-smuggling-of-migrants-2024/commitments/IV.1/indicators", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Indicator &quot;Border officers trained&quot; on IV.1 is saved.", html, StringComparison.Ordinal);
        Assert.Contains("Completed a course &lt;of 3 days&gt;.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/indicators/{id}/edit\"", html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(("Border officers trained", "officers", IndicatorKind.Sum), (stored.Name, stored.Unit, stored.Kind));
        Assert.Empty(stored.SexCategories);
        Assert.Equal(["Under 25", "25 and over"], stored.AgeGroups);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Entity == nameof(Indicator) && e.Action == nameof(AuditAction.Updated) && e.EntityKey == $"{stored.CommitmentId}/Border officers trained"));
    }

    [Fact]
    public async Task Once_a_value_is_reported_the_kind_and_breakdowns_stay_but_the_name_may_change()
    {
        await Factory.OpenCycleAsync("2081-H1");
        var id = await Factory.DefineIndicatorAsync("IV.2", "Cases prosecuted", byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2081-H1", "FR", "IV.2"), id, new IndicatorReading(3, []));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var form = await client.GetStringAsync($"/indicators/{id}/edit");
        Assert.Contains(Locked, form, StringComparison.Ordinal);
        Assert.Contains("readonly=\"readonly\"", form, StringComparison.Ordinal);
        var fields = new List<(string, string)>
        {
            ("Input.Version", await VersionAsync(id)), ("Input.Name", "Smuggling cases prosecuted"), ("Input.Unit", "cases"), ("Input.Definition", "Cases before a court."),
            ("Input.Kind", "Count"), ("Input.BySex", "true"), ("Input.SexCategories", "Female\nMale\nOther or not recorded"), ("Input.ByAge", "false"), ("Input.AgeGroups", ""),
        };

        using var rate = await client.PostFormAsync($"/indicators/{id}/edit", With(fields, ("Input.Kind", "Rate")));
        using var ages = await client.PostFormAsync($"/indicators/{id}/edit", With(fields, ("Input.ByAge", "true"), ("Input.AgeGroups", "Young\nOld")));

        Assert.Equal(HttpStatusCode.Conflict, rate.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ages.StatusCode);
        var refused = await rate.Content.ReadAsStringAsync();
        Assert.Contains(Locked + " &quot;Cases prosecuted&quot;, so its kind and breakdowns can no longer change", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Smuggling cases prosecuted\"", refused, StringComparison.Ordinal);
        await using (var db = Factory.CreateDbContext())
        {
            var unchanged = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == id);
            Assert.Equal(("Cases prosecuted", IndicatorKind.Count), (unchanged.Name, unchanged.Kind));
            Assert.Empty(unchanged.AgeGroups);
        }

        using var renamed = await client.PostFormAsync($"/indicators/{id}/edit", [.. fields]);

        Assert.Equal("/plans/g7-smuggling-of-migrants-2024/commitments/IV.2/indicators", renamed.RequestMessage!.RequestUri!.AbsolutePath);
        await using var after = Factory.CreateDbContext();
        var stored = await after.Indicators.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(("Smuggling cases prosecuted", "cases", IndicatorKind.Count), (stored.Name, stored.Unit, stored.Kind));
        Assert.Equal(1, await after.IndicatorValues.CountAsync(v => v.IndicatorId == id));
    }

    [Fact]
    public async Task A_save_over_someone_elses_change_is_refused_with_the_text_kept()
    {
        var id = await Factory.DefineIndicatorAsync("IV.3", "Victims identified", bySex: false, byAge: false);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var version = await VersionAsync(id);
        await using (var db = Factory.CreateDbContext())
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Id == id);
            indicator.Redefine("Victims identified", "victims", "Their change.", IndicatorKind.Count, null, null, hasValues: false);
            await db.SaveChangesAsync();
        }

        using var response = await client.PostFormAsync($"/indicators/{id}/edit",
            ("Input.Version", version), ("Input.Name", "Victims found"), ("Input.Unit", "people"), ("Input.Definition", "My change."),
            ("Input.Kind", "Count"), ("Input.BySex", "false"), ("Input.ByAge", "false"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this indicator while you were editing it.", html, StringComparison.Ordinal);
        Assert.Contains("My change.</textarea>", html, StringComparison.Ordinal);
        await using var after = Factory.CreateDbContext();
        var stored = await after.Indicators.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(("Victims identified", "Their change."), (stored.Name, stored.Definition));
    }

    [Fact]
    public async Task A_name_another_indicator_of_the_commitment_has_is_refused()
    {
        await Factory.DefineIndicatorAsync("III.1", "Joint investigations");
        var id = await Factory.DefineIndicatorAsync("III.1", "Investigations", bySex: false, byAge: false);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync($"/indicators/{id}/edit",
            ("Input.Version", await VersionAsync(id)), ("Input.Name", "Joint investigations"), ("Input.Unit", "people"), ("Input.Kind", "Count"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("III.1 already has an indicator named &quot;Joint investigations&quot;.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Investigations", await db.Indicators.Where(i => i.Id == id).Select(i => i.Name).SingleAsync());
    }

    [Fact]
    public async Task Only_the_secretariat_edits_and_an_unknown_indicator_is_not_found()
    {
        var id = await Factory.DefineIndicatorAsync("III.2", "Officers seconded", bySex: false, byAge: false);
        using var focalPoint = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);

        using var page = await focalPoint.GetAsync($"/indicators/{id}/edit");
        using var post = await focalPoint.PostFormAsync(
            "/plans/g7-smuggling-of-migrants-2024/commitments/III.2/indicators", [new("Input.Name", "Forged"), new("Input.Unit", "people"), new("Input.Kind", "Count")], $"/indicators/{id}/edit");
        using var unknown = await secretariat.GetAsync("/indicators/999999/edit");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Officers seconded", await db.Indicators.Where(i => i.Id == id).Select(i => i.Name).SingleAsync());
    }

    private static (string, string)[] With(List<(string Name, string Value)> fields, params (string Name, string Value)[] changes) =>
        [.. fields.Select(f => changes.FirstOrDefault(c => c.Name == f.Name) is { Name: not null } change ? change : f)];

    private async Task<string> VersionAsync(int id)
    {
        await using var db = Factory.CreateDbContext();
        return (await db.Indicators.Where(i => i.Id == id).Select(i => i.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
