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
        Assert.True(File.Exists(Path.Combine(published.Folder, "ActionPlanTracker.Web.dll")), "ActionPlanTracker.Web.dll is not in the published output.");
        Assert.True(File.Exists(Path.Combine(published.Folder, "ActionPlanTracker.LocalDatabase.dll")), "ActionPlanTracker.LocalDatabase.dll is not in the published output.");
    }

    [Fact]
    public void No_test_benchmark_or_mail_capture_assembly_is_published()
    {
        var found = Forbidden
            .SelectMany(pattern => Directory.GetFiles(published.Folder, pattern, SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(published.Folder, file));

        Assert.Empty(found);
    }

    [Fact]
    public void The_benchmarks_baseline_page_is_not_published()
    {
        var assemblies = Directory.GetFiles(published.Folder, "ActionPlanTracker*.dll");
        Assert.NotEmpty(assemblies);
        foreach (var assembly in assemblies)
        {
            var name = Path.GetFileName(assembly);
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
