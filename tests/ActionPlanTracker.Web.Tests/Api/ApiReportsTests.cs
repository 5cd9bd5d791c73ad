using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Api;

public sealed class ApiReportsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_focal_point_token_sees_its_members_reports_in_every_state_and_only_approved_ones_of_others()
    {
        var ids = await Factory.ReportsInEveryStateAsync("2032-H1");
        var (client, _) = await Factory.TokenClientAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync("/api/v1/reports?cycle=2032-H1&pageSize=200");
        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new[] { ids["FR-Approved"], ids["FR-Submitted"], ids["FR-Returned"], ids["FR-Draft"], ids["DE-Approved"] }.Order(),
            items.Select(i => i.GetProperty("id").GetInt32()).Order());
        Assert.DoesNotContain(items, i => i.GetProperty("member").GetString() == "DE" && i.GetProperty("state").GetString() != "approved");
    }

    [Theory]
    [InlineData("DE-Draft")]
    [InlineData("DE-Submitted")]
    [InlineData("DE-Returned")]
    public async Task Another_members_unapproved_report_is_not_found_by_id(string which)
    {
        var ids = await Factory.ReportsInEveryStateAsync($"{2033 + which.Length % 3}-H{1 + (which.Length % 2)}");
        var (client, _) = await Factory.TokenClientAsync(Roles.FocalPoint, "FR");

        using var other = await client.GetAsync($"/api/v1/reports/{ids[which]}");
        using var own = await client.GetAsync($"/api/v1/reports/{ids["FR" + which[2..]]}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("narrative", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task Tokens_of_other_roles_see_approved_reports_only(string role)
    {
        var cycle = role switch { Roles.Secretariat => "2036-H1", Roles.Auditor => "2036-H2", _ => "2037-H1" };
        var ids = await Factory.ReportsInEveryStateAsync(cycle);
        var (client, _) = await Factory.TokenClientAsync(role);

        using var response = await client.GetAsync($"/api/v1/reports?cycle={cycle}");
        using var draft = await client.GetAsync($"/api/v1/reports/{ids["FR-Draft"]}");

        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order();
        Assert.Equal(new[] { ids["FR-Approved"], ids["DE-Approved"] }.Order(), items);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task A_report_reads_in_camel_case_with_its_names_and_content()
    {
        var ids = await Factory.ReportsInEveryStateAsync("2037-H2");
        var (client, _) = await Factory.TokenClientAsync(Roles.Auditor);

        using var response = await client.GetAsync($"/api/v1/reports/{ids["DE-Approved"]}");
        var report = await response.JsonAsync();

        Assert.Equal("2037-H2", report.GetProperty("cycle").GetString());
        Assert.Equal("DE", report.GetProperty("member").GetString());
        Assert.Equal("I", report.GetProperty("pillar").GetString());
        Assert.Equal("I.1", report.GetProperty("commitment").GetString());
        Assert.Equal("approved", report.GetProperty("state").GetString());
        Assert.Equal("limited", report.GetProperty("completion").GetString());
        Assert.Equal("DE Approved narrative.", report.GetProperty("narrative").GetString());
        Assert.Equal("https://example.org/a", report.GetProperty("evidence")[0].GetString());
    }

    [Fact]
    public async Task Filters_by_member_pillar_and_completion_narrow_the_list()
    {
        await Factory.ReportsInEveryStateAsync("2038-H1");
        var (client, _) = await Factory.TokenClientAsync(Roles.FocalPoint, "DE");

        async Task<List<string>> Codes(string query)
        {
            using var response = await client.GetAsync("/api/v1/reports?cycle=2038-H1&" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("member").GetString() + " " + i.GetProperty("commitment").GetString())];
        }

        Assert.Equal(["DE I.1", "DE I.2", "DE I.3", "DE I.4"], await Codes("member=de"));
        Assert.Equal(["FR I.1", "DE I.1", "DE I.4"], await Codes("completion=Limited"));
        Assert.Equal(["DE I.2"], await Codes("completion=substantial&member=DE"));
        Assert.Empty(await Codes("pillar=II"));
        Assert.Empty(await Codes("completion=none"));
    }

    [Theory]
    [InlineData("cycle=2025-H3", "cycle")]
    [InlineData("cycle=1999-H1", "cycle")]
    [InlineData("member=XX", "member")]
    [InlineData("pillar=VI", "pillar")]
    [InlineData("completion=finished", "completion")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task A_bad_filter_or_page_gets_400_naming_it(string query, string field)
    {
        var (client, _) = await Factory.TokenClientAsync(Roles.Auditor);

        using var response = await client.GetAsync("/api/v1/reports?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_number_that_is_not_a_number_gets_400()
    {
        var (client, _) = await Factory.TokenClientAsync(Roles.Auditor);

        using var response = await client.GetAsync("/api/v1/reports?page=two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_hold_at_most_page_size_reports_with_links_to_the_others()
    {
        await Factory.ReportsInEveryStateAsync("2038-H2");
        var (client, _) = await Factory.TokenClientAsync(Roles.FocalPoint, "FR");

        using var first = await client.GetAsync("/api/v1/reports?cycle=2038-H2&pageSize=2");
        using var last = await client.GetAsync("/api/v1/reports?cycle=2038-H2&pageSize=2&page=3");
        using var beyond = await client.GetAsync("/api/v1/reports?cycle=2038-H2&pageSize=2&page=9");
        var page = await first.JsonAsync();
        var links = first.Headers.GetValues("Link").Single();

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, page.GetProperty("totalPages").GetInt32());
        Assert.Contains("</api/v1/reports?cycle=2038-H2&pageSize=2&page=2>; rel=\"next\"", links, StringComparison.Ordinal);
        Assert.Contains("</api/v1/reports?cycle=2038-H2&pageSize=2&page=3>; rel=\"last\"", links, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", links, StringComparison.Ordinal);
        Assert.Equal(1, (await last.JsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Contains("rel=\"prev\"", last.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Equal(0, (await beyond.JsonAsync()).GetProperty("items").GetArrayLength());

        var ids = new[] { page, await last.JsonAsync() }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetInt32());
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_until_the_content_changes()
    {
        var ids = await Factory.ReportsInEveryStateAsync("2039-H1");
        var (client, user) = await Factory.TokenClientAsync(Roles.FocalPoint, "FR");
        var url = $"/api/v1/reports/{ids["FR-Draft"]}";

        using var first = await client.GetAsync(url);
        var tag = first.Headers.ETag!;
        using var again = await Send(client, url, tag);
        using var weak = await Send(client, url, new EntityTagHeaderValue(tag.Tag, isWeak: true));
        using var other = await Send(client, url, new EntityTagHeaderValue("\"something-else\""));

        await using (var db = Factory.CreateDbContext())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == ids["FR-Draft"]);
            var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
            report.SaveDraft(cycle, report.Content with { Narrative = "Changed." }, user.Email, ApiData.At);
            await db.SaveChangesAsync();
        }

        using var changed = await Send(client, url, tag);

        Assert.False(tag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal("Changed.", (await changed.JsonAsync()).GetProperty("narrative").GetString());
    }

    [Fact]
    public async Task The_same_content_gives_the_same_etag_on_every_request()
    {
        var (client, _) = await Factory.TokenClientAsync(Roles.Auditor);

        using var first = await client.GetAsync("/api/v1/plan");
        using var second = await client.GetAsync("/api/v1/plan");

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Contains("private", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_and_cycles_are_listed()
    {
        await Factory.OpenCycleAsync("2039-H2");
        await Factory.OpenCycleAsync("2029-H2");
        await using (var db = Factory.CreateDbContext())
        {
            db.Presidencies.Add(new Presidency(2029, await db.Members.SingleAsync(m => m.Code == "IT")));
            await db.SaveChangesAsync();
        }

        var (client, _) = await Factory.TokenClientAsync(Roles.FocalPoint, "IT");

        using var members = await client.GetAsync("/api/v1/members");
        using var cycles = await client.GetAsync("/api/v1/cycles");

        var codes = (await members.JsonAsync()).EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        Assert.Equal(["CA", "FR", "DE", "IT", "JP", "GB", "US", "EU"], codes);
        Assert.All((await members.JsonAsync()).EnumerateArray(), m => Assert.True(m.GetProperty("isG7Member").GetBoolean() && m.GetProperty("filesReports").GetBoolean()));
        var cycle = (await cycles.JsonAsync()).EnumerateArray().Single(c => c.GetProperty("code").GetString() == "2039-H2");
        Assert.Equal("open", cycle.GetProperty("state").GetString());
        Assert.Equal("2039-07-01", cycle.GetProperty("periodStart").GetString());
        Assert.Equal(JsonValueKind.Null, cycle.GetProperty("presidency").ValueKind);
        var italian = (await cycles.JsonAsync()).EnumerateArray().Single(c => c.GetProperty("code").GetString() == "2029-H2");
        Assert.Equal("IT", italian.GetProperty("presidency").GetString());
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }
}
