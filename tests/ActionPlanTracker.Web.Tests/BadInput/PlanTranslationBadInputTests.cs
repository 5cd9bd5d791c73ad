using System.Globalization;
using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The administrators' forms for the French text of the plan: overlong or control-character text, unknown items, stale versions.</summary>
public sealed class PlanTranslationBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Stale = "Someone changed this French text since you opened this page";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Commitment French title of 201 characters", Who.Administrator, PlanTargets.Commitment("I.1"), 400,
            "A French title here is at most 200 characters.", ("Input.TitleFr", Chars(201))),
        Post("Commitment French title with a line break", Who.Administrator, PlanTargets.Commitment("I.1"), 400,
            "A title is one line", ("Input.TitleFr", "Enquêtes\nconjointes")),
        Post("Commitment French text of 4,001 characters", Who.Administrator, PlanTargets.Commitment("I.1"), 400,
            "A French text here is at most 4,000 characters.", ("Input.TextFr", Chars(4001))),
        Post("Commitment French text with an escape character", Who.Administrator, PlanTargets.Commitment("I.1"), 400,
            "The text cannot hold invisible control characters", ("Input.TextFr", "Renforcer\u001b[31m la coopération")),
        Refused("Commitment French text of 5 MB", Who.Administrator, PlanTargets.Commitment("I.1"), 400, ("Input.TextFr", Chars(5_000_000))),
        Post("Commitment version of another time", Who.Administrator, PlanTargets.Commitment("I.1"), 409, Stale,
            ("Input.Version", "1"), ("Input.TitleFr", "Enquêtes conjointes")),
        Post("Commitment version left out", Who.Administrator, PlanTargets.Commitment("I.1"), 409, Stale,
            ("Input.Version", null), ("Input.TitleFr", "Enquêtes conjointes")),
        Post("Commitment version that is not a number", Who.Administrator, PlanTargets.Commitment("I.1"), 400,
            "is not valid", ("Input.Version", "abc"), ("Input.TitleFr", "Enquêtes conjointes")),
        Get("Commitment that does not exist", Who.Administrator, "/admin/plans/g7-smuggling-of-migrants-2024/commitments/IX.99", 404),
        Refused("Saving a commitment that does not exist", Who.Administrator, PlanTargets.At("/admin/plans/g7-smuggling-of-migrants-2024/commitments/IX.99"), 404,
            ("Input.TitleFr", "Rien")),
        Post("Pillar French title of 301 characters", Who.Administrator, PlanTargets.Pillar(1), 400,
            "A French title here is at most 300 characters.", ("Input.TitleFr", Chars(301))),
        Refused("Pillar French lead sentence with a NUL character", Who.Administrator, PlanTargets.Pillar(1), 400, ("Input.TextFr", "Les membres\0 du G7")),
        Post("Pillar French lead sentence with a DEL character", Who.Administrator, PlanTargets.Pillar(1), 400,
            "The text cannot hold invisible control characters", ("Input.TextFr", "Les membres\u007f du G7")),
        Post("Pillar version of another time", Who.Administrator, PlanTargets.Pillar(1), 409, Stale, ("Input.Version", "1"), ("Input.TitleFr", "Prévention")),
        Get("Pillar that does not exist", Who.Administrator, "/admin/plans/g7-smuggling-of-migrants-2024/pillars/99", 404),
        Get("Pillar addressed by a word", Who.Administrator, "/admin/plans/g7-smuggling-of-migrants-2024/pillars/first", 404),
        Post("Priority French title with a bell character", Who.Administrator, PlanTargets.Priority(1), 400,
            "A title is one line", ("Input.TitleFr", "Priorité\u0007")),
        Post("Priority French text of 4,001 characters", Who.Administrator, PlanTargets.Priority(1), 400,
            "A French text here is at most 4,000 characters.", ("Input.TextFr", Chars(4001))),
        Refused("Saving a priority that does not exist", Who.Administrator, PlanTargets.At("/admin/plans/g7-smuggling-of-migrants-2024/priorities/99"), 404, ("Input.TitleFr", "Rien")),
        Refused("Commitment French text saved by the secretariat", Who.Secretariat, PlanTargets.Commitment("I.1"), 403, ("Input.TitleFr", "Enquêtes")),
        Get("French text of the plan read by an auditor", Who.Auditor, "/admin/plans/g7-smuggling-of-migrants-2024", 403),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_plan_translation_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}

/// <summary>The French text forms of the plan as they load: the French text entered so far (none) and the row's version.</summary>
public static class PlanTargets
{
    public static Target Pillar(int number) => Form($"pillar {number} in French", $"/admin/plans/g7-smuggling-of-migrants-2024/pillars/{number}", async db =>
    {
        var pillar = await db.Pillars.AsNoTracking().SingleAsync(p => p.Plan!.Key == CycleSeed.AdoptedPlan && p.Number == number);
        return [("Input.TitleFr", pillar.TitleFr ?? ""), ("Input.TextFr", pillar.LeadSentenceFr ?? ""), Version(pillar.Version)];
    });

    public static Target Priority(int number) => Form($"priority {number} in French", $"/admin/plans/g7-smuggling-of-migrants-2024/priorities/{number}", async db =>
    {
        var priority = await db.ActionPlans.AsNoTracking().Where(a => a.Key == CycleSeed.AdoptedPlan).SelectMany(a => a.Priorities).SingleAsync(p => p.Number == number);
        return [("Input.TitleFr", priority.TitleFr ?? ""), ("Input.TextFr", priority.TextFr ?? ""), Version(priority.Version)];
    });

    public static Target Commitment(string code) => Form($"commitment {code} in French", $"/admin/plans/g7-smuggling-of-migrants-2024/commitments/{code}", async db =>
    {
        var commitment = await db.Commitments.AsNoTracking().SingleAsync(c => c.Pillar!.Plan!.Key == CycleSeed.AdoptedPlan && c.Code == code);
        return [("Input.TitleFr", commitment.ShortTitleFr ?? ""), ("Input.TextFr", commitment.TextFr ?? ""), Version(commitment.Version)];
    });

    /// <summary>A form of valid values (an untouched title, a version) posted to an address that names nothing.</summary>
    public static Target At(string url) => Target.Post($"post to {url}", _ => url, ("Input.Version", "1"));

    private static Target Form(
        string name, string url, Func<ActionPlanDbContext, Task<IReadOnlyList<(string Name, string Value)>>> valid) =>
        Target.Post(name, _ => url, async f =>
        {
            await using var db = f.Factory.CreateDbContext();
            return await valid(db);
        });

    private static (string Name, string Value) Version(uint version) => ("Input.Version", version.ToString(CultureInfo.InvariantCulture));
}
