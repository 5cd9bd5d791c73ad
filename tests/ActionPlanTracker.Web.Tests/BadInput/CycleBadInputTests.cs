using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The secretariat's cycle forms: a new cycle, a cycle's dates, and the moves of its workflow.</summary>
public sealed class CycleBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string CodeFormat = "Write the cycle's name as a year from 2000 to 2999 and the half, H1 or H2, such as 2027-H1.";
    private static readonly Target Planned = Targets.EditCycle(PlannedCycle);

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Cycle name empty", Who.Secretariat, Targets.NewCycle, 400, "Enter the cycle's name, such as 2027-H1.", ("Input.Code", "")),
        Post("Cycle name of spaces only", Who.Secretariat, Targets.NewCycle, 400, "Enter the cycle's name, such as 2027-H1.", ("Input.Code", "    ")),
        Post("Cycle name 2025-H3", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "2025-H3")),
        Post("Cycle name 25-H1", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "25-H1")),
        Post("Cycle name 1999-H2", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "1999-H2")),
        Post("Cycle name that is SQL", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "'; DROP TABLE reporting_cycles; --")),
        Post("Cycle name that is a script tag", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "<script>alert(1)</script>")),
        Post("Cycle name with a control character", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", "2033-H1\u0001")),
        Post("Cycle name of 1,000 characters", Who.Secretariat, Targets.NewCycle, 400, CodeFormat, ("Input.Code", Chars(1000))),
        Refused("Cycle name with a NUL character", Who.Secretariat, Targets.NewCycle, 400, ("Input.Code", "2033\0H1")),
        Post("Cycle on no plan", Who.Secretariat, Targets.NewCycle, 400, "Choose at least one plan for the cycle to monitor.", ("Input.Plans", "")),
        Post("Cycle on a plan that does not exist", Who.Secretariat, Targets.NewCycle, 400,
            "One of the plans chosen is not an adopted plan. Choose among the plans listed.", ("Input.Plans", "g7-no-such-plan")),
        Post("Cycle that already exists", Who.Secretariat, Targets.NewCycle, 400, $"A cycle {OpenCycle} already exists.", ("Input.Code", OpenCycle)),
        Post("Cycle period ending before it starts", Who.Secretariat, Targets.NewCycle, 400, "The reporting period must end after it starts.",
            ("Input.PeriodEnd", "2032-12-31")),
        Post("Cycle period ending the day it starts", Who.Secretariat, Targets.NewCycle, 400, "The reporting period must end after it starts.",
            ("Input.PeriodEnd", "2033-01-01")),
        Post("Cycle deadline before the period starts", Who.Secretariat, Targets.NewCycle, 400,
            "The submission deadline cannot fall before the reporting period starts.", ("Input.SubmissionDeadline", "2032-12-01")),
        Post("Cycle meeting before the deadline", Who.Secretariat, Targets.NewCycle, 400,
            "The Heads of Delegation meeting cannot come before the submission deadline.", ("Input.MeetingDate", "2033-07-14")),
        Post("Cycle period ending on 2027-02-30", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date the reporting period ends as year-month-day, such as 2027-06-30.", ("Input.PeriodEnd", "2027-02-30")),
        Post("Cycle period starting in month 13", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date the reporting period starts as year-month-day, such as 2027-01-01.", ("Input.PeriodStart", "2033-13-01")),
        Post("Cycle deadline next Tuesday", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date reports are due as year-month-day, such as 2027-07-15.", ("Input.SubmissionDeadline", "next Tuesday")),
        Post("Cycle deadline written day first", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date reports are due as year-month-day, such as 2027-07-15.", ("Input.SubmissionDeadline", "15/07/2033")),
        Post("Cycle meeting that is a script tag", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date of the Heads of Delegation meeting as year-month-day, such as 2027-09-15.", ("Input.MeetingDate", "<script>alert(1)</script>")),
        Post("Cycle meeting with an escape character", Who.Secretariat, Targets.NewCycle, 400,
            "Write the date of the Heads of Delegation meeting as year-month-day", ("Input.MeetingDate", "2033-09-15\u001b")),
        Post("Cycle meeting left out", Who.Secretariat, Targets.NewCycle, 400, "Enter the date of the Heads of Delegation meeting.", ("Input.MeetingDate", null)),
        Refused("Cycle created by a focal point", Who.FocalPointFr, Targets.NewCycle, 403),
        Refused("Cycle created by an auditor", Who.Auditor, Targets.NewCycle, 403),

        Post("Cycle dates moved out of order", Who.Secretariat, Planned, 400, "The reporting period must end after it starts.", ("Input.PeriodEnd", "2031-12-31")),
        Post("Cycle date moved to 2027-02-30", Who.Secretariat, Planned, 400,
            "Write the date reports are due as year-month-day", ("Input.SubmissionDeadline", "2027-02-30")),
        Post("Cycle date emptied", Who.Secretariat, Planned, 400, "Enter the date the reporting period starts.", ("Input.PeriodStart", "")),
        Post("Cycle dates with the version of another cycle", Who.Secretariat, Targets.EditCycle(PlannedCycle, versionOf: OpenCycle), 409,
            "Someone else changed this cycle while you were editing it.", ("Input.SubmissionDeadline", "2032-07-20")),
        Post("Cycle dates with a version that is not a number", Who.Secretariat, Planned, 400, "The value 'abc' is not valid", ("Input.Version", "abc")),
        Post("Cycle dates of a published cycle", Who.Secretariat, Targets.EditCycle(PublishedCycle), 409, $"Cycle {PublishedCycle} is published and frozen",
            ("Input.SubmissionDeadline", "2031-01-20")),
        Refused("Cycle dates of a cycle that does not exist", Who.Secretariat, Targets.At($"/cycles/{UnknownCycle}/edit"), 404),
        Get("Cycle date form of a cycle that does not exist", Who.Secretariat, $"/cycles/{UnknownCycle}/edit", 404),
        Get("Cycle date form of cycle 2025-H3", Who.Secretariat, "/cycles/2025-H3/edit", 404),
        Get("Cycle date form read by a focal point", Who.FocalPointFr, $"/cycles/{PlannedCycle}/edit", 403),

        Post("Opening a cycle that is already open", Who.Secretariat, Targets.MoveCycle(OpenCycle, "Open"), 409,
            $"Cycle {OpenCycle} is open; only a cycle that is planned can become open."),
        Post("Starting the review of a planned cycle", Who.Secretariat, Targets.MoveCycle(PlannedCycle, "StartReview"), 409,
            $"Cycle {PlannedCycle} is planned; only a cycle that is open can become under review."),
        Post("Publishing a planned cycle with a forged state field", Who.Secretariat, Targets.MoveCycle(PlannedCycle, "Publish"), 409,
            "only a cycle that is under review can become published", ("State", "UnderReview"), ("Input.State", "UnderReview")),
        Post("Opening a published cycle", Who.Secretariat, Targets.MoveCycle(PublishedCycle, "Open"), 409, $"Cycle {PublishedCycle} is published and frozen"),
        Refused("Publishing a cycle that does not exist", Who.Secretariat, Targets.MoveCycle(UnknownCycle, "Publish"), 404),
        Refused("Opening a cycle named in SQL", Who.Secretariat, Targets.MoveCycle("'; DROP TABLE reporting_cycles; --", "Open"), 404),
        Refused("Opening a cycle as a focal point", Who.FocalPointFr, Targets.MoveCycle(PlannedCycle, "Open"), 403),
        Refused("Publishing a cycle as an auditor", Who.Auditor, Targets.MoveCycle(OpenCycle, "Publish"), 403),
        Get("Cycle 2025-H3", Who.Secretariat, "/cycles/2025-H3", 404),
        Get("Cycle named by a script tag", Who.Secretariat, "/cycles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_cycle_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
