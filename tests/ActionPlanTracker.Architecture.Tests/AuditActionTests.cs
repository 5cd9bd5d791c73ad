using System.Xml.Linq;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// The audit trail's actions come from one list (<see cref="AuditAction"/>): each has its words in English and French,
/// and each is produced by the application's code, so the list holds no action nothing records.
/// </summary>
public sealed class AuditActionTests
{
    public static TheoryData<AuditAction> Actions => [.. Enum.GetValues<AuditAction>()];

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_action_is_worded_in_both_languages(AuditAction action)
    {
        foreach (var language in new[] { "", ".fr" })
        {
            var file = RepositoryFiles.PathOf("src", "ActionPlanTracker.Web", "Pages", "Audit", $"AuditResources{language}.resx");
            var words = XDocument.Load(file).Root!.Elements("data").SingleOrDefault(d => (string?)d.Attribute("name") == $"Action.{action}");
            Assert.True(words is not null && ((string?)words.Element("value"))?.Trim().Length > 0, $"AuditResources{language}.resx has no Action.{action}.");
        }
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_action_is_produced_by_the_application(AuditAction action)
    {
        var declaration = RepositoryFiles.PathOf("src", "ActionPlanTracker.Domain", "Audit", "AuditAction.cs");
        var producers = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => f != declaration && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains($"AuditAction.{action}", StringComparison.Ordinal))
            .ToList();

        Assert.True(producers.Count > 0, $"Nothing in src records AuditAction.{action}.");
    }
}
