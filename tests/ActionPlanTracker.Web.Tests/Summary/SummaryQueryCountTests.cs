using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Infrastructure;
using ActionPlanTracker.Web.Tests.Review;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>The summary is built in a fixed number of SQL commands, however many reports and revisions there are.</summary>
public sealed class SummaryQueryCountTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_summary_runs_nine_commands_whatever_the_number_of_reports_and_revisions()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2091);
        var counter = new QueryCounter();
        await using var counted = counter.Attach(Factory);
        using var client = await counted.SignInToAsync(await Factory.CreateAsync(Roles.Auditor));
        var address = $"/cycles/{cycle}/summary";

        var (status, _) = await counter.MeasureAsync(client, address);
        var few = counter.WithoutNavigation;
        foreach (var member in new[] { "CA", "JP", "GB", "US", "EU" })
        {
            foreach (var code in new[] { "I.1", "II.1", "III.1" })
            {
                await Factory.SubmitAsync(cycle, member, code, Completion.Limited, $"{member} on {code}", SummaryData.At);
            }
        }

        await counter.MeasureAsync(client, address);
        var many = counter.WithoutNavigation;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(9, few);
        Assert.Equal(few, many);
    }
}
