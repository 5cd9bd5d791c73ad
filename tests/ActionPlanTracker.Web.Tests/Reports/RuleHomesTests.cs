using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Tests.Api;
using ActionPlanTracker.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>
/// Each rule about reports has one home, and its callers follow it: the data covers every review state of two
/// members' reports and untouched slots, and what each caller shows is compared with what the home says.
/// </summary>
public sealed class RuleHomesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    /// <summary>
    /// Who sees what: the pages' rule (<see cref="ReportVisibility.OnPages"/>) through the readers' facts every page
    /// builds on, and the API's stricter rule (<see cref="ReportVisibility.InApi"/>) through the API, for a focal
    /// point and for the secretariat, who see different things in each.
    /// </summary>
    [Fact]
    public async Task The_pages_and_the_api_show_what_their_visibility_rule_allows_and_nothing_else()
    {
        const string cycle = "2041-H1";
        await Factory.ReportsInEveryStateAsync(cycle);
        await using var db = Factory.CreateDbContext();
        var cycleId = await db.Cycles.Where(c => c.Code == cycle).Select(c => c.Id).SingleAsync();
        var france = await db.Members.Where(m => m.Code == "FR").Select(m => m.Id).SingleAsync();
        var inCycle = db.Reports.AsNoTracking().Where(r => r.CycleId == cycleId);

        foreach (var (viewer, role, member) in new[] { (new Viewer(false, false, france), Roles.FocalPoint, "FR"), (new Viewer(true, true, null), Roles.Secretariat, (string?)null) })
        {
            var onPages = await inCycle.Where(ReportVisibility.OnPages(viewer.ReadsAll, viewer.OwnMemberId)).Select(r => r.Id).OrderBy(id => id).ToListAsync();
            var shownOnPages = (await inCycle.Select(viewer.Facts()).ToListAsync()).Where(f => f.Visible).Select(f => f.Id).Order().ToList();
            Assert.Equal(onPages, shownOnPages);

            var inApi = await inCycle.Where(ReportVisibility.InApi(viewer.OwnMemberId)).Select(r => r.Id).OrderBy(id => id).ToListAsync();
            var (client, _) = await Factory.TokenClientAsync(role, member);
            using var response = await client.GetAsync($"/api/v1/reports?cycle={cycle}&pageSize=200");
            var listed = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList();
            Assert.Equal(inApi, listed);

            // The API deliberately shows less: never an untouched slot, and before approval only the token's own member's.
            Assert.True(inApi.Count < onPages.Count, $"{role}: the API lists {inApi.Count} reports, the pages {onPages.Count}.");
            client.Dispose();
        }
    }

    /// <summary>
    /// A report's whole record (<see cref="ReportVisibility.WholeRecord"/>): its history page and its files open for its
    /// own member's focal point and for readers of all, and for nobody else, not even when the report is approved and
    /// its content is on everyone's pages.
    /// </summary>
    [Fact]
    public async Task The_history_and_the_files_open_exactly_for_those_the_whole_record_rule_allows()
    {
        const string cycle = "2045-H1";
        var ids = await Factory.ReportsInEveryStateAsync(cycle);
        await using var db = Factory.CreateDbContext();
        var open = await db.Cycles.AsNoTracking().SingleAsync(c => c.Code == cycle);
        var files = new Dictionary<string, long>();
        foreach (var key in new[] { "FR-Draft", "FR-Returned", "DE-Draft", "DE-Returned" })
        {
            var report = await db.Reports.SingleAsync(r => r.Id == ids[key]);
            var bytes = "%PDF-1.4 evidence"u8.ToArray();
            var attachment = new Attachment(report, open, $"{key}.pdf", "application/pdf", bytes.Length, new string('0', 64), "fp@example.org", new DateTimeOffset(2041, 5, 4, 10, 0, 0, TimeSpan.Zero));
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            await ActionPlanTracker.Web.Attachments.AttachmentStore.WriteAsync(db, attachment.Id, new MemoryStream(bytes), bytes.Length, default);
            files[key] = attachment.Id;
        }

        var reports = await db.Reports.AsNoTracking().Where(r => ids.Values.Contains(r.Id)).ToListAsync();
        var france = reports.First(r => r.Id == ids["FR-Draft"]).MemberId;
        foreach (var (role, member, readsAll, own) in new[] { (Roles.FocalPoint, "FR", false, (int?)france), (Roles.Auditor, null, true, null) })
        {
            using var client = await Factory.SignInAsync(await Factory.CreateAsync(role, member));
            var rule = ReportVisibility.WholeRecord(readsAll, own).Compile();
            foreach (var report in reports)
            {
                using var history = await client.GetAsync($"/reports/{report.Id}/history");
                Assert.Equal(rule(report) ? HttpStatusCode.OK : HttpStatusCode.NotFound, history.StatusCode);
            }

            foreach (var (key, file) in files)
            {
                using var download = await client.GetAsync($"/attachments/{file}");
                Assert.Equal(rule(reports.First(r => r.Id == ids[key])) ? HttpStatusCode.OK : HttpStatusCode.NotFound, download.StatusCode);
            }
        }
    }

    /// <summary>
    /// Whether a report may be changed (<see cref="ProgressReport.ReadOnlyReason"/>): the report form offers a save,
    /// and the import accepts a changed row, exactly for the reports the domain leaves unlocked.
    /// </summary>
    [Fact]
    public async Task The_form_and_the_import_offer_changes_exactly_where_the_domain_has_no_lock()
    {
        const string cycle = "2041-H2";
        var ids = await Factory.ReportsInEveryStateAsync(cycle);
        using var client = await Factory.SignInAsync(await Factory.CreateAsync(Roles.FocalPoint, "FR"));
        await using var db = Factory.CreateDbContext();
        var open = await db.Cycles.AsNoTracking().SingleAsync(c => c.Code == cycle);

        var rows = new List<string[]>();
        var expected = new List<(int Row, string Report, bool Locked)>();
        foreach (var (key, id) in ids.Where(i => i.Key.StartsWith("FR-", StringComparison.Ordinal)))
        {
            var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
            var locked = report.ReadOnlyReason(open) is not null;
            var form = await client.GetStringAsync($"/reports/{id}");
            Assert.True(locked != form.Contains("Save draft", StringComparison.Ordinal), $"{key}: the domain says {(locked ? "locked" : "editable")}, the form disagrees.");

            var code = await db.Commitments.Where(c => c.Id == report.CommitmentId).Select(c => c.Code).SingleAsync();
            rows.Add(ImportData.Row(cycle, code, narrative: $"Changed through the import ({key})."));
            expected.Add((rows.Count + 1, key, locked));
        }

        using var upload = await client.UploadAsync(ImportData.Workbook([.. rows]));
        var page = System.Net.WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync());
        foreach (var (row, report, locked) in expected)
        {
            Assert.True(locked == page.Contains($"Row {row}, column C (Commitment)", StringComparison.Ordinal),
                $"{report}: the domain says {(locked ? "locked" : "editable")}, the import {(locked ? "accepted" : "refused")} row {row}.");
        }

        Assert.Contains(expected, e => e.Locked);
        Assert.Contains(expected, e => !e.Locked);
    }
}
