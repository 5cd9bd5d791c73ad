using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Attachments.AttachmentForm;

namespace ActionPlanTracker.Web.Tests.Attachments;

/// <summary>Uploads over the limit, however far over, come back to the page with its message; run with a 1 MB limit to stay fast.</summary>
public sealed class OversizeUploadTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Theory]
    [InlineData("2097-H1", 1)]
    [InlineData("2097-H2", 3)]
    [InlineData("2098-H1", 9)]
    public async Task An_upload_over_the_limit_comes_back_to_the_page_with_the_limit_said_and_nothing_saved(string cycle, int megabytes)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.1");
        await using var small = Factory.WithWebHostBuilder(b => b.UseSetting("Attachments:MaxBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var client = await small.SignInToAsync(await Factory.CreateAsync(Roles.FocalPoint, "FR"));
        var file = new byte[(megabytes * 1024 * 1024) + 1];
        Pdf().CopyTo(file, 0);
        var eventsBefore = await AttachmentEventsAsync();

        using var response = await UploadAsync(client, id, "scan.pdf", file);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal($"/reports/{id}/attachments", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file is larger than 1 MB", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Upload\"", html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Attachments.AnyAsync(a => a.ProgressReportId == id));
        Assert.Equal(eventsBefore, await AttachmentEventsAsync());
    }

    [Fact]
    public async Task Another_members_report_stays_not_found_even_for_an_oversize_upload()
    {
        await Factory.OpenCycleAsync("2098-H2");
        var id = await Factory.ReportIdAsync("2098-H2", "DE", "I.1");
        await using var small = Factory.WithWebHostBuilder(b => b.UseSetting("Attachments:MaxBytes", "1048576"));
        using var client = await small.SignInToAsync(await Factory.CreateAsync(Roles.FocalPoint, "FR"));
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[3 * 1024 * 1024]), "Upload", "scan.pdf" } };

        using var response = await client.PostAsync($"/reports/{id}/attachments?handler=Upload", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Attachments.AnyAsync(a => a.ProgressReportId == id));
    }

    private async Task<int> AttachmentEventsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.Entity == nameof(Attachment));
    }
}
