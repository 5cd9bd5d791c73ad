using System.IO.Enumeration;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// Production carries the application and what it runs on, and nothing of the tests, the benchmarks or the development
/// mail capture: those are loaded into the application only by the test host, the benchmark runner or <c>dotnet run</c>.
/// </summary>
public sealed class PublishedOutputTests(PublishedOutput published) : IClassFixture<PublishedOutput>
{
    private static readonly string[] Forbidden =
    [
        "*Tests.dll", "ActionPlanTracker.Testing.dll", "ActionPlanTracker.Bench*.dll", "ActionPlanTracker.DevelopmentMail.dll",
        "Microsoft.Playwright*.dll", "Deque.AxeCore*.dll", "xunit*.dll", "Testcontainers*.dll", "netDumbster.dll",
    ];

    [Fact]
    public void The_application_and_its_private_database_launcher_are_published()
    {
        Assert.Contains("ActionPlanTracker.LocalDatabase.dll", published.Assemblies);
        Assert.Contains("ActionPlanTracker.Data.dll", published.Assemblies);
        Assert.Contains("Npgsql.dll", published.Assemblies);
    }

    [Fact]
    public void No_test_benchmark_or_mail_capture_assembly_is_published()
    {
        var found = published.Assemblies
            .Where(file => Forbidden.Any(pattern => FileSystemName.MatchesSimpleExpression(pattern, file)));

        Assert.Empty(found);
    }

    [Fact]
    public void The_benchmarks_baseline_page_is_not_published()
    {
        // The project's own assemblies, as built beside these tests from the same sources.
        var assemblies = published.Assemblies.Where(file => file.StartsWith("ActionPlanTracker.", StringComparison.Ordinal)).ToList();
        Assert.Contains("ActionPlanTracker.Web.dll", assemblies);
        foreach (var name in assemblies)
        {
            var assembly = Path.Combine(AppContext.BaseDirectory, name);
            var fortunes = TypeNames(assembly).Where(type => type.Contains("Fortune", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(fortunes.Count == 0, $"{name} holds {string.Join(", ", fortunes)}.");

            // A compiled Razor page carries its route as UTF-8 in an attribute, whatever its type is called.
            Assert.False(File.ReadAllBytes(assembly).AsSpan().IndexOf("/benchmarks/fortunes"u8) >= 0, $"{name} holds the route /benchmarks/fortunes.");
        }
    }

    private static List<string> TypeNames(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeDefinitions.Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")];
    }
}
