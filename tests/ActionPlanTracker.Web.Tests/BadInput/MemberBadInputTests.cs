using System.Globalization;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The administrators' member and presidency forms: malformed codes and names, unknown members, stale versions, presidencies that cannot be.</summary>
public sealed class MemberBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string CodeShape = "A member code is two or three letters, such as UA.";
    private const string NameTooLong = "A name is at most 200 characters.";
    private const string OneLine = "A name is one line, without tabs or other control characters.";
    private const string Stale = "Someone changed this member while you were editing it.";
    private const string YearRange = "Enter a year between 1975 and 2100.";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("New member without a code", Who.Administrator, MemberTargets.Add, 400, "Enter the member's code.", ("Input.Code", "")),
        Post("New member coded with one letter", Who.Administrator, MemberTargets.Add, 400, CodeShape, ("Input.Code", "U")),
        Post("New member coded with four letters", Who.Administrator, MemberTargets.Add, 400, CodeShape, ("Input.Code", "UKRA")),
        Post("New member coded with a digit", Who.Administrator, MemberTargets.Add, 400, CodeShape, ("Input.Code", "U1")),
        Post("New member coded with an accented letter", Who.Administrator, MemberTargets.Add, 400, CodeShape, ("Input.Code", "ÉU")),
        Post("New member coded as a script tag", Who.Administrator, MemberTargets.Add, 400, CodeShape, ("Input.Code", "<script>alert(1)</script>")),
        Post("New member with the code of an existing one", Who.Administrator, MemberTargets.Add, 409, "There is already a member coded FR.", ("Input.Code", "fr")),
        Post("New member without a name", Who.Administrator, MemberTargets.Add, 400, "Enter the member's name.", ("Input.Name", "   ")),
        Post("New member name of 201 characters", Who.Administrator, MemberTargets.Add, 400, NameTooLong, ("Input.Name", Chars(201))),
        Post("New member name with a tab", Who.Administrator, MemberTargets.Add, 400, OneLine, ("Input.Name", "Ukr\taine")),
        Refused("New member name with a NUL character", Who.Administrator, MemberTargets.Add, 400, ("Input.Name", "Ukr\0aine")),
        Post("New member French name of 201 characters", Who.Administrator, MemberTargets.Add, 400, NameTooLong, ("Input.NameFr", Chars(201))),
        Post("New member without a place in tables", Who.Administrator, MemberTargets.Add, 400, "Enter the member's place in tables, such as 100.", ("Input.SortOrder", "")),
        Post("New member placed at -1", Who.Administrator, MemberTargets.Add, 400, "Enter a whole number from 0 to 9999.", ("Input.SortOrder", "-1")),
        Post("New member placed at 2,147,483,648", Who.Administrator, MemberTargets.Add, 400, "is not valid", ("Input.SortOrder", "2147483648")),
        Post("New member placed at ten", Who.Administrator, MemberTargets.Add, 400, "is not valid", ("Input.SortOrder", "ten")),
        Post("New member active 'maybe'", Who.Administrator, MemberTargets.Add, 400, "is not valid", ("Input.IsActive", "maybe")),
        Refused("New member added by the secretariat", Who.Secretariat, MemberTargets.Add, 403),
        Refused("New member added by a focal point", Who.FocalPointFr, MemberTargets.Add, 403),

        Post("Member name emptied", Who.Administrator, MemberTargets.Edit("DE"), 400, "Enter the member's name.", ("Input.Name", "")),
        Post("Member name with a line break", Who.Administrator, MemberTargets.Edit("DE"), 400, OneLine, ("Input.Name", "Germany\nFederal Republic")),
        Post("Member French name of 201 characters", Who.Administrator, MemberTargets.Edit("FR"), 400, NameTooLong, ("Input.NameFr", Chars(201))),
        Post("Member French name with a tab", Who.Administrator, MemberTargets.Edit("FR"), 400, OneLine, ("Input.NameFr", "La\tFrance")),
        Refused("Member French name saved by a focal point", Who.FocalPointFr, MemberTargets.Edit("FR"), 403, ("Input.NameFr", "République française")),
        Post("Member version of another time", Who.Administrator, MemberTargets.Edit("DE"), 409, Stale, ("Input.Version", "1"), ("Input.Name", "Deutschland")),
        Post("Member version left out", Who.Administrator, MemberTargets.Edit("DE"), 409, Stale, ("Input.Version", null), ("Input.Name", "Deutschland")),
        Post("Presidency holder made a coalition partner", Who.Administrator, MemberTargets.Edit("IT"), 409,
            "Italy held the G7 presidency (2024), so it stays a G7 member.", ("Input.IsG7Member", null)),
        Get("Member that does not exist", Who.Administrator, "/admin/members/XX/edit", 404),
        Refused("Saving a member that does not exist", Who.Administrator, MemberTargets.At("/admin/members/XX/edit"), 404, ("Input.Name", "Nowhere")),
        Refused("Member deactivated by an auditor", Who.Auditor, MemberTargets.Edit("FR"), 403, ("Input.IsActive", null)),
        Get("Members read by an auditor", Who.Auditor, "/admin/members", 403),

        Post("Presidency without a year", Who.Administrator, MemberTargets.Presidency, 400, "Enter the year, such as 2027.", ("PresidencyForm.Year", "")),
        Post("Presidency of 1900", Who.Administrator, MemberTargets.Presidency, 400, YearRange, ("PresidencyForm.Year", "1900")),
        Post("Presidency of 2101", Who.Administrator, MemberTargets.Presidency, 400, YearRange, ("PresidencyForm.Year", "2101")),
        Post("Presidency of year 'next'", Who.Administrator, MemberTargets.Presidency, 400, "is not valid", ("PresidencyForm.Year", "next")),
        Post("Presidency without a member", Who.Administrator, MemberTargets.Presidency, 400, "Choose the member that held the presidency.", ("PresidencyForm.MemberCode", "")),
        Post("Presidency of a member that does not exist", Who.Administrator, MemberTargets.Presidency, 400, "Choose a member from the list.", ("PresidencyForm.MemberCode", "XX")),
        Refused("Presidency recorded by the secretariat", Who.Secretariat, MemberTargets.Presidency, 403),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_member_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}

/// <summary>The member and presidency forms as they load, filled with values that would be saved.</summary>
public static class MemberTargets
{
    public static readonly Target Add = Target.Post("new member", _ => "/admin/members/add",
        ("Input.Code", "UA"), ("Input.Name", "Ukraine"), ("Input.NameFr", "Ukraine"), ("Input.SortOrder", "100"),
        ("Input.Reports", "true"), ("Input.IsActive", "true"));

    public static readonly Target Presidency = Target.Post("presidency", _ => "/admin/members?handler=Presidency",
        ("PresidencyForm.Year", "2031"), ("PresidencyForm.MemberCode", "US"));

    public static Target Edit(string code) => Target.Post($"member {code}", _ => $"/admin/members/{code}/edit", async f =>
    {
        await using var db = f.Factory.CreateDbContext();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Code == code);
        List<(string Name, string Value)> fields =
        [
            ("Input.Name", member.Name), ("Input.NameFr", member.NameFr ?? ""),
            ("Input.SortOrder", member.SortOrder.ToString(CultureInfo.InvariantCulture)),
            ("Input.Version", member.Version.ToString(CultureInfo.InvariantCulture)),
        ];
        fields.AddRange(new[] { ("Input.IsG7Member", member.IsG7Member), ("Input.Reports", member.Reports), ("Input.IsActive", member.IsActive) }
            .Where(flag => flag.Item2).Select(flag => (flag.Item1, "true")));
        return fields;
    });

    /// <summary>A form of valid values posted to an address that names nothing.</summary>
    public static Target At(string url) => Target.Post($"post to {url}", _ => url, ("Input.Name", "Nowhere"), ("Input.SortOrder", "1"), ("Input.Version", "1"));
}
