using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Indicators;

public sealed class DefineIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Secretariat_defines_an_indicator_with_the_default_breakdowns()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var form = await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IV.1/indicators/new");
        Assert.Contains("Female&#xA;Male&#xA;Other or not recorded</textarea>", form, StringComparison.Ordinal);

        using var response = await client.PostFormAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IV.1/indicators/new",
            ("Input.Name", "Officers trained"), ("Input.Unit", "people"), ("Input.Definition", "Completed a course <of 3 days>."),
            ("Input.Kind", "Count"), ("Input.BySex", "true"), ("Input.SexCategories", "Female\r\nMale\r\nOther or not recorded"),
            ("Input.ByAge", "false"), ("Input.AgeGroups", "Under 18\n18 and over\nUnknown"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/plans/g7-smuggling-of-migrants-2024/commitments/IV.1/indicators", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Indicator \"Officers trained\" is defined on IV.1.", html.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Sex: Female, Male, Other or not recorded", html, StringComparison.Ordinal);
        Assert.Contains("Completed a course &lt;of 3 days&gt;.", html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Indicators.AsNoTracking().SingleAsync(i => i.Name == "Officers trained");
        Assert.Equal((IndicatorKind.Count, "people"), (stored.Kind, stored.Unit));
        Assert.Equal(["Female", "Male", "Other or not recorded"], stored.SexCategories);
        Assert.Empty(stored.AgeGroups);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Entity == nameof(Indicator) && e.Action == nameof(AuditAction.Created) && e.EntityKey == $"{stored.CommitmentId}/Officers trained"));
    }

    [Fact]
    public async Task Focal_point_cannot_define_indicators()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var page = await client.GetAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IV.2/indicators/new");
        using var post = await client.PostFormAsync(
            "/plans/g7-smuggling-of-migrants-2024/commitments/IV.2/indicators", [new("Input.Name", "Forged"), new("Input.Unit", "people"), new("Input.Kind", "Count")], "/plans/g7-smuggling-of-migrants-2024/commitments/IV.2/indicators/new");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Indicators.AnyAsync(i => i.Name == "Forged"));
    }

    [Fact]
    public async Task A_form_that_breaks_the_rules_is_shown_again_with_the_reasons()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IV.3/indicators/new",
            ("Input.Name", "Victims identified"), ("Input.Unit", ""), ("Input.Kind", "Median"),
            ("Input.BySex", "true"), ("Input.SexCategories", "Women"), ("Input.ByAge", "true"), ("Input.AgeGroups", "Minors\nminors"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = (await response.Content.ReadAsStringAsync()).Replace("&quot;", "\"", StringComparison.Ordinal);
        Assert.Contains("Give the unit, such as people, cases or %.", html, StringComparison.Ordinal);
        Assert.Contains("Choose whether the indicator is a count, a sum or a rate.", html, StringComparison.Ordinal);
        Assert.Contains("List from 2 to 10 sex categories, one a line; there are 1.", html, StringComparison.Ordinal);
        Assert.Contains("The age group category \"Minors\" is listed twice.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Victims identified\"", html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Indicators.AnyAsync(i => i.Name == "Victims identified"));
    }

    [Fact]
    public async Task A_second_indicator_of_the_same_name_is_refused()
    {
        await Factory.DefineIndicatorAsync("V.4", "Cases prosecuted");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/plans/g7-smuggling-of-migrants-2024/commitments/V.4/indicators/new",
            ("Input.Name", "Cases prosecuted"), ("Input.Unit", "cases"), ("Input.Kind", "Count"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("V.4 already has an indicator named", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Indicators.CountAsync(i => i.Name == "Cases prosecuted"));
    }

    [Fact]
    public async Task Unknown_commitment_gives_404()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var page = await client.GetAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IX.9/indicators/new");
        using var list = await client.GetAsync("/plans/g7-smuggling-of-migrants-2024/commitments/IX.9/indicators");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }
}
