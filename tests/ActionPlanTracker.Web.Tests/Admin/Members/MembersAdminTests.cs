using System.Globalization;
using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Admin.Members;

/// <summary>
/// Members and presidencies kept by administrators: a coalition partner added gets report slots in new cycles and never
/// the presidency; a deactivated member keeps its history, gets no new slots, and its focal points file nothing; the
/// presidency is named wherever a cycle is.
/// </summary>
public sealed class MembersAdminTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_coalition_partner_added_gets_slots_in_new_cycles_and_never_the_presidency_which_cycles_name()
    {
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);

        using var added = await admin.PostFormAsync("/admin/members/add",
            ("Input.Code", "ua"), ("Input.Name", "Ukraine"), ("Input.NameFr", "Ukraine"), ("Input.SortOrder", "100"),
            ("Input.Reports", "true"), ("Input.IsActive", "true"));
        Assert.Equal("/admin/members", added.RequestMessage!.RequestUri!.AbsolutePath);
        var list = WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync());
        Assert.Contains("Ukraine (UA) is added.", list, StringComparison.Ordinal);
        Assert.Contains("Coalition partner", list, StringComparison.Ordinal);

        await Factory.OpenCycleAsync("2046-H1");
        await using (var db = Factory.CreateDbContext())
        {
            var commitments = await db.Commitments.CountAsync();
            Assert.Equal(commitments, await db.Reports.CountAsync(r => r.Member!.Code == "UA" && r.Cycle!.Code == "2046-H1"));
        }

        using var partner = await admin.PostFormAsync("/admin/members", [new("PresidencyForm.Year", "2046"), new("PresidencyForm.MemberCode", "UA")],
            "/admin/members?handler=Presidency");
        Assert.Equal(HttpStatusCode.Conflict, partner.StatusCode);
        Assert.Contains("Ukraine is not a G7 member: only a G7 member holds the presidency.",
            WebUtility.HtmlDecode(await partner.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var recorded = await admin.PostFormAsync("/admin/members", [new("PresidencyForm.Year", "2046"), new("PresidencyForm.MemberCode", "US")],
            "/admin/members?handler=Presidency");
        Assert.Contains("The presidency of 2046 is recorded: United States.",
            WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        var cycles = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/cycles"));
        Assert.Matches("2046-H1</a></th>\\s*<td>[^<]*</td>\\s*<td>United States</td>", cycles);
        var cycle = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/cycles/2046-H1"));
        Assert.Contains("<dd>United States</dd>", cycle, StringComparison.Ordinal);
        var dashboard = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/cycles/2046-H1/dashboard"));
        Assert.Contains("G7 presidency: United States", dashboard, StringComparison.Ordinal);
        var summary = WebUtility.HtmlDecode(await secretariat.GetStringAsync("/cycles/2046-H1/summary"));
        Assert.Contains("<dd id=\"presidency\">United States</dd>", summary, StringComparison.Ordinal);

        await using var trail = Factory.CreateDbContext();
        Assert.True(await trail.AuditEvents.AnyAsync(e => e.Entity == nameof(Member) && e.EntityKey == "UA" && e.Action == nameof(AuditAction.Created)));
        Assert.True(await trail.AuditEvents.AnyAsync(e => e.Entity == nameof(Presidency) && e.EntityKey == "2046" && e.Action == nameof(AuditAction.Created)));
    }

    [Fact]
    public async Task A_deactivated_member_keeps_its_reports_gets_no_new_slots_and_its_focal_points_file_nothing()
    {
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);
        using var add = await admin.PostFormAsync("/admin/members/add",
            ("Input.Code", "KR"), ("Input.Name", "Republic of Korea"), ("Input.SortOrder", "110"), ("Input.Reports", "true"), ("Input.IsActive", "true"));
        var focalPoint = await Factory.CreateAsync(Roles.FocalPoint, "KR");
        await Factory.OpenCycleAsync("2047-H1");
        int report;
        await using (var db = Factory.CreateDbContext())
        {
            report = await db.Reports.Where(r => r.Member!.Code == "KR" && r.Cycle!.Code == "2047-H1").Select(r => r.Id).FirstAsync();
        }

        using var before = await Factory.SignInAsync(focalPoint);
        using var form = await before.GetAsync($"/reports/{report}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        using var deactivated = await admin.PostFormAsync("/admin/members/KR/edit",
            ("Input.Name", "Republic of Korea"), ("Input.SortOrder", "110"), ("Input.Reports", "true"), ("Input.Version", await VersionAsync("KR")));
        Assert.Contains("Deactivated", WebUtility.HtmlDecode(await deactivated.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The open session ends at its next request; signed in again, the account is no focal point.
        using var ended = await before.GetAsync($"/reports/{report}");
        Assert.StartsWith("/account/sign-in", ended.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        using var after = await Factory.SignInAsync(focalPoint);
        using var refusedForm = await after.GetAsync($"/reports/{report}");
        Assert.Equal(HttpStatusCode.Forbidden, refusedForm.StatusCode);
        using var refusedSave = await after.PostFormAsync("/account", [new("Input.Narrative", "Filed after leaving.")], $"/reports/{report}");
        Assert.Equal(HttpStatusCode.Forbidden, refusedSave.StatusCode);
        using var refusedImport = await after.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Forbidden, refusedImport.StatusCode);

        await Factory.OpenCycleAsync("2047-H2");
        await using var check = Factory.CreateDbContext();
        Assert.Equal(0, await check.Reports.CountAsync(r => r.Member!.Code == "KR" && r.Cycle!.Code == "2047-H2"));
        Assert.True(await check.Reports.AnyAsync(r => r.Member!.Code == "KR" && r.Cycle!.Code == "2047-H1"), "The member's reports stay.");

        // Its summary: the cycle it reported in names it, the next one does not.
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        Assert.Contains("Republic of Korea", await secretariat.GetStringAsync("/cycles/2047-H1/summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("Republic of Korea", await secretariat.GetStringAsync("/cycles/2047-H2/summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_added_after_a_cycle_opened_owes_nothing_in_it_and_appears_from_the_next_cycle()
    {
        await Factory.OpenCycleAsync("2048-H1");
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);
        using var add = await admin.PostFormAsync("/admin/members/add",
            ("Input.Code", "NZ"), ("Input.Name", "New Zealand"), ("Input.SortOrder", "120"), ("Input.Reports", "true"), ("Input.IsActive", "true"));
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);

        foreach (var page in new[] { "", "/dashboard", "/readiness", "/changes" })
        {
            Assert.DoesNotContain("New Zealand", await secretariat.GetStringAsync($"/cycles/2048-H1{page}"), StringComparison.Ordinal);
        }

        await Factory.OpenCycleAsync("2048-H2");
        foreach (var page in new[] { "", "/dashboard", "/readiness", "/changes" })
        {
            Assert.Contains("New Zealand", await secretariat.GetStringAsync($"/cycles/2048-H2{page}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_change_made_since_the_form_was_shown_is_not_overwritten()
    {
        using var admin = await Factory.SignInAsAsync(Roles.Administrator);
        var version = await VersionAsync("JP");
        await using (var other = Factory.CreateDbContext())
        {
            var japan = await other.Members.SingleAsync(m => m.Code == "JP");
            japan.Translate("Le Japon");
            await other.SaveChangesAsync();
        }

        using var response = await admin.PostFormAsync("/admin/members/JP/edit",
            ("Input.Name", "Nippon"), ("Input.SortOrder", "50"), ("Input.IsG7Member", "true"), ("Input.Reports", "true"), ("Input.IsActive", "true"),
            ("Input.Version", version));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone changed this member while you were editing it.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Members.SingleAsync(m => m.Code == "JP");
        Assert.Equal(("Japan", "Le Japon"), (stored.Name, stored.NameFr));
    }

    private async Task<string> VersionAsync(string code)
    {
        await using var db = Factory.CreateDbContext();
        var version = await db.Members.Where(m => m.Code == code).Select(m => m.Version).SingleAsync();
        return version.ToString(CultureInfo.InvariantCulture);
    }
}
