using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The secretariat's indicator form, and the indicator values of the focal point's report form.</summary>
public sealed class IndicatorBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string NotANumber = "Officers trained: the total: write a number such as 12, 3.5 or 1,250, or leave it empty when it was not collected.";
    private static readonly Target New = Targets.NewIndicator;
    private static readonly Target Save = Targets.ReportWithIndicator("fr-draft", "Save");
    private static readonly Target Edit = Targets.EditIndicator;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Indicator name empty", Who.Secretariat, New, 400, "Name the indicator, such as \"Officers trained\".", ("Input.Name", "")),
        Post("Indicator name of spaces", Who.Secretariat, New, 400, "Name the indicator", ("Input.Name", "   ")),
        Post("Indicator name of 201 characters", Who.Secretariat, New, 400, "At most 200 characters fit in the name.", ("Input.Name", Chars(201))),
        Post("Indicator name with a control character", Who.Secretariat, New, 400, "There are invisible control characters in the name", ("Input.Name", "Officers\u0001")),
        Refused("Indicator name with a NUL character", Who.Secretariat, New, 400, ("Input.Name", "Officers\0")),
        Post("Indicator without a unit", Who.Secretariat, New, 400, "Give the unit, such as people, cases or %.", ("Input.Unit", null)),
        Post("Indicator definition of 4,001 characters", Who.Secretariat, New, 400, "At most 4,000 characters fit in the definition.", ("Input.Definition", Chars(4_001))),
        Post("Indicator kind Median", Who.Secretariat, New, 400, "Choose whether the indicator is a count, a sum or a rate.", ("Input.Kind", "Median")),
        Post("Indicator kind 2, the number behind Rate", Who.Secretariat, New, 400, "Choose whether the indicator is a count, a sum or a rate.", ("Input.Kind", "2")),
        Post("Indicator kind in lower case", Who.Secretariat, New, 400, "Choose whether the indicator is a count, a sum or a rate.", ("Input.Kind", "count")),
        Post("Indicator with one sex category", Who.Secretariat, New, 400, "List from 2 to 10 sex categories, one a line; there are 1.", ("Input.SexCategories", "Female")),
        Post("Indicator with 11 age groups", Who.Secretariat, New, 400, "List from 2 to 10 age group categories, one a line; there are 11.",
            ("Input.ByAge", "true"), ("Input.AgeGroups", string.Join('\n', Enumerable.Range(1, 11).Select(i => $"Group {i}")))),
        Post("Indicator with a category listed twice", Who.Secretariat, New, 400, "The sex category \"Male\" is listed twice.", ("Input.SexCategories", "Male\nFemale\nmale")),
        Post("Indicator with a category of 61 characters", Who.Secretariat, New, 400, "is longer than 60 characters.", ("Input.SexCategories", "Female\n" + Chars(61))),
        Post("Indicator by sex sent as a word", Who.Secretariat, New, 400, "is not valid", ("Input.BySex", "perhaps")),
        Post("Indicator edit with the name emptied", Who.Secretariat, Edit, 400, "Name the indicator, such as \"Officers trained\".", ("Input.Name", " ")),
        Post("Indicator edit with the unit of 51 characters", Who.Secretariat, Edit, 400, "At most 50 characters fit in the unit.", ("Input.Unit", Chars(51))),
        Post("Indicator edit with kind Median", Who.Secretariat, Edit, 400, "Choose whether the indicator is a count, a sum or a rate.", ("Input.Kind", "Median")),
        Post("Indicator edit with one age group", Who.Secretariat, Edit, 400, "List from 2 to 10 age group categories, one a line; there are 1.", ("Input.AgeGroups", "Unknown")),
        Post("Indicator edit with a definition holding a control character", Who.Secretariat, Edit, 400, "There are invisible control characters in the definition",
            ("Input.Definition", "Trained\u0007")),
        Post("Indicator edit with a version that is not a number", Who.Secretariat, Edit, 400, "is not valid", ("Input.Version", "latest")),
        Post("Indicator edit with a stale version", Who.Secretariat, Edit, 409, "Someone else changed this indicator while you were editing it.", ("Input.Version", "1")),
        Post("Indicator value not a number", Who.FocalPointFr, Save, 400, NotANumber, ("Input.Indicators[0].Total", "ten")),
        Post("Indicator value with an exponent", Who.FocalPointFr, Save, 400, NotANumber, ("Input.Indicators[0].Total", "1e5")),
        Post("Indicator value grouped in twos", Who.FocalPointFr, Save, 400, NotANumber, ("Input.Indicators[0].Total", "10 00")),
        Post("Indicator value of 41 characters", Who.FocalPointFr, Save, 400, NotANumber, ("Input.Indicators[0].Total", new string('1', 41))),
        Post("Indicator value above 100 trillion", Who.FocalPointFr, Save, 400, "Officers trained: the total must be below 100 trillion, with at most 4 decimals.",
            ("Input.Indicators[0].Total", "100000000000000000")),
        Post("Indicator value negative", Who.FocalPointFr, Save, 400, "Officers trained: the total cannot be negative.", ("Input.Indicators[0].Total", "-1")),
        Post("Indicator count with a fraction", Who.FocalPointFr, Save, 400, "Officers trained is a count: Female must be a whole number.", ("Input.Indicators[0].Values[0]", "2.5")),
        Post("Indicator part above the total", Who.FocalPointFr, Save, 400, "Officers trained: Male (11) is more than the total (10).", ("Input.Indicators[0].Values[1]", "11")),
        Post("Indicator parts adding up to more than the total", Who.FocalPointFr, Save, 400,
            "Officers trained: the sex values (Female 4 + Male 6 + Other or not recorded 1) add up to 11, more than the total of 10.", ("Input.Indicators[0].Values[2]", "1")),
        Post("Indicator breakdown without its total", Who.FocalPointFr, Save, 400, "Officers trained: a sex breakdown needs its total.", ("Input.Indicators[0].Total", "")),
        Post("Indicator of another commitment", Who.FocalPointFr, Save, 400, "This indicator is not one of the commitment's", ("Input.Indicators[0].Id", "999999")),
        Post("Indicator id that is not a number", Who.FocalPointFr, Save, 400, "This indicator is not one of the commitment's", ("Input.Indicators[0].Id", "one")),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
