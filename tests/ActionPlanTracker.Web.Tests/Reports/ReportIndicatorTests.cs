using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Indicators;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed class ReportIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private static (string, string)[] Values(int indicator, string total, params string[] parts) =>
    [
        ($"Input.Indicators[{indicator}].Id", ""), ($"Input.Indicators[{indicator}].Total", total),
        .. parts.Select((v, j) => ($"Input.Indicators[{indicator}].Values[{j}]", v)),
    ];

    private static (string, string)[] Form(int indicatorId, string total, params string[] parts) =>
    [
        ("Input.Completion", "Limited"), ("Input.Narrative", "Courses held."),
        .. Values(0, total, parts).Select(f => f.Item1.EndsWith(".Id", StringComparison.Ordinal) ? (f.Item1, indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture)) : f),
    ];

    [Fact]
    public async Task Focal_point_enters_a_value_with_its_breakdown_and_each_change_is_kept()
    {
        await Factory.OpenCycleAsync("2051-H1");
        var indicator = await Factory.DefineIndicatorAsync("II.1", "Officers trained");
        var id = await Factory.ReportIdAsync("2051-H1", "FR", "II.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var page = await client.GetStringAsync($"/reports/{id}");
        Assert.Contains("Sex · Female</label>", page, StringComparison.Ordinal);
        Assert.Contains("Age group · Under 18</label>", page, StringComparison.Ordinal);

        using var first = await PostAsync(client, id, "Save", Form(indicator, "10", "4", "6", "", "", "", ""));
        using var same = await PostAsync(client, id, "Save", Form(indicator, "10", "4", "6", "", "", "", ""));
        using var changed = await PostAsync(client, id, "Save", Form(indicator, "12", "4", "6", "", "", "", ""));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("value=\"12\"", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var values = await Factory.ValuesAsync(id);
        Assert.Equal([(1, 10m), (3, 12m)], values.Select(v => (v.RevisionNumber, v.Total!.Value)));
        Assert.Equal([new(Disaggregation.Sex, "Female", 4), new(Disaggregation.Sex, "Male", 6)], values[0].Parts);
        Assert.Equal(2, await Factory.AuditCountAsync(nameof(IndicatorValue), nameof(AuditAction.Created)));
    }

    [Fact]
    public async Task Parts_above_the_total_are_refused_naming_the_indicator_and_category()
    {
        await Factory.OpenCycleAsync("2051-H2");
        var indicator = await Factory.DefineIndicatorAsync("II.2", "Victims identified");
        var id = await Factory.ReportIdAsync("2051-H2", "FR", "II.2");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", Form(indicator, "5", "3", "3", "", "7", "", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Html.Encode("Victims identified: the sex values (Female 3 + Male 3) add up to 6, more than the total of 5."), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Victims identified: Under 18 (7) is more than the total (5)."), html, StringComparison.Ordinal);
        Assert.Contains("value=\"7\"", html, StringComparison.Ordinal);
        Assert.Empty(await Factory.ValuesAsync(id));
        Assert.Empty((await Factory.StoredAsync(id)).Revisions);
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_refused()
    {
        await Factory.OpenCycleAsync("2052-H1");
        var indicator = await Factory.DefineIndicatorAsync("II.3", "Joint investigations", bySex: false, byAge: false);
        var id = await Factory.ReportIdAsync("2052-H1", "FR", "II.3");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", Form(indicator, "about ten"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Joint investigations: the total: write a number such as 12, 3.5 or 1,250, or leave it empty when it was not collected.",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Factory.ValuesAsync(id));
    }

    [Fact]
    public async Task Not_collected_is_shown_as_such_never_as_zero()
    {
        await Factory.OpenCycleAsync("2052-H2");
        var counted = await Factory.DefineIndicatorAsync("II.4", "Cases prosecuted", byAge: false);
        await Factory.DefineIndicatorAsync("II.4", "Smuggling networks dismantled", bySex: false, byAge: false);
        var id = await Factory.ReportIdAsync("2052-H2", "FR", "II.4");
        await Factory.RecordAsync(id, counted, new IndicatorReading(0, [new(Disaggregation.Sex, "Female", 0)]));
        await Factory.ChangeAsync(id, (report, cycle) => report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("Female: 0; Male: not collected; Other or not recorded: not collected", html, StringComparison.Ordinal);
        Assert.Matches("Smuggling networks dismantled <span class=\"muted\">\\(people\\)</span></th>\\s*<td>not collected</td>", html);
    }

    [Fact]
    public async Task A_form_without_the_indicator_fields_keeps_the_values()
    {
        await Factory.OpenCycleAsync("2053-H1");
        var indicator = await Factory.DefineIndicatorAsync("III.1", "Officers trained", bySex: false, byAge: false);
        var id = await Factory.ReportIdAsync("2053-H1", "FR", "III.1");
        await Factory.RecordAsync(id, indicator, new IndicatorReading(3, []));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", "Changed text."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3m, Assert.Single(await Factory.ValuesAsync(id)).Total);
    }
}
