using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

public sealed class CreateCycleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Secretariat_creates_a_planned_cycle_with_the_half_year_as_its_period()
    {
        var secretariat = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsync(secretariat);

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2031-h1"), ("Input.PeriodStart", ""), ("Input.PeriodEnd", ""),
            ("Input.SubmissionDeadline", "2031-07-15"), ("Input.MeetingDate", "2031-09-10"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/cycles/2031-H1", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cycle 2031-H1 is planned.", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Cycle 2031-H1</h1>", html, StringComparison.Ordinal);

        var cycle = await CycleData.FindAsync(app.Factory, "2031-H1");
        Assert.NotNull(cycle);
        Assert.Equal(CycleState.Planned, cycle.State);
        Assert.Equal((new DateOnly(2031, 1, 1), new DateOnly(2031, 6, 30)), (cycle.PeriodStart, cycle.PeriodEnd));
        Assert.Equal((new DateOnly(2031, 7, 15), new DateOnly(2031, 9, 10)), (cycle.SubmissionDeadline, cycle.MeetingDate));
        var audit = Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle));
        Assert.Equal((nameof(AuditAction.Created), secretariat.Email), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task An_administrator_may_create_a_cycle_too()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Administrator);

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2036-H2"), ("Input.SubmissionDeadline", "2037-01-15"), ("Input.MeetingDate", "2037-02-15"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CycleState.Planned, (await CycleData.FindAsync(app.Factory, "2036-H2"))!.State);
    }

    [Fact]
    public async Task A_typed_period_is_kept_instead_of_the_half_year()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2032-H1"), ("Input.PeriodStart", "2032-02-01"), ("Input.PeriodEnd", "2032-05-31"),
            ("Input.SubmissionDeadline", "2032-06-15"), ("Input.MeetingDate", "2032-06-15"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cycle = await CycleData.FindAsync(app.Factory, "2032-H1");
        Assert.Equal((new DateOnly(2032, 2, 1), new DateOnly(2032, 5, 31)), (cycle!.PeriodStart, cycle.PeriodEnd));
    }

    [Fact]
    public async Task New_form_comes_with_the_half_year_of_the_code_in_the_address()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/cycles/new?code=2032-H2");

        Assert.Contains("value=\"2032-H2\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2032-07-01\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2032-12-31\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2033-H3", "", "", "2033-07-15", "2033-09-10", "Input.Code", "Write the cycle's name as a year from 2000 to 2999 and the half, H1 or H2, such as 2027-H1.")]
    [InlineData("next spring", "", "", "2033-07-15", "2033-09-10", "Input.Code", "Write the cycle's name as a year from 2000 to 2999 and the half, H1 or H2, such as 2027-H1.")]
    [InlineData("", "2033-01-01", "2033-06-30", "2033-07-15", "2033-09-10", "Input.Code", "Enter the cycle's name, such as 2027-H1.")]
    [InlineData("2033-H1", "2033-06-30", "2033-01-01", "2033-07-15", "2033-09-10", "Input.PeriodEnd", "The reporting period must end after it starts.")]
    [InlineData("2033-H1", "2033-01-01", "2033-01-01", "2033-07-15", "2033-09-10", "Input.PeriodEnd", "The reporting period must end after it starts.")]
    [InlineData("2033-H1", "", "", "2032-12-31", "2033-09-10", "Input.SubmissionDeadline", "The submission deadline cannot fall before the reporting period starts.")]
    [InlineData("2033-H1", "", "", "2033-07-15", "2033-07-14", "Input.MeetingDate", "The Heads of Delegation meeting cannot come before the submission deadline.")]
    [InlineData("2033-H1", "", "", "", "2033-09-10", "Input.SubmissionDeadline", "Enter the date reports are due.")]
    [InlineData("2033-H1", "", "", "2033-07-15", "", "Input.MeetingDate", "Enter the date of the Heads of Delegation meeting.")]
    [InlineData("2033-H1", "", "", "2033-02-30", "2033-09-10", "Input.SubmissionDeadline", "Write the date reports are due as year-month-day, such as 2027-07-15.")]
    [InlineData("2033-H1", "", "", "15/07/2033", "2033-09-10", "Input.SubmissionDeadline", "Write the date reports are due as year-month-day, such as 2027-07-15.")]
    [InlineData("2033-H3", "", "", "", "2033-09-10", "Input.PeriodStart", "Enter the date the reporting period starts.")]
    public async Task Bad_input_is_refused_next_to_its_field_with_the_text_kept_and_nothing_stored(
        string code, string start, string end, string deadline, string meeting, string field, string message)
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        await using var before = app.Factory.CreateDbContext();
        var cycles = await before.Cycles.CountAsync();
        var events = await before.AuditEvents.CountAsync(e => e.Entity == "ReportingCycle");

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", code), ("Input.PeriodStart", start), ("Input.PeriodEnd", end),
            ("Input.SubmissionDeadline", deadline), ("Input.MeetingDate", meeting), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, CycleData.FieldError(html, field));
        Assert.Contains(message, CycleData.Problem(html), StringComparison.Ordinal);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(code)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(deadline)}\"", html, StringComparison.Ordinal);
        await using var after = app.Factory.CreateDbContext();
        Assert.Equal(cycles, await after.Cycles.CountAsync());
        Assert.Equal(events, await after.AuditEvents.CountAsync(e => e.Entity == "ReportingCycle"));
    }

    [Fact]
    public async Task A_second_cycle_with_the_same_code_is_refused_and_the_first_stays_as_it_was()
    {
        var existing = await CycleData.CreateAsync(app.Factory, "2034-H2");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2034-h2"), ("Input.PeriodStart", ""), ("Input.PeriodEnd", ""),
            ("Input.SubmissionDeadline", "2035-02-01"), ("Input.MeetingDate", "2035-03-01"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A cycle 2034-H2 already exists.", CycleData.FieldError(await response.Content.ReadAsStringAsync(), "Input.Code"));
        await using var db = app.Factory.CreateDbContext();
        var stored = await db.Cycles.AsNoTracking().SingleAsync(c => c.Code == "2034-H2");
        Assert.Equal((existing.SubmissionDeadline, existing.Version), (stored.SubmissionDeadline, stored.Version));
    }

    [Fact]
    public async Task A_forged_state_field_cannot_create_a_cycle_that_is_already_open()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/cycles/new",
            ("Input.Code", "2035-H1"), ("Input.SubmissionDeadline", "2035-07-15"), ("Input.MeetingDate", "2035-09-10"), ("Input.Plans", CycleSeed.AdoptedPlan),
            ("Input.State", "Published"), ("State", "Open"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CycleState.Planned, (await CycleData.FindAsync(app.Factory, "2035-H1"))!.State);
    }
}
