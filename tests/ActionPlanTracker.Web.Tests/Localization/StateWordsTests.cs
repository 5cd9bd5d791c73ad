using System.Xml.Linq;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// One word per state on every page, in both languages: a commitment with nothing written is "No report" ("Aucun
/// rapport"), a report being written is "Draft" ("Brouillon"). The synonyms once used for them stay retired.
/// </summary>
public sealed class StateWordsTests
{
    private static readonly (string Language, string Pattern)[] Retired =
    [
        ("en", @"\bNo content\b"),
        ("en", @"\bDraft with content\b"),
        ("en", @"\bMissing reports?\b"),
        ("en", @"^Missing$"),
        ("en", @"\ba missing report\b"),
        ("fr", @"\bSans contenu\b"),
        ("fr", @"\bBrouillons? avec contenu\b"),
        ("fr", @"\brapports? manquants?\b"),
        ("fr", @"^Manquants?$"),
    ];

    [Fact]
    public void No_resource_of_either_language_names_a_state_by_a_retired_synonym()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 10, "The resource files were not found.");

        var found = (
            from file in files
            let language = file.EndsWith(".fr.resx", StringComparison.Ordinal) ? "fr" : "en"
            from data in XDocument.Load(file).Root!.Elements("data")
            let value = data.Element("value")?.Value ?? ""
            from retired in Retired.Where(r => r.Language == language)
            where System.Text.RegularExpressions.Regex.IsMatch(value, retired.Pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            select $"{Path.GetFileName(file)} {data.Attribute("name")!.Value}: \"{value}\"")
            .ToList();

        Assert.True(found.Count == 0, "Retired words for a state:\n" + string.Join('\n', found));
        // The words that replace them are read from the same values: the scan sees what the pages print.
        var values = files.SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => d.Element("value")?.Value)).ToList();
        Assert.Contains("No report", values);
        Assert.Contains("Aucun rapport", values);
    }
}
