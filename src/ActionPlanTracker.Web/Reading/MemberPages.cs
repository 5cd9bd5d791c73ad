using System.Globalization;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// Members a page at a time, where a page shows a column or a row for every member: the G7 and the EU fit on one,
/// a coalition of eighty takes eight, so such a page costs the same whatever the number of members (bench/, 10×).
/// </summary>
public sealed record MemberPages(IReadOnlyList<MemberInfo> Shown, int Number, int Count, int Total)
{
    /// <summary>Members on one page: the eight of the plan with room to spare, and as many columns as a laptop's screen holds.</summary>
    public const int Size = 10;

    /// <summary>The query string's name for the page number.</summary>
    public const string Parameter = "page";

    public int First => Total == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int Last => First + Shown.Count - (Total == 0 ? 0 : 1);

    public bool IsPaged => Count > 1;

    public static int PageCount(int members) => Math.Max(1, (members + Size - 1) / Size);

    /// <summary>A page number as typed: blank means the first; otherwise a whole number from 1 to the number of pages.</summary>
    public static bool TryParse(string? asked, int members, out int number)
    {
        number = 1;
        return string.IsNullOrWhiteSpace(asked)
            || (int.TryParse(asked.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1 && number <= PageCount(members));
    }

    /// <summary>The page that holds the member with this code, or null when no member has it.</summary>
    public static int? PageOf(IReadOnlyList<MemberInfo> members, string? code)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (i / Size) + 1;
            }
        }

        return null;
    }

    public static MemberPages Of(IReadOnlyList<MemberInfo> members, int number) =>
        new([.. members.Skip((number - 1) * Size).Take(Size)], number, PageCount(members.Count), members.Count);

    /// <summary>The address of another page: this request's path and query string, with only the page number changed.</summary>
    public static string Link(HttpRequest request, int number)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new(Parameter, number.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
