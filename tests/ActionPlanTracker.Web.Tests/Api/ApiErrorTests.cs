using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Api;

/// <summary>
/// Every error of the API is problem details, in Development as in Production: a parameter that is not of its type, an
/// id that is not a number, an address or a method the API does not have. None carries a stack trace, a source path or
/// any of the request's headers (the caller's token among them).
/// </summary>
public sealed class ApiErrorTests
{
    private static readonly (string Method, string Path, HttpStatusCode Status)[] Requests =
    [
        ("GET", "/api/v1/reports?page=abc", HttpStatusCode.BadRequest),
        ("GET", "/api/v1/reports?pageSize=1.5", HttpStatusCode.BadRequest),
        ("GET", "/api/v1/reports?page=99999999999", HttpStatusCode.BadRequest),
        ("GET", "/api/v1/reports/abc", HttpStatusCode.NotFound),
        ("GET", "/api/v1/nothing-here", HttpStatusCode.NotFound),
        ("POST", "/api/v1/reports", HttpStatusCode.NotFound),
    ];

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_request_the_API_cannot_answer_gets_problem_details_without_stack_trace_or_headers(string environment)
    {
        await using var host = new AppFactory(await TestPostgres.CreateDatabaseAsync(), environment);
        var (client, _) = await host.TokenClientAsync(Roles.Auditor);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;

        foreach (var (method, path, status) in Requests)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(status == response.StatusCode, $"{method} {path}: {response.StatusCode}, not {status}.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"detail\":", body, StringComparison.Ordinal);
            foreach (var leak in new[] { token, "Bearer", "Authorization", "   at ", ".cs:line", "Exception" })
            {
                Assert.False(body.Contains(leak, StringComparison.Ordinal), $"{method} {path} answered with \"{leak}\" in: {body}");
            }
        }
    }
}
