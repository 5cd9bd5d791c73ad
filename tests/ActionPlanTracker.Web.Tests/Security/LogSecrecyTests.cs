using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// The journeys that carry secrets (passwords right and wrong, a set-password link, session cookies, a report's text,
/// a query string), run with every framework category at Information, then every captured event is searched for them.
/// </summary>
public sealed class LogSecrecyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private readonly string _id = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task No_password_token_cookie_form_value_or_query_string_reaches_the_log_and_every_request_line_names_actor_and_correlation()
    {
        var sink = new CapturingSink();
        await using var host = app.Factory.WithSettings(
                ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information"),
                ("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information"))
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var secrets = new List<string>();

        // A new account's set-password link, then signing in with the password it set, a wrong one, and an unknown name.
        var auditor = await app.Factory.CreateAsync(Roles.Auditor);
        var password = $"secret-password-{_id}";
        var (link, token) = await LinkAsync(auditor.Email);
        secrets.AddRange([password, token, Uri.EscapeDataString(token), $"wrong-password-{_id}"]);
        using var browser = host.Client();
        using (var set = await browser.PostFormAsync(link, ("Input.Password", password), ("Input.ConfirmPassword", password)))
        {
            Assert.Equal("/account/sign-in", PathOf(set));
        }

        using (var wrong = await browser.TrySignInAsync(auditor.Email, $"wrong-password-{_id}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var unknown = await browser.TrySignInAsync($"unknown-{_id}@example.org", $"wrong-password-{_id}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }

        using var signedIn = host.Client(redirects: false);
        using (var response = await signedIn.PostFormAsync("/account/sign-in", ("Input.Email", auditor.Email), ("Input.Password", password)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            secrets.AddRange(response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0].Split('=', 2)[1]).Where(v => v.Length > 20));
        }

        using (var query = await signedIn.GetAsync($"/audit?actor=query-marker-{_id}&from=2030-01-01"))
        {
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        }

        secrets.Add($"query-marker-{_id}");

        // A focal point saves a report with a marked narrative, and posts one that fails validation.
        await app.Factory.OpenCycleAsync("2036-H1");
        var focalPoint = await app.Factory.CreateAsync(Roles.FocalPoint, "JP");
        using var fp = host.Client();
        using (var signIn = await fp.TrySignInAsync(focalPoint.Email, focalPoint.Password))
        {
            Assert.NotEqual("/account/sign-in", PathOf(signIn));
        }

        var report = await app.Factory.ReportIdAsync("2036-H1", "JP", "I.1");
        using (var saved = await ReportForm.PostAsync(fp, report, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", $"narrative-marker-{_id}")))
        {
            Assert.NotEqual(HttpStatusCode.BadRequest, saved.StatusCode);
        }

        using (var refused = await ReportForm.PostAsync(fp, report, "Save", ("Input.Completion", "Bogus"), ("Input.Narrative", $"refused-marker-{_id}")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        secrets.AddRange([$"narrative-marker-{_id}", $"refused-marker-{_id}"]);

        var events = sink.Events;
        var leaks = events.SelectMany(e => secrets.Where(s => CapturingSink.Text(e).Contains(s, StringComparison.Ordinal))
            .Select(s => $"{e.MessageTemplate.Text}: holds {s}")).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
        Assert.DoesNotContain(events, e => CapturingSink.Text(e).Contains(TestUsers.Password, StringComparison.Ordinal));

        var requests = events.Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode")).ToList();
        Assert.True(requests.Count >= 10, $"Only {requests.Count} request lines were logged.");
        Assert.All(requests, e => Assert.True(e.Properties.ContainsKey("Actor") && e.Properties.ContainsKey("CorrelationId"), CapturingSink.Text(e)));
        Assert.Contains(requests, e => Scalar(e, "Actor") == auditor.Email && Scalar(e, "RequestPath") == "/audit");
        Assert.Contains(requests, e => Scalar(e, "Actor") == focalPoint.Email && Scalar(e, "RequestPath") == $"/reports/{report}");
        Assert.Equal(requests.Count, requests.Select(e => Scalar(e, "CorrelationId")).Distinct().Count());
    }

    [Fact]
    public async Task An_event_written_during_a_request_carries_that_requests_actor_and_correlation_id()
    {
        var sink = new CapturingSink();
        await using var host = app.Factory.WithSettings().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = host.Client();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var response = await client.TrySignInAsync(user.Email, $"wrong password {attempt}");
        }

        var warning = sink.Events.LastOrDefault(e => e.MessageTemplate.Text.StartsWith("Sign-in refused", StringComparison.Ordinal));
        Assert.True(warning is not null, string.Join(Environment.NewLine, sink.Events.Select(CapturingSink.Text)));
        var line = sink.Events.Last(e => e.Properties.ContainsKey("StatusCode") && Scalar(e, "RequestPath") == "/account/sign-in");
        Assert.Equal("anonymous", Scalar(warning, "Actor"));
        Assert.Equal(Scalar(line, "CorrelationId"), Scalar(warning, "CorrelationId"));
        Assert.False(string.IsNullOrEmpty(Scalar(warning, "CorrelationId")));
        Assert.DoesNotContain(user.Email, CapturingSink.Text(warning), StringComparison.Ordinal);
    }

    private static string? Scalar(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;

    private async Task<(string Link, string Token)> LinkAsync(string email)
    {
        var (link, token) = ("", "");
        await app.Factory.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            token = SetPasswordLink.EncodeToken(await users.GeneratePasswordResetTokenAsync(user));
            link = $"/account/set-password?userId={user.Id}&token={token}";
        });
        return (link, token);
    }
}
