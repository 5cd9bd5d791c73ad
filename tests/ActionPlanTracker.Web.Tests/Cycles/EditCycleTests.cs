using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Cycles;

public sealed partial class EditCycleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Secretariat_moves_the_deadline_and_the_meeting()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2031-H1", CycleState.Open);
        var secretariat = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsync(secretariat);
        var form = await client.GetStringAsync("/cycles/2031-H1/edit");
        Assert.Contains("value=\"2031-07-15\"", form, StringComparison.Ordinal);

        using var response = await SaveAsync(client, "2031-H1", VersionIn(form), deadline: "2031-07-31", meeting: "2031-10-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/cycles/2031-H1", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("The dates of cycle 2031-H1 are saved.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, "2031-H1");
        Assert.Equal((new DateOnly(2031, 7, 31), new DateOnly(2031, 10, 1), CycleState.Open), (stored!.SubmissionDeadline, stored.MeetingDate, stored.State));
        var audit = Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle), e => e.Action == nameof(AuditAction.Rescheduled));
        Assert.Equal(secretariat.Email, audit.Actor);
    }

    [Fact]
    public async Task Dates_out_of_order_are_refused_next_to_the_field_and_nothing_changes()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2032-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var form = await client.GetStringAsync("/cycles/2032-H1/edit");

        using var response = await SaveAsync(client, "2032-H1", VersionIn(form), deadline: "2032-07-15", meeting: "2032-07-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("The Heads of Delegation meeting cannot come before the submission deadline.", CycleData.FieldError(html, "Input.MeetingDate"));
        Assert.Contains("value=\"2032-07-01\"", html, StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, "2032-H1");
        Assert.Equal((cycle.MeetingDate, cycle.Version), (stored!.MeetingDate, stored.Version));
    }

    [Fact]
    public async Task A_published_cycle_refuses_new_dates_with_the_frozen_message()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2033-H1", CycleState.Published);
        var events = (await CycleData.AuditOfAsync(app.Factory, cycle)).Count;
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var page = await client.GetAsync("/cycles/2033-H1/edit");
        using var save = await client.PostFormAsync("/cycles/2033-H1",
            [new("Input.PeriodStart", "2033-01-01"), new("Input.PeriodEnd", "2033-06-30"), new("Input.SubmissionDeadline", "2033-08-01"),
             new("Input.MeetingDate", "2033-09-01"), new("Input.Version", cycle.Version.ToString(CultureInfo.InvariantCulture))],
            postUrl: "/cycles/2033-H1/edit");

        const string Frozen = "Cycle 2033-H1 is published and frozen: nothing in it can change.";
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains(Frozen, CycleData.Problem(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Contains(Frozen, CycleData.Problem(await save.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, "2033-H1");
        Assert.Equal((cycle.SubmissionDeadline, cycle.Version), (stored!.SubmissionDeadline, stored.Version));
        Assert.Equal(events, (await CycleData.AuditOfAsync(app.Factory, cycle)).Count);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_and_the_first_save_stands()
    {
        await CycleData.CreateAsync(app.Factory, "2034-H1");
        using var first = await app.Factory.SignInAsAsync(Roles.Secretariat);
        using var second = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var firstForm = await first.GetStringAsync("/cycles/2034-H1/edit");
        var secondForm = await second.GetStringAsync("/cycles/2034-H1/edit");

        using var firstSave = await SaveAsync(first, "2034-H1", VersionIn(firstForm), deadline: "2034-07-20", meeting: "2034-09-01");
        using var secondSave = await SaveAsync(second, "2034-H1", VersionIn(secondForm), deadline: "2034-07-25", meeting: "2034-09-02");

        Assert.Equal(HttpStatusCode.OK, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var html = await secondSave.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this cycle while you were editing it.", CycleData.Problem(html), StringComparison.Ordinal);
        Assert.Contains("value=\"2034-07-25\"", html, StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, "2034-H1");
        Assert.Equal((new DateOnly(2034, 7, 20), new DateOnly(2034, 9, 1)), (stored!.SubmissionDeadline, stored.MeetingDate));
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string code, string version, string deadline, string meeting)
    {
        var half = CycleCode.Parse(code);
        return client.PostFormAsync($"/cycles/{code}/edit",
            ("Input.PeriodStart", half.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Input.PeriodEnd", half.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Input.SubmissionDeadline", deadline), ("Input.MeetingDate", meeting), ("Input.Version", version));
    }

    private static string VersionIn(string html) => Version().Match(html) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The form carries no version.");

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
