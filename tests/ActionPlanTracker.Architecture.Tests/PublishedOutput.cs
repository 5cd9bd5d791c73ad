using System.Diagnostics;
using System.Text.Json;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// The assemblies <c>dotnet publish -c Release</c> copies beside the application, as MSBuild resolves them for a
/// Release build of the web project (<c>ReferenceCopyLocalPaths</c>: the project references and the packages' runtime
/// assemblies, the list the publish step copies from). Resolved once for the tests of a class, without compiling: the
/// restore and the evaluation go to a folder of their own (<c>ArtifactsPath</c>), so they never touch the working
/// tree's bin and obj folders that other test runs are using.
/// </summary>
public sealed class PublishedOutput : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("actionplantracker-publish-");

    /// <summary>File names of the assemblies published beside <c>ActionPlanTracker.Web.dll</c>.</summary>
    public IReadOnlyList<string> Assemblies { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "msbuild", Path.Combine("src", "ActionPlanTracker.Web"), "-restore", "-t:ResolveReferences", "-p:Configuration=Release",
            "-p:BuildProjectReferences=false", $"-p:ArtifactsPath={Path.Combine(_work.FullName, "build")}", "-nologo", "-v:q",
            "-getItem:ReferenceCopyLocalPaths",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):{Environment.NewLine}{await output}{await error}");
        }

        using var items = JsonDocument.Parse(await output);
        Assemblies = [.. items.RootElement.GetProperty("Items").GetProperty("ReferenceCopyLocalPaths").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("Identity").GetString()!))
            .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append("ActionPlanTracker.Web.dll")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
    }

    public Task DisposeAsync()
    {
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
