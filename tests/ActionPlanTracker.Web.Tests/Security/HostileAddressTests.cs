using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>What the dynamic scan sent that once gave a server error: NUL characters in addresses, POSTs to handlers that do not exist.</summary>
public sealed class HostileAddressTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/audit?actor=%2Fe%00&from=2019-03-03")]
    [InlineData("/audit?actor=https%3A%2F%2Fexample.org%2Fe.php%00")]
    [InlineData("/review?cycle=%2Fe%00")]
    [InlineData("/cycles/2037-H1/dashboard?member=F%00R")]
    [InlineData("/audit?act%00or=x")]
    public async Task Nul_character_in_the_query_string_answers_400_with_the_status_page(string address)
    {
        await EnsureCycleAsync();
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The request could not be understood", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cycles/2037-H1?handler=StartReview%C2%BF%27%22%28")]
    [InlineData("/cycles/2037-H1")]
    [InlineData("/review/1?handler=Nonsense")]
    public async Task Post_to_a_handler_the_page_does_not_have_answers_404_and_changes_nothing(string address)
    {
        await EnsureCycleAsync();
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var before = await StateAsync();

        using var response = await client.PostAsync(address, new FormUrlEncodedContent([new(Forms.TokenField, await client.GetTokenAsync("/cycles/2037-H1"))]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    private async Task EnsureCycleAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        if (!await db.Cycles.AnyAsync(c => c.Code == "2037-H1"))
        {
            await app.Factory.OpenCycleAsync("2037-H1");
        }
    }

    private async Task<string> StateAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Code == "2037-H1");
        return $"{cycle.State} {await db.AuditEvents.CountAsync(e => e.Entity != "User")}";
    }
}
