using System.Diagnostics;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// The application as <c>dotnet publish -c Release</c> ships it, published once for the tests of a class. The build
/// goes to a folder of its own (<c>--artifacts-path</c>), so it never touches the working tree's bin and obj folders
/// that other test runs are using.
/// </summary>
public sealed class PublishedOutput : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("actionplantracker-publish-");

    public string Folder => Path.Combine(_work.FullName, "app");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "publish", Path.Combine("src", "ActionPlanTracker.Web"), "-c", "Release", "-o", Folder,
            "--artifacts-path", Path.Combine(_work.FullName, "build"), "-nologo", "-v", "q",
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
    }

    public Task DisposeAsync()
    {
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ActionPlanTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder holding ActionPlanTracker.sln) was not found.");
    }
}
