using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Api;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// Every date and number an address carries is bounded before it reaches date arithmetic or a query: the last and the
/// first representable dates, numbers at and past the edges of their types, exponents. Each address answers with a
/// page or a refusal in words (4xx), never a 500 or a dropped connection.
/// </summary>
public sealed class ExtremeParameterTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Extremes =
    [
        "9999-12-31", "0001-01-01", "2199-12-31", "1899-12-31", "2147483647", "-2147483648", "2147483648", "42949674", "9223372036854775807",
        "99999999999999999999", "-1", "0", "1e309", "NaN",
    ];

    /// <summary>Pages with the query parameters that are dates or numbers; {0} is where each extreme goes.</summary>
    private static readonly string[] Addresses =
    [
        "/audit?from={0}", "/audit?to={0}", "/audit?from=2026-01-01&to={0}", "/audit?before={0}", "/audit?after={0}",
        "/audit/export.csv?what=events&to={0}", "/audit/export.xlsx?what=events&to={0}", "/audit/export.csv?what=revisions&from={0}",
        "/dashboard?page={0}", "/cycles/2064-H1/dashboard?page={0}&priority={0}", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1?page={0}",
        "/cycles/2064-H1/summary?asOf={0}", "/cycles/2064-H1/summary.csv?asOf={0}", "/cycles/{0}-H1/summary", "/cycles/{0}-H2",
        "/reports?cycle={0}-H1", "/review?cycle={0}-H1",
    ];

    private static readonly string[] ApiAddresses =
    [
        "/api/v1/reports?page={0}", "/api/v1/reports?pageSize={0}", "/api/v1/reports?page={0}&pageSize=200", "/api/v1/reports?cycle={0}-H1",
        "/api/v1/reports/{0}",
    ];

    [Fact]
    public async Task Every_page_answers_an_extreme_date_or_number_without_a_server_error()
    {
        await app.Factory.OpenCycleAsync("2064-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        var failures = new List<string>();
        foreach (var address in Addresses)
        {
            foreach (var extreme in Extremes)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, address, Uri.EscapeDataString(extreme));
                try
                {
                    using var response = await client.GetAsync(url);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{url}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException exception)
                {
                    failures.Add($"{url}: {exception.Message}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_API_operation_answers_an_extreme_number_with_a_problem_not_a_server_error()
    {
        var user = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = app.Factory.ApiClient(await app.Factory.CreateTokenAsync(user));

        var failures = new List<string>();
        foreach (var address in ApiAddresses)
        {
            foreach (var extreme in Extremes)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, address, Uri.EscapeDataString(extreme));
                using var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
