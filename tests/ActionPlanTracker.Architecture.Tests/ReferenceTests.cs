using System.Reflection;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>What the web application is built from: never a test, benchmark or development-only assembly.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void No_test_benchmark_or_mail_capture_assembly_is_reachable_from_the_web_assembly()
    {
        var reachable = Reachable(typeof(Program).Assembly.GetName());

        Assert.Contains("ActionPlanTracker.Data", reachable);
        Assert.Contains("ActionPlanTracker.Domain", reachable);
        Assert.Contains("ActionPlanTracker.LocalDatabase", reachable);
        Assert.DoesNotContain(reachable, Forbidden);
    }

    [Theory]
    [InlineData("ActionPlanTracker.Web.Tests")]
    [InlineData("ActionPlanTracker.Testing")]
    [InlineData("ActionPlanTracker.Bench.Baseline")]
    [InlineData("ActionPlanTracker.DevelopmentMail")]
    [InlineData("netDumbster")]
    [InlineData("xunit.core")]
    [InlineData("Microsoft.Playwright")]
    [InlineData("Testcontainers.PostgreSql")]
    public void The_check_knows_what_it_looks_for(string name) => Assert.True(Forbidden(name), name);

    internal static bool Forbidden(string name) =>
        name.EndsWith(".Tests", StringComparison.Ordinal)
        || name is "ActionPlanTracker.Testing" or "ActionPlanTracker.DevelopmentMail" or "netDumbster"
        || name.StartsWith("ActionPlanTracker.Bench", StringComparison.Ordinal)
        || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.Playwright", StringComparison.Ordinal)
        || name.StartsWith("Testcontainers", StringComparison.Ordinal)
        || name.StartsWith("Deque.AxeCore", StringComparison.Ordinal)
        || name.StartsWith("NetArchTest", StringComparison.Ordinal)
        || name == "Microsoft.AspNetCore.Mvc.Testing";

    /// <summary>The web assembly's references, followed through every assembly of ours.</summary>
    private static HashSet<string> Reachable(AssemblyName start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<AssemblyName>([start]);
        while (queue.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!) || !name.Name!.StartsWith("ActionPlanTracker", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                queue.Enqueue(reference);
            }
        }

        seen.Remove(start.Name!);
        return seen;
    }
}
