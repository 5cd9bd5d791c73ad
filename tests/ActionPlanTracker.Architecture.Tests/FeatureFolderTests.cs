using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// Each top-level folder under <c>Pages</c> is a feature: a slice that may use the shared read model
/// (<c>ActionPlanTracker.Web.Reading</c>), the shared partials (<c>Pages/Shared</c>), the root of <c>Pages</c> and the
/// application's modules (Security, Localization, Documents…), never another feature. Page models are checked by
/// namespace and the compiled Razor views by their generated names (<c>Pages_Reports_Edit</c>), so a
/// <c>@using</c> or a partial that reaches into another feature fails too.
/// </summary>
public sealed class FeatureFolderTests
{
    private const string Pages = "ActionPlanTracker.Web.Pages";

    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>The features, read from the assembly itself: every namespace one level below Pages, but Shared.</summary>
    private static readonly string[] FeatureNames = [.. Web.GetTypes()
        .Select(type => type.Namespace)
        .OfType<string>()
        .Where(ns => ns.StartsWith(Pages + ".", StringComparison.Ordinal))
        .Select(ns => ns[(Pages.Length + 1)..].Split('.')[0])
        .Where(name => name != "Shared")
        .Distinct()
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Features => [.. FeatureNames];

    [Fact]
    public void The_features_are_found()
    {
        Assert.Superset(new HashSet<string>(["Reports", "Review", "Dashboard", "Cycles", "Summary", "Audit", "Admin", "Import"]), new HashSet<string>(FeatureNames));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void A_feature_uses_no_other_feature(string feature)
    {
        var others = FeatureNames.Where(name => name != feature).Select(name => $"{Pages}.{name}").ToArray();
        var ownTypes = Types.InAssembly(Web).That().ResideInNamespace($"{Pages}.{feature}").Or().HaveNameStartingWith($"Pages_{feature}_");
        Assert.NotEmpty(ownTypes.GetTypes());

        var result = ownTypes.ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{feature} uses another feature in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Nothing_outside_the_features_uses_a_feature()
    {
        var features = string.Join('|', FeatureNames.Select(Regex.Escape));
        var outside = Types.InAssembly(Web).That()
            .DoNotResideInNamespaceMatching($@"^{Regex.Escape(Pages)}\.({features})(\.|$)")
            .And().DoNotHaveNameMatching($"^Pages_({features})_");
        Assert.Contains(outside.GetTypes(), type => type.Namespace == "ActionPlanTracker.Web.Reading");

        var result = outside.ShouldNot().HaveDependencyOnAny([.. FeatureNames.Select(name => $"{Pages}.{name}")]).GetResult();

        Assert.True(result.IsSuccessful, $"Shared code that uses a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
