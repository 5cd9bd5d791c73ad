using System.Collections;
using System.Globalization;
using System.Resources;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>Every text exists in English and in French, under the same keys, and none is blank.</summary>
public sealed class ResourceParityTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    public static TheoryData<string> Resources() => [.. BaseNames()];

    [Fact]
    public void The_application_has_its_texts_in_resource_files() =>
        Assert.Contains("ActionPlanTracker.Web.Localization.SharedResources", BaseNames());

    private static IEnumerable<string> BaseNames() =>
        typeof(Program).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".resources", StringComparison.Ordinal))
            .Select(name => name[..^".resources".Length])
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Resources))]
    public void Each_resource_has_the_same_keys_in_English_and_French(string baseName)
    {
        var english = Texts(baseName, CultureInfo.InvariantCulture);
        var french = Texts(baseName, French);

        var onlyEnglish = english.Keys.Except(french.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyFrench = french.Keys.Except(english.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(onlyEnglish.Count == 0, $"{baseName}: keys without French text: {string.Join(", ", onlyEnglish)}");
        Assert.True(onlyFrench.Count == 0, $"{baseName}: keys without English text: {string.Join(", ", onlyFrench)}");

        var blank = english.Concat(french).Where(text => string.IsNullOrWhiteSpace(text.Value)).Select(text => text.Key).ToList();
        Assert.True(blank.Count == 0, $"{baseName}: blank texts: {string.Join(", ", blank)}");
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Placeholders_are_the_same_in_both_languages(string baseName)
    {
        var english = Texts(baseName, CultureInfo.InvariantCulture);
        var french = Texts(baseName, French);

        var different = english.Keys.Intersect(french.Keys)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(french[key])))
            .ToList();

        Assert.True(different.Count == 0, $"{baseName}: texts whose {{0}}-style placeholders differ between languages: {string.Join(", ", different)}");
    }

    private static Dictionary<string, string> Texts(string baseName, CultureInfo culture)
    {
        var manager = new ResourceManager(baseName, typeof(Program).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException($"{baseName} has no {(culture.Name.Length == 0 ? "English" : culture.Name)} resource file.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+(?:[,:][^}]*)?\}").Select(match => match.Value)];
}
