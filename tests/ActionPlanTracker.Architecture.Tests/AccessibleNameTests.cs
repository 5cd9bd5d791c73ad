using System.Text.RegularExpressions;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// An accessible name (aria-label, aria-labelledby) only where ARIA allows one: a paragraph, a span or a div without a
/// role is named by nothing a screen reader announces (ARIA 1.2 prohibits naming them), so every view is read for it.
/// </summary>
public sealed partial class AccessibleNameTests
{
    [Fact]
    public void No_view_names_an_element_that_cannot_be_named()
    {
        var views = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "ActionPlanTracker.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);

        var misnamed = views
            .SelectMany(view => Unnameable().Matches(File.ReadAllText(view)).Select(m => $"{Path.GetFileName(view)}: {m.Value}"))
            .ToList();

        Assert.True(misnamed.Count == 0, string.Join('\n', misnamed));
    }

    /// <summary>An opening p, span or div tag with aria-label(ledby) and no role attribute.</summary>
    [GeneratedRegex("""<(p|span|div)\b(?![^>]*\brole=)[^>]*\baria-label(ledby)?=[^>]*>""")]
    private static partial Regex Unnameable();
}
