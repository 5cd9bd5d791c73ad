using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The secretariat's review of one report: return it with a comment, or approve it.</summary>
public sealed class ReviewBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string SayWhy = "Say why the report is returned: the focal point needs the comment to revise it.";
    private const string ControlCharacters = "The comment contains control characters; remove them and try again.";
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
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_review_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
