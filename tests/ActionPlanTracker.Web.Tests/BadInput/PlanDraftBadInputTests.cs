using System.Globalization;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// The administrators' plan-version pages: malformed keys and codes, lineage that cannot be (continuing a commitment of
/// the draft itself or of another plan), changes to an adopted plan, stale versions, drafts where only adopted plans go.
/// </summary>
public sealed class PlanDraftBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    /// <summary>The fixture's draft of the 2024 plan's next version.</summary>
    public const string NextVersion = "g7-bad-input-next";

    /// <summary>The fixture's draft of a new plan (pillar I with I.1 and I.2, no version before it).</summary>
    public const string NewPlan = "g7-bad-input-new";

    /// <summary>Drafts of new plans that a test may adopt, one each: ColumnLengthTests adopts them with the longest place and source.</summary>
    public static readonly string[] ToAdopt = ["g7-bad-input-adopt-place", "g7-bad-input-adopt-source"];

    private const string KeyShape = "Use lower-case letters, digits and single hyphens, starting with a letter, 100 characters at most.";
    private const string CodeShape = "Write the code as the plan does, such as I.7";
    private const string AdoptedPlan = "g7-smuggling-of-migrants-2024 is adopted: its commitments change only in a new version.";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("New plan without a key", Who.Administrator, PlanDraftTargets.NewPlan, 400, "Enter a key for the plan.", ("Input.Key", "")),
        Post("New plan keyed with capitals and spaces", Who.Administrator, PlanDraftTargets.NewPlan, 400, KeyShape, ("Input.Key", "G7 Plan")),
        Post("New plan keyed with a path", Who.Administrator, PlanDraftTargets.NewPlan, 400, KeyShape, ("Input.Key", "../admin")),
        Post("New plan key of 101 characters", Who.Administrator, PlanDraftTargets.NewPlan, 400, KeyShape, ("Input.Key", "p" + new string('x', 100))),
        Post("New plan with the key of an existing one", Who.Administrator, PlanDraftTargets.NewPlan, 409,
            "There is already a plan g7-smuggling-of-migrants-2024.", ("Input.Key", CycleSeed.AdoptedPlan)),
        Post("New plan without a title", Who.Administrator, PlanDraftTargets.NewPlan, 400, "Enter the plan's title.", ("Input.Title", " ")),
        Post("New plan title with a line break", Who.Administrator, PlanDraftTargets.NewPlan, 400, "A title is one line", ("Input.Title", "Plan\non fraud")),
        Post("New plan title of 301 characters", Who.Administrator, PlanDraftTargets.NewPlan, 400, "A title here is at most 300 characters.", ("Input.Title", Chars(301))),
        Post("New plan French title of 301 characters", Who.Administrator, PlanDraftTargets.NewPlan, 400,
            "A French title here is at most 300 characters.", ("Input.TitleFr", Chars(301))),
        Post("New plan adopted by nobody", Who.Administrator, PlanDraftTargets.NewPlan, 400, "Enter who adopts the plan.", ("Input.AdoptedBy", "")),
        Refused("New plan entered by the secretariat", Who.Secretariat, PlanDraftTargets.NewPlan, 403),

        Post("Next version of a plan that has one", Who.Administrator, PlanDraftTargets.Next(CycleSeed.AdoptedPlan), 409,
            $"g7-smuggling-of-migrants-2024 already has a next version, {NextVersion}"),
        Refused("Next version of a draft", Who.Administrator, PlanDraftTargets.Next(NewPlan), 404),
        Refused("Next version of a plan that does not exist", Who.Administrator, PlanDraftTargets.Next("g7-no-such-plan"), 404),
        Refused("Next version drafted by an auditor", Who.Auditor, PlanDraftTargets.Next(CycleSeed.AdoptedPlan), 403),

        Post("Commitment added to a pillar that does not exist", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 409,
            "There is no pillar IX in this draft.", ("NewCommitment.Pillar", "IX")),
        Post("Commitment added without a code", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400,
            "Enter the commitment's code.", ("NewCommitment.Code", "")),
        Post("Commitment coded with a space", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400, CodeShape, ("NewCommitment.Code", "I 9")),
        Post("Commitment coded as a script tag", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400, CodeShape,
            ("NewCommitment.Code", "<script>")),
        Post("Commitment code of 11 characters", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400, CodeShape,
            ("NewCommitment.Code", "IIII.1234.5")),
        Post("Commitment with the code of another of the draft", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 409,
            "g7-bad-input-next already has a commitment I.1.", ("NewCommitment.Code", "i.1")),
        Post("Commitment continuing one the version before does not have", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 409,
            "There is no commitment IX.9 to choose.", ("NewCommitment.Continues", "IX.9")),
        Post("Commitment of a new plan continuing one of its own draft (a lineage cycle)", Who.Administrator, PlanDraftTargets.AddCommitment(NewPlan), 409,
            "There is no commitment I.2 to choose.", ("NewCommitment.Continues", "I.2")),
        Post("Commitment of a new plan continuing one of another plan", Who.Administrator, PlanDraftTargets.AddCommitment(NewPlan), 409,
            "There is no commitment V.1 to choose.", ("NewCommitment.Continues", "V.1")),
        Post("Commitment text of 4,001 characters", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400,
            "A text here is at most 4,000 characters.", ("NewCommitment.Text", Chars(4001))),
        Post("Commitment text with an escape character", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400,
            "The text cannot hold invisible control characters", ("NewCommitment.Text", "Share\u001b[31m data.")),
        Post("Commitment short title of 201 characters", Who.Administrator, PlanDraftTargets.AddCommitment(NextVersion), 400,
            "A title here is at most 200 characters.", ("NewCommitment.ShortTitle", Chars(201))),
        Post("Commitment added to an adopted plan", Who.Administrator, PlanDraftTargets.AddCommitment(CycleSeed.AdoptedPlan), 409, AdoptedPlan),
        Refused("Commitment added to a plan that does not exist", Who.Administrator, PlanDraftTargets.AddCommitment("g7-no-such-plan"), 404),
        Refused("Commitment added by the secretariat", Who.Secretariat, PlanDraftTargets.AddCommitment(NextVersion), 403),

        Post("Merge of one commitment", Who.Administrator, PlanDraftTargets.Merge, 400, "Choose at least two commitments to merge.", ("Merging.Merged", "I.1")),
        Post("Merge of a commitment the draft does not have", Who.Administrator, PlanDraftTargets.MergeOf("I.1", "IX.9"), 409,
            "There is no commitment IX.9 to choose."),
        Post("Retirement of a commitment the draft does not have", Who.Administrator, PlanDraftTargets.Retire("IX.9"), 409,
            "There is no commitment IX.9 to choose."),
        Post("Retirement from an adopted plan", Who.Administrator, PlanDraftTargets.RetireFrom(CycleSeed.AdoptedPlan, "I.1"), 409, AdoptedPlan),
        Post("Pillar added without a title", Who.Administrator, PlanDraftTargets.AddPillar, 400, "Enter the pillar's title.", ("NewPillar.Title", "")),
        Post("Priority added without a text", Who.Administrator, PlanDraftTargets.AddPriority, 400, "Enter the priority's text.", ("NewPriority.Text", "")),
        Post("Adopted plan discarded", Who.Administrator, PlanDraftTargets.Discard(CycleSeed.AdoptedPlan), 409, AdoptedPlan),

        Post("Reword without a text", Who.Administrator, PlanDraftTargets.Reword("I.1"), 400, "Enter the commitment's text.", ("Wording.Text", "")),
        Post("Reword over a change made meanwhile", Who.Administrator, PlanDraftTargets.Reword("I.1"), 409,
            "Someone changed this commitment since you opened this page", ("Wording.Version", "1")),
        Refused("Reword of a commitment of an adopted plan", Who.Administrator,
            PlanDraftTargets.At($"/admin/plans/{CycleSeed.AdoptedPlan}/draft/I.1"), 404, ("Wording.Text", "New words.")),
        Refused("Reword of a commitment the draft does not have", Who.Administrator, PlanDraftTargets.At($"/admin/plans/{NextVersion}/draft/IX.9"), 404),
        Post("Split into one commitment", Who.Administrator, PlanDraftTargets.Split("I.1"), 400, "Fill in at least two commitments to split into.",
            ("Parts[1].Code", ""), ("Parts[1].ShortTitle", ""), ("Parts[1].Text", "")),
        Post("Split into two commitments of the same code", Who.Administrator, PlanDraftTargets.Split("I.1"), 400,
            "Two parts have the code I.9: give each its own.", ("Parts[0].Code", "I.9")),
        Post("Split into a code another commitment has", Who.Administrator, PlanDraftTargets.Split("I.1"), 409,
            "g7-bad-input-next already has a commitment I.2.", ("Parts[1].Code", "I.2")),

        Post("Adoption without a place", Who.Administrator, PlanDraftTargets.Adopt, 400, "Enter where the plan was adopted.", ("Input.AdoptedAt", "")),
        Post("Adoption on the 30th of February", Who.Administrator, PlanDraftTargets.Adopt, 400, "Enter a date such as 2024-10-02.", ("Input.MeetingStart", "2027-02-30")),
        Post("Adoption at a meeting ending before it starts", Who.Administrator, PlanDraftTargets.Adopt, 400,
            "The meeting cannot end before it starts.", ("Input.MeetingEnd", "2027-05-01")),
        Post("Adoption at a place of 301 characters", Who.Administrator, PlanDraftTargets.Adopt, 400, "A title here is at most 300 characters.", ("Input.AdoptedAt", Chars(301))),
        Post("Adoption with a source of 1,001 characters", Who.Administrator, PlanDraftTargets.Adopt, 400, "A text here is at most 1,000 characters.", ("Input.Source", Chars(1001))),
        Refused("Adoption by the secretariat", Who.Secretariat, PlanDraftTargets.Adopt, 403),

        Refused("Report saved by the focal point of a member no longer reporting", Who.FocalPointRetired, Targets.Report("retired-open", "Save"), 403),
        Refused("Report submitted by the focal point of a member no longer reporting", Who.FocalPointRetired, Targets.Report("retired-open", "Submit"), 403),

        Post("Cycle on a draft plan", Who.Secretariat, Targets.NewCycle, 400,
            "One of the plans chosen is not an adopted plan. Choose among the plans listed.", ("Input.Plans", NextVersion)),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_input_is_refused_with_a_clear_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}

/// <summary>The plan-version forms, each with values that would pass.</summary>
public static class PlanDraftTargets
{
    public static Target NewPlan { get; } = Target.Post("new plan", _ => "/admin/plans/new",
        ("Input.Key", "g7-bad-input-entered"), ("Input.Title", "Plan on fraud"), ("Input.AdoptedBy", "G7 Interior and Security Ministers"));

    public static Target Merge { get; } = MergeOf("I.1", "I.2");

    public static Target AddPillar { get; } = Target.Post("new pillar", _ => $"/admin/plans/{PlanDraftBadInputTests.NextVersion}/draft?handler=AddPillar",
        ("NewPillar.Title", "Returns"), ("NewPillar.Text", "G7 members will:"));

    public static Target AddPriority { get; } = Target.Post("new priority", _ => $"/admin/plans/{PlanDraftBadInputTests.NextVersion}/draft?handler=AddPriority",
        ("NewPriority.Title", "Victims first."), ("NewPriority.Text", "Protect the people smuggled."));

    public static Target Adopt { get; } = AdoptOf(PlanDraftBadInputTests.NextVersion);

    public static Target AdoptOf(string plan) => Target.Post($"adoption of {plan}", _ => $"/admin/plans/{plan}/adopt",
        ("Input.Title", "Revised plan"), ("Input.AdoptedBy", "G7 Interior and Security Ministers"), ("Input.AdoptedAt", "Ottawa, Canada"),
        ("Input.MeetingStart", "2027-05-03"), ("Input.MeetingEnd", "2027-05-04"));

    public static Target MergeOf(string first, string second) => Target.Post($"merge of {first} and {second}",
        _ => $"/admin/plans/{PlanDraftBadInputTests.NextVersion}/draft?handler=Merge",
        ("Merging.Merged", first), ("Merging.Merged", second), ("Merging.Code", "I.1"), ("Merging.ShortTitle", "Both"), ("Merging.Text", "Both at once."));

    public static Target Next(string plan) => Target.Post($"next version of {plan}", _ => $"/admin/plans/{plan}/next", ("Input.Key", "g7-bad-input-later"));

    public static Target AddCommitment(string plan) => Target.Post($"new commitment in {plan}", _ => $"/admin/plans/{plan}/draft?handler=AddCommitment",
        ("NewCommitment.Pillar", "I"), ("NewCommitment.Code", "I.9"), ("NewCommitment.ShortTitle", "Data"), ("NewCommitment.Text", "Share data."));

    public static Target Retire(string code) => RetireFrom(PlanDraftBadInputTests.NextVersion, code);

    public static Target RetireFrom(string plan, string code) => Target.Post($"retirement of {code} from {plan}", _ => $"/admin/plans/{plan}/draft?handler=Retire", ("code", code));

    public static Target Discard(string plan) => Target.Post($"discarding {plan}", _ => $"/admin/plans/{plan}/draft?handler=Discard");

    public static Target Reword(string code) => Target.Post($"rewording {code}", _ => $"/admin/plans/{PlanDraftBadInputTests.NextVersion}/draft/{code}", async f =>
    {
        await using var db = f.Factory.CreateDbContext();
        var version = await db.Commitments.Where(c => c.Pillar!.Plan!.Key == PlanDraftBadInputTests.NextVersion && c.Code == code).Select(c => c.Version).SingleAsync();
        return [("Wording.ShortTitle", "New words"), ("Wording.Text", "Do it in new words."), ("Wording.Version", version.ToString(CultureInfo.InvariantCulture))];
    });

    public static Target Split(string code) => Target.Post($"splitting {code}", _ => $"/admin/plans/{PlanDraftBadInputTests.NextVersion}/draft/{code}?handler=Split",
        ("Parts[0].Code", "I.1"), ("Parts[0].ShortTitle", "One half"), ("Parts[0].Text", "The first half."),
        ("Parts[1].Code", "I.9"), ("Parts[1].ShortTitle", "Other half"), ("Parts[1].Text", "The second half."));

    /// <summary>A reword of valid values posted to an address that names nothing to reword.</summary>
    public static Target At(string url) => Target.Post($"post to {url}", _ => url, ("Wording.ShortTitle", "New words"), ("Wording.Text", "Do it in new words."), ("Wording.Version", "1"));
}
