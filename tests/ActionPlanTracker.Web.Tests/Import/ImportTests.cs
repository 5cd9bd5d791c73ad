using System.IO.Compression;
using System.Net;
using System.Text;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Import;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Import.ImportData;

namespace ActionPlanTracker.Web.Tests.Import;

public sealed class ImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_good_file_is_previewed_then_saved_as_drafts_by_the_user_in_the_audit_trail()
    {
        await Factory.OpenCycleWithReportsAsync("2031-H1");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        var file = Workbook(
            Row("2031-H1", "I.1", narrative: "Line one.\nLine two, kept as typed.  "),
            ["2031-H1", "FR", "I.4", "As saved", "Draft", "Limited", "", "Saved before.", "", "", ""],
            Row("2031-H1", "I.5", completion: "not applicable", reason: "We are not affected."));

        using var preview = await client.UploadAsync(file);
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Matches("/import/[0-9a-f-]{36}$", preview.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("completion No report → Substantial, narrative, next steps, evidence", html, StringComparison.Ordinal);
        Assert.Contains("No change", html, StringComparison.Ordinal);
        Assert.Contains("completion No report → Not applicable, reason, narrative, next steps, evidence", html, StringComparison.Ordinal);
        Assert.False((await Factory.ReportAsync("2031-H1", "FR", "I.1")).HasContent);

        using var confirmed = await client.ConfirmAsync(preview);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("/reports", confirmed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("2 reports are saved as drafts from reports.xlsx", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var firstId = (await Factory.ReportAsync("2031-H1", "FR", "I.1")).Id;
        await using var db = Factory.CreateDbContext();
        var first = await db.Reports.Include(r => r.Revisions).SingleAsync(r => r.Id == firstId);
        Assert.Equal("Line one.\nLine two, kept as typed.  ", first.Narrative);
        Assert.Equal(Completion.Substantial, first.Completion);
        Assert.Equal(["https://example.org/evidence.pdf"], first.Evidence);
        Assert.Equal(ReviewState.Draft, first.State);
        Assert.Equal(user.Email, first.LastChangedBy);
        Assert.Equal(RevisionAction.Saved, first.Revisions.Single().Action);
        var fifth = await Factory.ReportAsync("2031-H1", "FR", "I.5");
        Assert.Equal("We are not affected.", fifth.NotApplicableReason);
        Assert.Equal(1, (await Factory.ReportAsync("2031-H1", "FR", "I.4")).RevisionCount);
        var events = await db.AuditEvents.Where(e => e.Entity == "ProgressReport" && e.Actor == user.Email && e.Action == nameof(AuditAction.Saved)).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Single(events.Select(e => e.At).Distinct());
        Assert.False(await db.ImportUploads.AnyAsync(u => db.Users.Any(x => x.Id == u.UserId && x.Email == user.Email)));
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        // what, the message's place, a phrase of the message
        { "another member", "Row 3, column B (Member)", "you report for FR only" },
        { "approved report", "Row 3, column C (Commitment)", "approved and locked" },
        { "submitted report", "Row 3, column C (Commitment)", "with the secretariat" },
        { "closed cycle", "Row 3, column A (Cycle)", "accepts no reports" },
        { "unknown cycle", "Row 3, column A (Cycle)", "names no cycle" },
        { "unknown code", "Row 3, column C (Commitment)", "names no commitment" },
        { "bad completion", "Row 3, column F (Completion)", "is not a completion level" },
        { "overlong narrative", "Row 3, column H (Narrative)", "At most 20,000 characters" },
        { "not applicable without reason", "Row 3, column G (Reason it does not apply)", "needs a reason" },
        { "bad evidence link", "Row 3, column K (Evidence (one a line))", "not a complete web address" },
        { "formula", "Row 3, column H (Narrative)", "holds a formula" },
        { "repeated commitment", "Row 3, column C (Commitment)", "each commitment may appear once" },
        { "revision the report never had", "Row 3, column L (Revision (leave as it is))", "is not a revision of this report" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_refused_naming_its_row_and_column_and_nothing_is_saved(string what, string where, string message)
    {
        var cycle = $"{2032 + BadRows.ToList().FindIndex(r => (string)r[0] == what)}-H2";
        await Factory.OpenCycleWithReportsAsync(cycle);
        var closed = $"{2032 + BadRows.ToList().FindIndex(r => (string)r[0] == what)}-H1";
        if (what == "closed cycle")
        {
            await PublishedCycleAsync(closed);
        }

        var bad = what switch
        {
            "another member" => Row(cycle, "I.5", member: "DE"),
            "approved report" => Row(cycle, "I.2"),
            "submitted report" => Row(cycle, "I.3"),
            "closed cycle" => Row(closed, "I.5"),
            "unknown cycle" => Row("2099-H1", "I.5"),
            "unknown code" => Row(cycle, "IX.9"),
            "bad completion" => Row(cycle, "I.5", completion: "Mostly done"),
            "overlong narrative" => Row(cycle, "I.5", narrative: new string('a', 20_001)),
            "not applicable without reason" => Row(cycle, "I.5", completion: "Not applicable"),
            "bad evidence link" => Row(cycle, "I.5", evidence: "https://exa mple.org"),
            "repeated commitment" => Row(cycle, "I.1"),
            "revision the report never had" => Row(cycle, "I.5", revision: "7"),
            _ => Row(cycle, "I.5"),
        };
        var file = Workbook(Row(cycle, "I.1"), bad);
        if (what == "formula")
        {
            file = WithFormula(file, "H3", "CONCATENATE(\"a\",\"b\")");
        }

        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        var before = await Snapshot();

        using var preview = await client.UploadAsync(file);
        var html = await preview.Content.ReadAsStringAsync();
        using var confirm = await client.ConfirmAsync(preview);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains($"<th scope=\"row\">{where}</th>", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("as drafts</button>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_text_file_renamed_to_xlsx_is_refused_with_a_clear_message()
    {
        await Factory.OpenCycleAsync("2046-H1");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);

        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes("Commitment;Narrative\nI.1;Done\n"), "reports.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This file is not an Excel workbook (.xlsx)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoUploadAsync(user);
    }

    [Fact]
    public async Task A_zip_dressed_as_a_workbook_is_refused_with_a_clear_message()
    {
        await Factory.OpenCycleAsync("2046-H2");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                await writer.WriteAsync("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                await writer.WriteAsync("not a workbook");
            }
        }

        using var response = await client.UploadAsync(stream.ToArray(), "reports.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This file is not an Excel workbook (.xlsx)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoUploadAsync(user);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_or_no_file_is_refused()
    {
        await Factory.OpenCycleAsync("2047-H1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var large = await client.UploadAsync(new byte[ImportSheet.MaxFileBytes + 1]);
        using var none = await client.PostFormAsync("/import", []);

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("larger than 5 MB", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Choose the filled-in template", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_without_the_templates_headings_is_refused()
    {
        await Factory.OpenCycleAsync("2047-H2");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var file = WithText(Workbook(Row("2047-H2", "I.1")), "A1", "Year");

        using var response = await client.UploadAsync(file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The first row must hold the template", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_upload_cannot_be_seen_or_confirmed()
    {
        await Factory.OpenCycleWithReportsAsync("2048-H1");
        using var owner = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var preview = await owner.UploadAsync(Workbook(Row("2048-H1", "I.1")));
        var address = preview.RequestMessage!.RequestUri!.PathAndQuery;
        using var colleague = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var token = await colleague.GetTokenAsync("/import");

        using var seen = await colleague.GetAsync(address);
        using var confirmed = await colleague.PostAsync(address, new FormUrlEncodedContent([new(Forms.TokenField, token)]));

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirmed.StatusCode);
        Assert.False((await Factory.ReportAsync("2048-H1", "FR", "I.1")).HasContent);
    }

    [Fact]
    public async Task A_report_saved_after_the_preview_stops_the_confirmation_and_then_its_row_is_a_conflict_applied_only_when_chosen()
    {
        await Factory.OpenCycleWithReportsAsync("2048-H2");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        using var preview = await client.UploadAsync(Workbook(Row("2048-H2", "I.4", narrative: "From the file.", revision: "1")));
        await using (var db = Factory.CreateDbContext())
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Code == "2048-H2");
            var report = await ReportAsync(db, cycle, "FR", "I.4");
            report.SaveDraft(cycle, report.Content with { Narrative = "Typed in the form meanwhile." }, "colleague@example.org", At);
            await db.SaveChangesAsync();
        }

        using var refused = await client.ConfirmAsync(preview);
        using var notChosen = await client.ConfirmAsync(preview);
        var afterRefusals = await Factory.ReportAsync("2048-H2", "FR", "I.4");
        using var chosen = await client.ConfirmAsync(preview, 2);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("changed since you saw the preview", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notChosen.StatusCode);
        var page = WebUtility.HtmlDecode(await notChosen.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved: every change in this file would replace text saved after its template was downloaded.", page, StringComparison.Ordinal);
        Assert.Contains("Saved by colleague@example.org on 1 May 2030, 09:00 UTC, after your template was downloaded.", page, StringComparison.Ordinal);
        Assert.Contains("Typed in the form meanwhile.", page, StringComparison.Ordinal);
        Assert.Equal("Typed in the form meanwhile.", afterRefusals.Narrative);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal("From the file.", (await Factory.ReportAsync("2048-H2", "FR", "I.4")).Narrative);
    }

    [Fact]
    public async Task A_stale_row_is_left_out_beside_the_rows_that_apply_and_the_preview_shows_every_change_before_and_after()
    {
        await Factory.OpenCycleWithReportsAsync("2049-H1");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        await using (var db = Factory.CreateDbContext())
        {
            // I.4 was at revision 1 ("Saved before.") when the template was downloaded; a colleague saved it since.
            var cycle = await db.Cycles.SingleAsync(c => c.Code == "2049-H1");
            var report = await ReportAsync(db, cycle, "FR", "I.4");
            report.SaveDraft(cycle, report.Content with { Narrative = "The newer text." }, "colleague@example.org", At);
            await db.SaveChangesAsync();
        }

        using var preview = await client.UploadAsync(Workbook(
            Row("2049-H1", "I.4", completion: "Limited", narrative: "The stale edit.", evidence: "", revision: "1"),
            Row("2049-H1", "I.5", narrative: "A fresh report.", revision: "0")));
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        using var confirmed = await client.ConfirmAsync(preview);

        Assert.Contains("1 report was saved after your template was downloaded", html, StringComparison.Ordinal);
        Assert.Contains("Your template holds revision 1; the report is now at revision 2.", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">The newer text.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">The stale edit.</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">(empty)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">A fresh report.</td>", html, StringComparison.Ordinal);
        Assert.Contains("1 report is saved as a draft from reports.xlsx. 1 row was left out: its report was saved after your template was downloaded.",
            WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("The newer text.", (await Factory.ReportAsync("2049-H1", "FR", "I.4")).Narrative);
        Assert.Equal("A fresh report.", (await Factory.ReportAsync("2049-H1", "FR", "I.5")).Narrative);
    }

    [Fact]
    public async Task A_report_only_submitted_and_returned_since_its_template_is_no_conflict()
    {
        await Factory.OpenCycleWithReportsAsync("2049-H2");
        await using (var db = Factory.CreateDbContext())
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Code == "2049-H2");
            var report = await ReportAsync(db, cycle, "FR", "I.4");
            report.Submit(cycle, "fp@example.org", At);
            report.Return(cycle, "Please add the figures.", "secretariat@example.org", At);
            await db.SaveChangesAsync();
        }

        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        using var preview = await client.UploadAsync(Workbook(Row("2049-H2", "I.4", completion: "Limited", narrative: "With the figures.", revision: "1")));
        using var confirmed = await client.ConfirmAsync(preview);

        Assert.DoesNotContain("after your template was downloaded", WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("With the figures.", (await Factory.ReportAsync("2049-H2", "FR", "I.4")).Narrative);
    }

    private async Task PublishedCycleAsync(string code)
    {
        await Factory.OpenCycleAsync(code);
        await using var db = Factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == code);
        cycle.StartReview();
        cycle.Publish();
        await db.SaveChangesAsync();
    }

    private async Task<string> Snapshot()
    {
        await using var db = Factory.CreateDbContext();
        var reports = await db.Reports.AsNoTracking().OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Version}:{r.RevisionCount}").ToListAsync();
        return $"{string.Join(',', reports)}|{await db.AuditEvents.CountAsync()}|{await db.ReportRevisions.CountAsync()}";
    }

    private async Task AssertNoUploadAsync(TestUser user)
    {
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ImportUploads.AnyAsync(u => db.Users.Any(x => x.Id == u.UserId && x.Email == user.Email)));
    }
}
