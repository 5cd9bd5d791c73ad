using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>The framework's own messages (a value that cannot be read) and the domain's refusals come in the reader's language.</summary>
public sealed class FrameworkMessagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("en", "The value &#x27;abc&#x27; is not valid for Version.")]
    [InlineData("fr", "La valeur « abc » n’est pas valide pour Version.")]
    public async Task A_value_that_cannot_be_read_is_named_in_the_readers_language(string language, string message)
    {
        var code = language == "en" ? "2061-H1" : "2061-H2";
        await using (var db = app.Factory.CreateDbContext())
        {
            var start = new DateOnly(2061, code.EndsWith("H1", StringComparison.Ordinal) ? 1 : 7, 1);
            db.Cycles.Add(new ReportingCycle(CycleCode.Parse(code), start, start.AddMonths(6).AddDays(-1), start.AddMonths(7), start.AddMonths(8), await db.AdoptedPlanAsync()));
            await db.SaveChangesAsync();
        }

        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await client.PostFormAsync($"/cycles/{code}/edit", ("Input.Version", "abc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_of_the_domain_is_shown_in_French_to_a_French_reader()
    {
        await using (var db = app.Factory.CreateDbContext())
        {
            var cycle = new ReportingCycle(CycleCode.Parse("2062-H1"), new(2062, 1, 1), new(2062, 6, 30), new(2062, 7, 15), new(2062, 9, 1), await db.AdoptedPlanAsync());
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
        }

        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        // Publishing a planned cycle skips two steps: the domain refuses, in French.
        using var response = await client.PostFormAsync("/cycles/2062-H1", [], postUrl: "/cycles/2062-H1?handler=Publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Le cycle 2062-H1 est à l’état « prévu » ; seul un cycle à l’état « en cours d’examen » peut passer à l’état « publié ».",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
