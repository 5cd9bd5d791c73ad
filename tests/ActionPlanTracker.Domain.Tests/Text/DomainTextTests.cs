using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Domain.Tests.Text;

/// <summary>The domain's words and refusals exist in English and French, and every key the domain asks for is there.</summary>
public sealed partial class DomainTextTests
{
    private static readonly ResourceManager Resources = new("ActionPlanTracker.Domain.DomainText", typeof(DomainText).Assembly);

    [Fact]
    public void English_and_French_have_the_same_keys_and_no_blank_text()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var french = Texts(CultureInfo.GetCultureInfo("fr"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(english.Concat(french), text => string.IsNullOrWhiteSpace(text.Value));
        Assert.All(english.Keys, key => Assert.Equal(Placeholders(english[key]), Placeholders(french[key])));
    }

    [Fact]
    public void Every_key_the_domain_asks_for_exists()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var asked = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "ActionPlanTracker.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => KeyUse().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(asked.Count > 50, $"Only {asked.Count} keys found: the scan is broken.");
        Assert.DoesNotContain(asked, key => !english.ContainsKey(key));
    }

    [Fact]
    public void Every_value_of_every_scale_has_a_name_in_both_languages()
    {
        foreach (var culture in new[] { "en-GB", "fr" })
        {
            var names = InCulture(culture, () =>
                Enum.GetValues<Completion>().Select(v => v.Label())
                    .Concat(Enum.GetValues<ReviewState>().Select(v => v.Label()))
                    .Concat(Enum.GetValues<ChangeSincePreviousCycle>().Select(v => v.Label()))
                    .Concat(Enum.GetValues<CycleState>().Select(v => v.Label()))
                    .Concat(Enum.GetValues<IndicatorKind>().Select(v => v.Label()))
                    .Concat(Enum.GetValues<Disaggregation>().Select(v => v.Label()))
                    .Concat(Roles.All.Select(Roles.Label))
                    .Append(((Completion?)null).Label())
                    .ToList());

            Assert.DoesNotContain(names, name => name.Contains('.', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(name));
        }
    }

    [Fact]
    public void Names_and_refusals_follow_the_current_language()
    {
        Assert.Equal("Substantiel", InCulture("fr", () => Completion.Substantial.Label()));
        Assert.Equal("Substantial", InCulture("en-GB", () => Completion.Substantial.Label()));
        Assert.Equal("Aucun rapport", InCulture("fr", () => ((Completion?)null).Label()));

        var french = InCulture("fr", () => Assert.Throws<DomainRuleException>(() => CycleCode.Parse("2025-H3")).Message);
        var english = InCulture("en-GB", () => Assert.Throws<DomainRuleException>(() => CycleCode.Parse("2025-H3")).Message);
        Assert.Equal("« 2025-H3 » n’est pas un nom de cycle : écrivez l’année et le semestre, par exemple 2025-H1.", french);
        Assert.Equal("\"2025-H3\" is not a cycle name: write the year and the half, such as 2025-H1.", english);
    }

    [Fact]
    public void Numbers_in_messages_are_written_as_the_reader_writes_them()
    {
        Assert.Equal("1,234.5", InCulture("en-GB", () => Indicator.Format(1234.5m)));
        Assert.Equal("1\u202f234,5", InCulture("fr", () => Indicator.Format(1234.5m)));
    }

    private static T InCulture<T>(string name, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"No {culture.Name} resources."))
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "", StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ActionPlanTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"DomainText\.(?:Get|Format)\(""([A-Za-z.]+)""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
