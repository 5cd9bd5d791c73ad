using System.Net;
using ActionPlanTracker.Bench.Baseline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Benchmarks;

/// <summary>
/// The benchmarks' baseline page, over the TechEmpower fortune table, in the application only when its assembly is
/// loaded as the runner loads it: as a hosting startup assembly.
/// </summary>
public sealed class FortunesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Baseline_page_lists_the_fortunes_sorted_and_encoded_with_the_one_added_at_request_time()
    {
        await using (var db = app.Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE fortune (id integer PRIMARY KEY, message varchar(2048) NOT NULL);
                INSERT INTO fortune (id, message) VALUES
                    (1, 'fortune: No such file or directory'),
                    (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
                    (3, 'After enough decimal places, nobody gives a damn.'),
                    (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
                    (5, 'A computer program does what you tell it to do, not what you want it to do.'),
                    (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
                    (7, 'Any program that runs right is obsolete.'),
                    (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
                    (9, 'Feature: A bug with seniority.'),
                    (10, 'Computers make very fast, very accurate mistakes.'),
                    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
                    (12, 'フレームワークのベンチマーク');
                """);
        }

        using var loaded = app.Factory.WithWebHostBuilder(b =>
            b.UseSetting(WebHostDefaults.HostingStartupAssembliesKey, typeof(BaselineStartup).Assembly.GetName().Name));
        using var client = loaded.CreateClient();

        using var response = await client.GetAsync("/benchmarks/fortunes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>0</td><td>Additional fortune added at request time.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>12</td><td>フレームワークのベンチマーク</td></tr>", html, StringComparison.Ordinal);
        int[] expectedOrder = [11, 4, 5, 2, 8, 0, 3, 7, 10, 6, 9, 1, 12];
        var order = System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>([0-9]+)</td>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expectedOrder, order);
        Assert.EndsWith("</table></body></html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_page_is_not_found_unless_its_assembly_is_loaded()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/benchmarks/fortunes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
