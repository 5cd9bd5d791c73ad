using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Indicators;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Numbers;

/// <summary>
/// Every number a person types is read in their language: a French "2,5" is two and a half, never twenty-five; what
/// could be read two ways is refused with the field's message and nothing already stored changes.
/// </summary>
public sealed partial class NumbersInTheReadersLanguageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    public static TheoryData<string, IndicatorKind, string, string> Stored => new()
    {
        { "fr", IndicatorKind.Rate, "2,5", "2.5" },
        { "fr", IndicatorKind.Sum, "1 250,75", "1250.75" },
        { "fr", IndicatorKind.Count, "1\u202F250", "1250" },
        { "en-GB", IndicatorKind.Rate, "2.5", "2.5" },
        { "en-GB", IndicatorKind.Count, "1,250", "1250" },
    };

    [Theory]
    [MemberData(nameof(Stored))]
    public async Task A_total_and_its_parts_are_stored_as_the_reader_wrote_them(string language, IndicatorKind kind, string typed, string expected)
    {
        var (id, indicator, client) = await ReportWithIndicatorAsync(language, kind);

        using var response = await PostAsync(client, id, "Save", Form(indicator, typed, typed, ""));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var value = Assert.Single(await Factory.ValuesAsync(id));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Total);
        Assert.Equal(value.Total, value.Parts.Single().Value);
    }

    public static TheoryData<string, IndicatorKind, string> Refused => new()
    {
        { "fr", IndicatorKind.Rate, "3.5" },
        { "fr", IndicatorKind.Count, "1.500" },
        { "fr", IndicatorKind.Sum, "12,34,5" },
        { "en-GB", IndicatorKind.Rate, "2,5" },
        { "en-GB", IndicatorKind.Count, "12,34,5" },
        { "en-GB", IndicatorKind.Sum, "1,2345" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task What_could_be_read_two_ways_is_refused_and_the_stored_value_kept(string language, IndicatorKind kind, string typed)
    {
        var (id, indicator, client) = await ReportWithIndicatorAsync(language, kind);
        await Factory.RecordAsync(id, indicator, new IndicatorReading(7, []));

        using var total = await PostAsync(client, id, "Save", Form(indicator, typed));
        using var part = await PostAsync(client, id, "Save", Form(indicator, "7", typed));

        foreach (var response in new[] { total, part })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(language == "fr" ? "saisissez un nombre, par exemple" : "write a number such as 12, 3.5 or 1,250", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{Html.Encode(typed)}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal([7m], (await Factory.ValuesAsync(id)).Select(v => v.Total!.Value));
    }

    [Fact]
    public async Task A_French_decimal_on_a_count_is_refused_as_not_whole_not_multiplied()
    {
        var (id, indicator, client) = await ReportWithIndicatorAsync("fr", IndicatorKind.Count);

        using var response = await PostAsync(client, id, "Save", Form(indicator, "2,5"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("doit être un nombre entier", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Factory.ValuesAsync(id));
    }

    [Theory]
    [InlineData("fr", "2,5")]
    [InlineData("en-GB", "2.5")]
    public async Task The_form_shows_a_stored_value_back_as_the_reader_writes_it_and_saving_it_again_changes_nothing(string language, string shown)
    {
        var (id, indicator, client) = await ReportWithIndicatorAsync(language, IndicatorKind.Rate);
        await Factory.RecordAsync(id, indicator, new IndicatorReading(2.5m, []));

        var html = await client.GetStringAsync($"/reports/{id}");
        Assert.Contains($"value=\"{shown}\"", html, StringComparison.Ordinal);
        using var again = await PostAsync(client, id, "Save", Form(indicator, shown));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([2.5m], (await Factory.ValuesAsync(id)).Select(v => v.Total!.Value));
    }

    /// <summary>
    /// The class, not the instance: every field a page renders for a number is one this class posts to, and no page
    /// binds a fractional number itself (model binding would read it in the server's way, not the reader's).
    /// </summary>
    [Fact]
    public void Every_number_field_of_every_form_is_read_by_the_typed_number_rules()
    {
        var fields = Directory.GetFiles(RepositoryFiles.PathOf("src", "ActionPlanTracker.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => NumberInput().Matches(File.ReadAllText(file)).Select(m => m.Groups["for"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Input.Indicators[i].Total", "Input.Indicators[i].Values[j]"], fields);

        var fractional = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null)
                .SelectMany(p => BoundNumbers(p.PropertyType, $"{t.Name}.{p.Name}", depth: 0)))
            .ToList();
        Assert.Empty(fractional);
    }

    private static IEnumerable<string> BoundNumbers(Type type, string path, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(decimal) || plain == typeof(double) || plain == typeof(float))
        {
            return [path];
        }

        if (depth > 3 || plain.IsPrimitive || plain == typeof(string) || plain.IsEnum || !plain.IsClass || plain.Namespace?.StartsWith("ActionPlanTracker", StringComparison.Ordinal) != true)
        {
            var element = plain.IsGenericType ? plain.GetGenericArguments().FirstOrDefault() : null;
            return element is null || depth > 3 ? [] : BoundNumbers(element, path + "[]", depth + 1);
        }

        return plain.GetProperties().SelectMany(p => BoundNumbers(p.PropertyType, $"{path}.{p.Name}", depth + 1));
    }

    private async Task<(int Id, int Indicator, HttpClient Client)> ReportWithIndicatorAsync(string language, IndicatorKind kind)
    {
        var cycle = $"{2300 + Interlocked.Increment(ref _cycles)}-H1";
        await Factory.OpenCycleAsync(cycle);
        var indicator = await Factory.DefineIndicatorAsync("II.1", $"Measure {_cycles}", kind, bySex: false, byAge: true);
        var id = await Factory.ReportIdAsync(cycle, "FR", "II.1");
        var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return (id, indicator, client);
    }

    private static int _cycles;

    private static (string, string)[] Form(int indicatorId, string total, params string[] parts) =>
    [
        ("Input.Completion", "Limited"), ("Input.Narrative", "Numbers entered."),
        ("Input.Indicators[0].Id", indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Indicators[0].Total", total),
        .. parts.Select((v, j) => ($"Input.Indicators[0].Values[{j}]", v)),
    ];

    [GeneratedRegex("<input[^>]*asp-for=\"(?<for>[^\"]+)\"[^>]*(inputmode=\"decimal\"|type=\"number\")")]
    private static partial Regex NumberInput();
}
