using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// The address says what a request acts on. A form field or a query value with the same name as a route value (an
/// "id" in the body of a save posted to /reports/680) never redirects the change to another record.
/// </summary>
public sealed class RouteValueTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void Route_values_are_read_before_the_form_and_the_query_string()
    {
        var factories = app.Factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ValueProviderFactories;

        Assert.IsType<RouteValueProviderFactory>(factories[0]);
    }

    [Fact]
    public async Task A_save_posted_to_one_report_with_another_reports_id_in_the_body_changes_the_addressed_report()
    {
        await app.Factory.OpenCycleAsync("2062-H1");
        var addressed = await app.Factory.ReportIdAsync("2062-H1", "FR", "I.1");
        var other = await app.Factory.ReportIdAsync("2062-H1", "FR", "I.2");
        using var client = await app.Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var form = await ReportForm.ReadAsync(client, addressed);

        using var response = await client.PostAsync($"/reports/{addressed}?handler=Save&id={other}", new FormUrlEncodedContent(
        [
            new("id", other.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Version", form.Version),
            new("Input.Completion", "Limited"), new("Input.Narrative", "Meant for the addressed report."), new(Forms.TokenField, form.Token),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Meant for the addressed report.", (await app.Factory.StoredAsync(addressed)).Narrative);
        Assert.NotEqual("Meant for the addressed report.", (await app.Factory.StoredAsync(other)).Narrative);
    }

    [Fact]
    public async Task A_review_posted_to_one_report_with_another_reports_id_in_the_body_reviews_the_addressed_report()
    {
        await app.Factory.OpenCycleAsync("2062-H2");
        var addressed = await app.Factory.ReportIdAsync("2062-H2", "DE", "I.1");
        var other = await app.Factory.ReportIdAsync("2062-H2", "DE", "I.2");
        foreach (var id in new[] { addressed, other })
        {
            await app.Factory.SubmitAsync(id, ReportData.Content("Submitted for review."));
        }

        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var page = await client.GetStringAsync($"/review/{addressed}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"([0-9]+)\"").Groups[1].Value;

        using var response = await client.PostAsync($"/review/{addressed}?handler=Approve", new FormUrlEncodedContent(
        [
            new("id", other.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Version", version), new(Forms.TokenField, Forms.TokenOf(page)!),
        ]));

        Assert.True((int)response.StatusCode < 400, $"The approval answered {(int)response.StatusCode}.");
        Assert.Equal(ReviewState.Approved, (await app.Factory.StoredAsync(addressed)).State);
        Assert.Equal(ReviewState.Submitted, (await app.Factory.StoredAsync(other)).State);
    }
}
