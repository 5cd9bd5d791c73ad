using System.Text.RegularExpressions;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>
/// One clock: every time the application reads comes from the injected <see cref="TimeProvider"/>, so tests (and the
/// browser journeys' shifted clock) move every deadline, audit time and cookie expiry together.
/// </summary>
public sealed partial class OneClockTests
{
    [Fact]
    public void No_source_file_reads_the_system_clock_directly()
    {
        var sources = RepositoryFiles.PathOf("src");
        var readers = Directory.EnumerateFiles(sources, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => SystemClock().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(sources, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(readers.Count == 0, "Read the injected TimeProvider instead:\n" + string.Join('\n', readers));
    }

    [Fact]
    public void The_check_recognises_every_way_of_reading_the_system_clock()
    {
        foreach (var read in new[] { "DateTimeOffset.UtcNow", "DateTimeOffset.Now", "DateTime.UtcNow", "DateTime.Now", "DateTime.Today", "TimeProvider.System.GetUtcNow()" })
        {
            Assert.Matches(SystemClock(), $"var at = {read};");
        }

        Assert.DoesNotMatch(SystemClock(), "var at = clock.GetUtcNow();");
    }

    [GeneratedRegex(@"\b(DateTimeOffset\.(UtcNow|Now)|DateTime\.(UtcNow|Now|Today)|TimeProvider\.System\.GetUtcNow)\b")]
    private static partial Regex SystemClock();
}
