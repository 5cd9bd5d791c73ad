using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// A link or button named with <c>aria-label</c> keeps its visible words in that name, in English and in French
/// (WCAG 2.5.3, Label in Name): a person using speech input says what they see. "Open the report" named "Open
/// Canada's report" could not be said. Every view is read; the names and words come from its resources.
/// </summary>
public sealed partial class LabelInNameTests
{
    [Fact]
    public void Every_named_link_and_button_contains_its_visible_words_in_both_languages()
    {
        var pages = RepositoryFiles.PathOf("src", "ActionPlanTracker.Web", "Pages");
        var checkedCount = 0;
        var mismatches = new List<string>();
        foreach (var view in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(view);
            var variables = Variables().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["key"].Value);
            foreach (Match element in NamedElement().Matches(text))
            {
                var labelKey = KeyOf(element.Groups["label"].Value, variables);
                var visibleKey = KeyOf(element.Groups["content"].Value.Trim(), variables);
                if (labelKey is null || visibleKey is null)
                {
                    continue;
                }

                foreach (var language in new[] { "", ".fr" })
                {
                    var resources = Resources(view, pages, language);
                    var label = resources.GetValueOrDefault(labelKey) ?? throw new InvalidOperationException($"{view}: no resource {labelKey}{language}.");
                    var visible = resources.GetValueOrDefault(visibleKey) ?? throw new InvalidOperationException($"{view}: no resource {visibleKey}{language}.");
                    checkedCount++;
                    if (!label.Contains(visible, StringComparison.OrdinalIgnoreCase))
                    {
                        mismatches.Add($"{Path.GetRelativePath(pages, view)}{language}: named \"{label}\", shows \"{visible}\"");
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));

        // The views' named links and buttons are found and read, so the check cannot pass by finding nothing.
        Assert.True(checkedCount >= 16, $"Only {checkedCount} names were compared.");
    }

    /// <summary>The resource key an expression shows: <c>@T["Key", …]</c>, a variable holding <c>T["Key"]</c>, or a <c>string.Format</c> of one.</summary>
    private static string? KeyOf(string expression, Dictionary<string, string> variables)
    {
        var direct = Localized().Match(expression);
        if (direct.Success)
        {
            return direct.Groups["key"].Value;
        }

        var variable = Variable().Match(expression);
        return variable.Success && variables.TryGetValue(variable.Groups["name"].Value, out var key) ? key : null;
    }

    /// <summary>The resources of the localizer the view's nearest <c>_ViewImports.cshtml</c> injects as <c>T</c>.</summary>
    private static Dictionary<string, string> Resources(string view, string pages, string language)
    {
        for (var folder = Path.GetDirectoryName(view)!; folder.Length >= pages.Length; folder = Path.GetDirectoryName(folder)!)
        {
            var imports = Path.Combine(folder, "_ViewImports.cshtml");
            var localizer = File.Exists(imports) ? Localizer().Match(File.ReadAllText(imports)) : Match.Empty;
            if (localizer.Success)
            {
                var file = Directory.EnumerateFiles(pages, $"{localizer.Groups["type"].Value}{language}.resx", SearchOption.AllDirectories).Single();
                return XDocument.Load(file).Root!.Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
            }
        }

        throw new InvalidOperationException($"{view}: no _ViewImports.cshtml injects T.");
    }

    /// <summary>An a or button with an aria-label and nothing but an expression or text inside.</summary>
    [GeneratedRegex("""<(?<tag>a|button)\b[^>]*\baria-label="(?<label>@T\[[^\]]*\]|@string\.Format\([^)]*\)|@\w+|[^"]*)"[^>]*>(?<content>[^<]*)</\k<tag>>""")]
    private static partial Regex NamedElement();

    [GeneratedRegex(""""T\["(?<key>[^"]+)"""")]
    private static partial Regex Localized();

    [GeneratedRegex("""^@?(?:string\.Format\([^,]+,\s*)?(?<name>[a-zA-Z]\w*)\b(?!\[)""")]
    private static partial Regex Variable();

    [GeneratedRegex("""var (?<name>\w+) = T\["(?<key>[^"]+)"\](?:\.Value)?;""")]
    private static partial Regex Variables();

    [GeneratedRegex("""IStringLocalizer<(?<type>\w+)> T\b""")]
    private static partial Regex Localizer();
}
