using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>
/// Pages that show every member show them ten at a time once a coalition outgrows the G7 and the EU: the same size
/// and cost with eighty members as with eight, every member one link away.
/// </summary>
public sealed partial class MemberPagingTests(MemberPagingTests.Coalition coalition) : IClassFixture<MemberPagingTests.Coalition>
{
    private const string Cycle = "2070-H1";

    private AppFactory Factory => coalition.Factory;

    [Fact]
    public async Task The_dashboard_shows_ten_members_a_page_and_every_page_is_linked()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var first = await client.PageAsync($"/cycles/{Cycle}/dashboard");
        var last = await client.PageAsync($"/cycles/{Cycle}/dashboard?page=3");

        Assert.Equal(["CA", "FR", "DE", "IT", "JP", "GB", "US", "EU", "P01", "P02"], Columns(first));
        Assert.Equal(["P13", "P14", "P15"], Columns(last));
        Assert.Contains("Members 1 to 10 of 23", DashboardData.Text(first), StringComparison.Ordinal);
        Assert.Contains("Members 21 to 23 of 23", DashboardData.Text(last), StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Cycle}/dashboard?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Cycle}/dashboard?page=2\" rel=\"prev\"", last, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" aria-label=\"Page 3\"", last, StringComparison.Ordinal);
        Assert.Equal("Limited Approved", DashboardData.TextOf(last, "cell-I.1-P14"));
        Assert.Equal(3 * 27, Regex.Count(last, "<td id=\"cell-"));
    }

    [Fact]
    public async Task Filters_keep_their_page_links_and_a_member_filter_needs_no_pages()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var pillar = await client.PageAsync($"/cycles/{Cycle}/dashboard?pillar=I&page=2");
        var member = await client.PageAsync($"/cycles/{Cycle}/dashboard?member=P14");

        Assert.Equal(["P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11", "P12"], Columns(pillar));
        Assert.Contains($"href=\"/cycles/{Cycle}/dashboard?pillar=I&amp;page=3\" rel=\"next\"", pillar, StringComparison.Ordinal);
        Assert.Equal(["P14"], Columns(member));
        Assert.DoesNotContain("Members 1 to", DashboardData.Text(member), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("two")]
    [InlineData("-1")]
    public async Task A_page_that_does_not_exist_is_refused_with_the_pages_there_are(string page)
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync($"/cycles/{Cycle}/dashboard?page={page}", HttpStatusCode.BadRequest);

        Assert.Contains("Choose a page of members from 1 to 3.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cell-", html, StringComparison.Ordinal);
        Assert.Contains("Choose a page of members from 1 to 1.", await client.PageAsync($"/cycles/{Cycle}/dashboard?member=FR&page=2", HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commitment_page_shows_ten_members_a_page_and_opens_the_page_of_the_member_a_link_names()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var first = await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}");
        var named = await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}&member=P14");
        var dashboard = await client.PageAsync($"/cycles/{Cycle}/dashboard?page=3");

        Assert.Equal(10, Regex.Count(first, "<tr id=\"member-"));
        Assert.Equal(10, Regex.Count(first, "<tr id=\"history-"));
        Assert.Contains("<tr id=\"member-P02\"", first, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(named, "<tr id=\"member-"));
        Assert.Contains("<tr id=\"member-P14\"", named, StringComparison.Ordinal);
        Assert.Contains("Partner 14 narrative.", named, StringComparison.Ordinal);
        Assert.Contains($"href=\"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}&amp;member=P14#member-P14\"", DashboardData.MarkupOf(dashboard, "cell-I.1-P14"), StringComparison.Ordinal);

        // The roll-up by cycle still counts every member: 23 slots, one of them approved Limited on page 3.
        Assert.Contains("Members 1 to 10 of 23", DashboardData.Text(first), StringComparison.Ordinal);
        await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}&page=4", HttpStatusCode.NotFound);
    }

    /// <summary>The member columns of the dashboard's first matrix, in order.</summary>
    private static List<string> Columns(string html)
    {
        var table = html[html.IndexOf("<table class=\"data matrix\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</thead>", StringComparison.Ordinal)];
        return [.. MemberColumn().Matches(table).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<abbr title=\"[^\"]*\">([A-Z0-9]+)</abbr>")]
    private static partial Regex MemberColumn();

    /// <summary>The G7 and the EU with fifteen partners (P01…P15, after them in order), one open cycle, P14's report on I.1 approved.</summary>
    public sealed class Coalition : IAsyncLifetime
    {
        private AppFactory? _factory;

        public AppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

        public async Task InitializeAsync()
        {
            _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
            await using (var db = _factory.CreateDbContext())
            {
                for (var i = 1; i <= 15; i++)
                {
                    var code = $"P{i:00}";
                    await db.Database.ExecuteSqlAsync($"INSERT INTO members (code, name, sort_order) VALUES ({code}, {"Partner " + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)}, {100 + i})");
                }
            }

            await _factory.OpenCycleAsync(Cycle);
            await _factory.ReportAsync(Cycle, "P14", "I.1", ReviewState.Approved, Completion.Limited, "Partner 14 narrative.");
        }

        public async Task DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }
        }
    }
}
