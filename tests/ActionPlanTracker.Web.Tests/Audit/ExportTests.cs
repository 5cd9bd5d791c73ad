using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>/audit/export.csv: events, revisions and reports of a time range, read back as CSV, and the export's own event.</summary>
public sealed class ExportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Events_of_a_range_are_exported_as_CSV_and_the_export_is_recorded_with_the_files_SHA_256()
    {
        var actor = $"export-{Guid.NewGuid():N}@example.org";
        var ids = await AddEventsAsync(Factory.ConnectionString, 3, i => Event(actor, new(2027, 1, 9 + i, 12, 0, 0, TimeSpan.Zero),
            after: i == 2 ? """{"Narrative": "=1+1, \"quoted\"\nsecond line"}""" : null));
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);

        using var response = await client.GetAsync("/audit/export.csv?what=events&from=2027-01-10&to=2027-01-11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "sequence", "at", "actor", "entity", "entity_key", "action", "member", "before", "after", "previous_hash", "hash"], rows[0]);
        Assert.Equal([ids[0], ids[1]], rows.Skip(1).Where(r => r[3] == actor).Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        var second = rows.Single(r => r[0] == ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2027-01-11T12:00:00.000000Z", second[2]);
        Assert.Equal("{\"Narrative\": \"=1+1, \\\"quoted\\\"\\nsecond line\"}", second[9]);

        await using var db = Factory.CreateDbContext();
        var recorded = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported));
        Assert.Equal("Export", recorded.Entity);
        Assert.Equal("events 2027-01-10..2027-01-11", recorded.EntityKey);
        using var after = JsonDocument.Parse(recorded.After!);
        Assert.Equal(rows.Count - 1, after.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), after.RootElement.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Revisions_and_reports_are_exported_with_their_text_and_formulas_neutralised()
    {
        await Factory.OpenCycleAsync("2095-H1");
        var id = await Factory.ReportIdAsync("2095-H1", "FR", "I.1");
        await Factory.SaveAsync(id, new ReportContent(Completion.Limited, "=HYPERLINK(\"http://evil\")", "Next, \"more\".", "", ["https://example.org/a", "Decree 12"], null));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var revisions = CsvReader.Parse(await TextOfAsync(client, "/audit/export.csv?what=revisions"));
        var reports = CsvReader.Parse(await TextOfAsync(client, "/audit/export.csv?what=reports"));

        var revision = Assert.Single(revisions, r => r[1] == "2095-H1");
        Assert.Equal(["FR", "I.1", "1"], revision[2..5]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", revision[10]);
        Assert.Equal("Next, \"more\".", revision[11]);
        Assert.Equal("https://example.org/a\nDecree 12", revision[13]);
        var report = Assert.Single(reports, r => r[1] == "2095-H1");
        Assert.Equal(["Draft", "Limited", "'=HYPERLINK(\"http://evil\")"], report[4..7]);
    }

    [Theory]
    [InlineData("what=everything", "Choose what to export")]
    [InlineData("what=events&from=2027-13-01", "as year-month-day, such as")]
    [InlineData("what=events&from=2027-02-01&to=2027-01-01", "The end date is before the start date.")]
    public async Task Bad_choices_answer_400_with_the_form_and_record_nothing(string query, string reason)
    {
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);

        using var response = await client.GetAsync("/audit/export.csv?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
    }

    [Fact]
    public async Task Without_a_choice_the_form_is_shown()
    {
        using var client = await Factory.SignInAsAsync(Roles.Administrator);

        using var response = await client.GetAsync("/audit/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<select id=\"Input_What\" name=\"what\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_points_may_not_export()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync("/audit/export.csv?what=reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<string> TextOfAsync(HttpClient client, string address)
    {
        var bytes = await client.GetByteArrayAsync(address);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}

/// <summary>An RFC 4180 reader, independent of the application's writer.</summary>
internal static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
