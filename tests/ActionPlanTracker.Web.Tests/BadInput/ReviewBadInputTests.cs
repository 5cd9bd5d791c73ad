using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The secretariat's review of one report: return it with a comment, or approve it.</summary>
public sealed class ReviewBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string SayWhy = "Say why the report is returned: the focal point needs the comment to revise it.";
    private const string ControlCharacters = "The comment contains control characters; remove them and try again.";
    private const string Filter = "The queue's filter was not understood, so the whole queue is shown.";
    private static readonly Target Return = Targets.Review("de-submitted", "Return");
    private static readonly Target Approve = Targets.Review("de-submitted", "Approve");

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Return comment empty", Who.Secretariat, Return, 400, SayWhy, ("Input.Comment", "")),
        Post("Return comment left out", Who.Secretariat, Return, 400, SayWhy, ("Input.Comment", null)),
        Post("Return comment of spaces and line breaks", Who.Secretariat, Return, 400, SayWhy, ("Input.Comment", "  \r\n\t  ")),
        Post("Return comment of 4,001 characters", Who.Secretariat, Return, 400, "A comment is at most 4,000 characters.", ("Input.Comment", Chars(4001))),
        Post("Return comment with a control character", Who.Secretariat, Return, 400, ControlCharacters, ("Input.Comment", "Please\u0001 add dates.")),
        Post("Return comment with an escape character", Who.Secretariat, Return, 400, ControlCharacters, ("Input.Comment", "\u001b]0;pwned\u0007Please add dates.")),
        Post("Return comment with a DEL character", Who.Secretariat, Return, 400, ControlCharacters, ("Input.Comment", "Please add dates.\u007f")),
        Refused("Return comment with a NUL character", Who.Secretariat, Return, 400, ("Input.Comment", "Please\0 add dates.")),
        Refused("Return comment of 5 MB", Who.Secretariat, Return, 400, ("Input.Comment", Chars(5_000_000))),
        Post("Returning with the version of another report", Who.Secretariat, Targets.Review("de-submitted", "Return", versionOf: "fr-submitted"), 409,
            EnglishTexts.ReviewConflict),
        Post("Approving with a version that is not a number", Who.Secretariat, Approve, 400, "The value 'abc' is not valid", ("Input.Version", "abc")),
        Post("Approving with a version past the largest", Who.Secretariat, Approve, 400, "The value '4294967296' is not valid", ("Input.Version", "4294967296")),
        Post("Approving a draft with a forged state field", Who.Secretariat, Targets.Review("de-draft", "Approve"), 409,
            "Only a submitted report can be reviewed; this one is draft.", ("State", "Submitted"), ("Input.State", "Submitted")),
        Post("Returning an approved report", Who.Secretariat, Targets.Review("fr-approved", "Return"), 409,
            "Only a submitted report can be reviewed; this one is approved."),
        Post("Approving a report of the published cycle", Who.Secretariat, Targets.Review("fr-published", "Approve"), 409,
            $"Cycle {PublishedCycle} is published and frozen"),
        Refused("Approving a report that does not exist", Who.Secretariat, Targets.At($"/review/{UnknownReport}?handler=Approve"), 404, ("Input.Version", "1")),
        Get("Review of report abc", Who.Secretariat, "/review/abc", 404),
        Get("Review of a report that does not exist", Who.Secretariat, $"/review/{UnknownReport}", 404),
        Refused("Approving as a focal point", Who.FocalPointFr, Approve, 403),
        Refused("Returning as an auditor", Who.Auditor, Return, 403),
        Get("Review page read by a focal point", Who.FocalPointFr, f => f.ReviewUrl("de-submitted"), 403),

        Post("Approving none of the selected", Who.Secretariat, Targets.At("/review/approve"), 400, "Tick the reports to approve in the queue first."),
        Post("Approving a selection with a version that is not a number", Who.Secretariat, Targets.ApproveSelected("de-submitted", version: "abc"), 400,
            "The list was not understood."),
        Post("Approving a selection with a report id that is a word", Who.Secretariat, Targets.ApproveSelected("de-submitted"), 400,
            "The list was not understood.", ("Input.Versions[abc]", "1")),
        Post("Approving a selection read before another change", Who.Secretariat, Targets.ApproveSelected("de-submitted", versionOf: "fr-submitted"), 409,
            "Nothing was approved: DE I.2 changed since the list was read"),
        Post("Approving a selected draft", Who.Secretariat, Targets.ApproveSelected("de-draft"), 409, "Nothing was approved: DE "),
        Post("Approving a selected report of the published cycle", Who.Secretariat, Targets.ApproveSelected("fr-published"), 409, "Nothing was approved: FR I.1"),
        Refused("Approving a selected report that does not exist", Who.Secretariat, Targets.At("/review/approve"), 404, ($"Input.Versions[{UnknownReport}]", "1")),
        Refused("Approving a selection as a focal point", Who.FocalPointFr, Targets.ApproveSelected("de-submitted"), 403),
        Refused("Approving a selection as an auditor", Who.Auditor, Targets.ApproveSelected("de-submitted"), 403),
        GetSays("Selection to approve with no report", Who.Secretariat, "/review/approve", 400, "Tick the reports to approve in the queue first."),
        GetSays("Selection to approve named by a word", Who.Secretariat, "/review/approve?id=abc", 400, "The list was not understood."),
        Get("Selection to approve of a report that does not exist", Who.Secretariat, $"/review/approve?id={UnknownReport}", 404),
        Get("Selection to approve read by a focal point", Who.FocalPointFr, "/review/approve?id=1", 403),
        GetSays("Queue in a state it does not know", Who.Secretariat, $"/review?cycle={OpenCycle}&state=deleted", 400, Filter),
        GetSays("Queue of an age that is a word", Who.Secretariat, $"/review?cycle={OpenCycle}&age=old", 400, Filter),
        GetSays("Queue of an age it does not offer", Who.Secretariat, $"/review?cycle={OpenCycle}&age=3", 400, Filter),
        GetSays("Queue with a flag it does not know", Who.Secretariat, $"/review?cycle={OpenCycle}&flag=urgent", 400, Filter),
        Refused("Reminding a member that does not exist", Who.Secretariat, Targets.Remind("ZZ"), 404),
        Refused("Reminding a member named by a script tag", Who.Secretariat, Targets.Remind("<script>alert(1)</script>"), 404),
        Refused("Reminding no member", Who.Secretariat, Targets.Remind(""), 400),
        Refused("Reminding in a cycle that does not exist", Who.Secretariat, Targets.At($"/cycles/{UnknownCycle}/readiness?handler=Remind"), 404, ("member", "FR")),
        Post("Reminding in the published cycle", Who.Secretariat, Targets.At($"/cycles/{PublishedCycle}/readiness?handler=Remind"), 409,
            $"Cycle {PublishedCycle} no longer accepts reports", ("member", "FR")),
        Refused("Reminding as a focal point", Who.FocalPointFr, Targets.Remind("FR"), 403),
        Refused("Reminding as an auditor", Who.Auditor, Targets.Remind("FR"), 403),
        Get("Queue of a pillar the cycle does not have", Who.Secretariat, $"/review?cycle={OpenCycle}&pillar=IX", 404),
        Get("Queue of a commitment named in SQL", Who.Secretariat, $"/review?cycle={OpenCycle}&commitment=%27%3B%20DROP%20TABLE%20x%3B--", 404),
        GetSays("Queue of a commitment code of 5,000 characters", Who.Secretariat, $"/review?cycle={OpenCycle}&commitment={new string('I', 5000)}", 400, Filter),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_review_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
