using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Indicators;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed class HistoryIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Each_revision_shows_the_indicator_values_as_saved_with_it_and_not_collected_in_words()
    {
        await Factory.OpenCycleAsync("2073-H1");
        var convicted = await Factory.DefineIndicatorAsync("III.3", "Smugglers convicted", byAge: false);
        await Factory.DefineIndicatorAsync("III.3", "Officers trained", bySex: false, byAge: false);
        var id = await Factory.ReportIdAsync("2073-H1", "FR", "III.3");
        var sex = Disaggregation.Sex.DefaultCategories();
        await Factory.RecordAsync(id, convicted, new IndicatorReading(10, [new(Disaggregation.Sex, sex[0], 2), new(Disaggregation.Sex, sex[1], 8)]), "First.");
        await Factory.SaveAsync(id, new ReportContent(Completion.Limited, "Second, numbers unchanged.", "", "", [], null));
        await ClearAsync(id, convicted);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync($"/reports/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var first = DashboardData.TextOf(html, "indicators-1");
        var second = DashboardData.TextOf(html, "indicators-2");
        var third = DashboardData.TextOf(html, "indicators-3");
        Assert.Contains("Smugglers convicted (people): 10 — Female: 2; Male: 8; Other or not recorded: not collected (saved with this revision)", first, StringComparison.Ordinal);
        Assert.Contains("Officers trained (people): not collected", first, StringComparison.Ordinal);
        Assert.Contains("Smugglers convicted (people): 10 — Female: 2; Male: 8; Other or not recorded: not collected", second, StringComparison.Ordinal);
        Assert.DoesNotContain("saved with this revision", second, StringComparison.Ordinal);
        Assert.Contains("Smugglers convicted (people): not collected (saved with this revision)", third, StringComparison.Ordinal);
        Assert.DoesNotContain(": 0", third, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        Assert.Equal([1, 3], await db.IndicatorValues.Where(v => v.ProgressReportId == id).OrderBy(v => v.RevisionNumber).Select(v => v.RevisionNumber).ToListAsync());
    }

    [Fact]
    public async Task Another_members_focal_point_gets_404_and_sees_no_value()
    {
        await Factory.OpenCycleAsync("2073-H2");
        var indicator = await Factory.DefineIndicatorAsync("III.4", "Victims assisted", bySex: false, byAge: false);
        var id = await Factory.ReportIdAsync("2073-H2", "DE", "III.4");
        await Factory.RecordAsync(id, indicator, new IndicatorReading(4242, []));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync($"/reports/{id}/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("4,242", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A third save in which the focal point empties the value: "not collected" is appended, not a zero.</summary>
    private async Task ClearAsync(int reportId, int indicatorId)
    {
        await using var db = Factory.CreateDbContext();
        var report = await db.Reports.SingleAsync(r => r.Id == reportId);
        var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
        var indicator = await db.Indicators.SingleAsync(i => i.Id == indicatorId);
        var current = (await db.IndicatorValues.Where(v => v.ProgressReportId == reportId && v.IndicatorId == indicatorId)
            .OrderBy(v => v.RevisionNumber).LastAsync()).Reading;
        report.SaveDraft(cycle, new ReportContent(Completion.Limited, "Third, value withdrawn.", "", "", [], null), "fp@example.org", DateTimeOffset.UtcNow);
        db.IndicatorValues.AddRange(IndicatorValue.Record(report, [(indicator, current, IndicatorReading.NotCollected)], "fp@example.org", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
