using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.BadInput.BadInputFixture;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>A focal point's forms: the report (save, submit, carry forward) and the bulk actions of "My reports".</summary>
public sealed class ReportBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Level = "Choose one of the five completion levels.";
    private const string NotAWebAddress = "Evidence line 1 starts like a link that is not a web address";
    private const string Incomplete = "is not a complete web address";
    private static readonly Target Save = Targets.Report("fr-draft", "Save");
    private static readonly Target Submit = Targets.Report("fr-draft", "Submit");

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Completion Bogus", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "Bogus")),
        Post("Completion 42", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "42")),
        Post("Completion -1", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "-1")),
        Post("Completion 9, the number behind Not applicable", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "9")),
        Post("Completion in lower case", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "limited")),
        Post("Completion that is a script tag", Who.FocalPointFr, Save, 400, Level, ("Input.Completion", "<script>alert(1)</script>")),
        Post("Not applicable without a reason", Who.FocalPointFr, Save, 400, "Not applicable needs a reason", ("Input.Completion", "NotApplicable")),
        Post("Not applicable with a reason of spaces", Who.FocalPointFr, Save, 400, "Not applicable needs a reason",
            ("Input.Completion", "NotApplicable"), ("Input.NotApplicableReason", " \r\n\t ")),
        Post("Narrative of 20,001 characters", Who.FocalPointFr, Save, 400, "At most 20,000 characters fit in the narrative; this text has 20001.",
            ("Input.Narrative", Chars(20_001))),
        Post("Next steps of 10,001 characters", Who.FocalPointFr, Save, 400, "At most 10,000 characters fit in the next steps", ("Input.NextSteps", Chars(10_001))),
        Post("Challenges of 10,001 characters", Who.FocalPointFr, Save, 400, "At most 10,000 characters fit in the challenges", ("Input.Challenges", Chars(10_001))),
        Post("Reason of 2,001 characters", Who.FocalPointFr, Save, 400, "At most 2,000 characters fit in the reason",
            ("Input.Completion", "NotApplicable"), ("Input.NotApplicableReason", Chars(2_001))),
        Post("Narrative with a control character", Who.FocalPointFr, Save, 400, "There are invisible control characters in the narrative",
            ("Input.Narrative", "A unit\u0001 was set up.")),
        Post("Next steps with an escape character", Who.FocalPointFr, Save, 400, "There are invisible control characters in the next steps",
            ("Input.NextSteps", "\u001b[2JTrain the staff.")),
        Post("Challenges with a DEL character", Who.FocalPointFr, Save, 400, "There are invisible control characters in the challenges",
            ("Input.Challenges", "Budget\u007f cuts.")),
        Post("Reason with a C1 control character", Who.FocalPointFr, Save, 400, "There are invisible control characters in the reason",
            ("Input.Completion", "NotApplicable"), ("Input.NotApplicableReason", "Not affected\u0085.")),
        Post("Evidence with a bell character", Who.FocalPointFr, Save, 400, "There are invisible control characters in the evidence",
            ("Input.Evidence", "Annex\u0007 2")),
        Refused("Narrative with a NUL character", Who.FocalPointFr, Save, 400, ("Input.Narrative", "A unit\0 was set up.")),
        Post("Evidence javascript: link", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "javascript:alert(document.cookie)")),
        Post("Evidence javascript: link with a space and mixed case", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "JaVaScRiPt :alert(1)")),
        Post("Evidence data: link", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")),
        Post("Evidence vbscript: link", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "vbscript:msgbox(1)")),
        Post("Evidence mailto: link", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "mailto:fp@example.org")),
        Post("Evidence ftp: link", Who.FocalPointFr, Save, 400, NotAWebAddress, ("Input.Evidence", "ftp://example.org/report.pdf")),
        Post("Evidence link with no host", Who.FocalPointFr, Save, 400, "Evidence line 1 " + Incomplete, ("Input.Evidence", "https://")),
        Post("Evidence link with a space", Who.FocalPointFr, Save, 400, "Evidence line 1 " + Incomplete, ("Input.Evidence", "http://exa mple.org/report.pdf")),
        Post("Evidence link broken on the second line", Who.FocalPointFr, Save, 400, "Evidence line 2 " + Incomplete,
            ("Input.Evidence", "https://example.org/ok.pdf\nhttps://[broken/report.pdf")),
        Post("Evidence of 21 lines", Who.FocalPointFr, Save, 400, "List at most 20 links or references, one a line; there are 21.",
            ("Input.Evidence", string.Join('\n', Enumerable.Range(1, 21).Select(i => $"Annex {i}")))),
        Post("Evidence line of 501 characters", Who.FocalPointFr, Save, 400, "Evidence line 1 is longer than 500 characters (501).", ("Input.Evidence", Chars(501))),
        Post("Submitting a narrative of spaces only", Who.FocalPointFr, Submit, 409, "Describe what was done in the period before submitting.",
            ("Input.Narrative", "  \r\n  ")),
        Post("Submitting with no completion level", Who.FocalPointFr, Submit, 409, "Choose a completion level before submitting.", ("Input.Completion", "")),
        Post("Saving with the version of another report", Who.FocalPointFr, Targets.Report("fr-draft", "Save", versionOf: "fr-submitted"), 409,
            "Someone else saved this report while you were editing it"),
        Post("Saving with the version left out", Who.FocalPointFr, Save, 409, "Someone else saved this report while you were editing it", ("Input.Version", null)),
        Post("Saving with a version that is not a number", Who.FocalPointFr, Save, 400, "The value 'abc' is not valid", ("Input.Version", "abc")),
        Post("Saving with a negative version", Who.FocalPointFr, Save, 400, "The value '-1' is not valid", ("Input.Version", "-1")),
        Post("Saving a submitted report with a forged state field", Who.FocalPointFr, Targets.Report("fr-submitted", "Save"), 409,
            "This report is with the secretariat for review", ("State", "Draft"), ("Input.State", "Draft")),
        Post("Saving an approved report", Who.FocalPointFr, Targets.Report("fr-approved", "Save"), 409, "This report is approved and locked"),
        Post("Saving a report of the published cycle", Who.FocalPointFr, Targets.Report("fr-published", "Save"), 409, $"Cycle {PublishedCycle} is published and frozen"),
        Post("Carrying forward over a report with content", Who.FocalPointFr, Targets.Report("fr-draft", "CarryForward"), 409,
            "This report already has content; carrying forward would overwrite it."),
        Post("Carrying forward from nothing", Who.FocalPointFr, Targets.Report("fr-empty", "CarryForward"), 409, EnglishTexts.NothingToCarryForward),
        Get("Another member's report", Who.FocalPointFr, f => f.ReportUrl("de-draft"), 404),
        Refused("Saving another member's report", Who.FocalPointFr, Targets.Report("de-draft", "Save"), 404),
        Refused("Submitting another member's report", Who.FocalPointFr, Targets.Report("de-draft", "Submit"), 404),
        Refused("Carrying forward another member's report", Who.FocalPointFr, Targets.Report("de-draft", "CarryForward"), 404),
        Get("History of another member's report", Who.FocalPointFr, f => f.ReportUrl("de-draft") + "/history", 404),
        Get("Report that does not exist", Who.FocalPointFr, $"/reports/{UnknownReport}", 404),
        Refused("Saving a report that does not exist", Who.FocalPointFr, Targets.At($"/reports/{UnknownReport}?handler=Save"), 404, ("Input.Narrative", "Text.")),
        Refused("Saving report -1", Who.FocalPointFr, Targets.At("/reports/-1?handler=Save"), 404, ("Input.Narrative", "Text.")),
        Get("Report abc", Who.FocalPointFr, "/reports/abc", 404),
        Get("Report 99999999999, past the largest id", Who.FocalPointFr, "/reports/99999999999", 404),
        Refused("Report handler that does not exist", Who.FocalPointFr, Targets.At("/reports/1?handler=Delete"), 404),
        Get("Report form read by the secretariat", Who.Secretariat, f => f.ReportUrl("fr-draft"), 403),
        Refused("Report saved by an auditor", Who.Auditor, Targets.At("/reports/1?handler=Save"), 403, ("Input.Narrative", "Text.")),
        Post("Narrative of 3 MB, within the form limits", Who.FocalPointFr, Save, 400, "At most 20,000 characters fit in the narrative; this text has 3000000.",
            ("Input.Narrative", Chars(3_000_000))),
        Refused("Narrative of 5 MB, past the form limits", Who.FocalPointFr, Save, 400, ("Input.Narrative", Chars(5_000_000))),
        Refused("Form of 2,000 fields", Who.FocalPointFr, Save, 400, [.. Enumerable.Range(1, 2000).Select(i => ($"Input.Extra{i}", (string?)"x"))]),

        Refused("Sending reports in a cycle that does not exist", Who.FocalPointFr, Targets.SendReports, 404, ("cycle", UnknownCycle)),
        Refused("Sending reports in cycle 25-H1", Who.FocalPointFr, Targets.SendReports, 404, ("cycle", "25-H1")),
        Refused("Sending reports in a cycle named in SQL", Who.FocalPointFr, Targets.SendReports, 404, ("cycle", "'; DROP TABLE progress_reports; --")),
        Refused("Sending reports in a cycle named by a script tag", Who.FocalPointFr, Targets.SendReports, 404, ("cycle", "<script>alert(1)</script>")),
        Post("Sending reports in the published cycle", Who.FocalPointFr, Targets.SendReports, 409, $"Cycle {PublishedCycle} is published: reports can no longer be sent.",
            ("cycle", PublishedCycle)),
        Post("Sending no report", Who.FocalPointFr, Targets.SendReports, 400, "Tick at least one report to send.", ("Input.Send", null)),
        Post("Sending a report named by a word", Who.FocalPointFr, Targets.SendReports, 400, "The form was not understood.", ("Input.Send", "abc")),
        Post("Sending a report id past the largest", Who.FocalPointFr, Targets.SendReports, 400, "The form was not understood.", ("Input.Send", "99999999999")),
        Refused("Sending another member's report", Who.FocalPointFr, Targets.SendReportsOf("de-submitted"), 404),
        Refused("Sending reports as the secretariat", Who.Secretariat, Targets.SendReports, 403),
        Get("Sending page of a cycle that does not exist", Who.FocalPointFr, $"/reports/submit?cycle={UnknownCycle}", 404),
        Get("Sending page of cycle 2025-H3", Who.FocalPointFr, "/reports/submit?cycle=2025-H3", 404),
        Get("Sending page read by an auditor", Who.Auditor, "/reports/submit", 403),
        Post("Carrying forward into the planned cycle", Who.FocalPointFr, Targets.MyReports("CarryForward"), 409, $"Cycle {PlannedCycle} is not open yet",
            ("cycle", PlannedCycle)),
        Refused("My reports handler that does not exist", Who.FocalPointFr, Targets.MyReports("Delete"), 404),
        Get("My reports of cycle 2025-H3", Who.FocalPointFr, "/reports?cycle=2025-H3", 404),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_report_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
