using System.Reflection;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using NetArchTest.Rules;

namespace ActionPlanTracker.Architecture.Tests;

/// <summary>Domain references nothing; Data only Domain; no production code reads resource files behind the checked localizer.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(ProgressReport).Assembly;
    private static readonly Assembly Data = typeof(ActionPlanDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void The_domain_uses_no_framework_and_no_other_layer()
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "ActionPlanTracker.Data", "ActionPlanTracker.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore",
            "Microsoft.Extensions", "Npgsql", "FluentValidation").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.All(Domain.GetReferencedAssemblies(), reference => Assert.True(
            reference.Name is "System.Runtime" or "netstandard" || reference.Name!.StartsWith("System.", StringComparison.Ordinal),
            $"The domain references {reference.Name}."));
    }

    [Fact]
    public void Data_uses_the_domain_but_not_the_web_application()
    {
        var result = Types.InAssembly(Data).ShouldNot().HaveDependencyOn("ActionPlanTracker.Web").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.Contains(Data.GetReferencedAssemblies(), reference => reference.Name == "ActionPlanTracker.Domain");
    }

    [Fact]
    public void Every_text_is_read_through_the_checked_localizer()
    {
        var result = Types.InAssemblies([Domain, Data, Web]).ShouldNot().HaveDependencyOnAny(
            "System.Resources.ResourceManager", "System.Resources.ResourceReader", "System.Resources.ResourceSet").GetResult();

        Assert.True(result.IsSuccessful, $"Resource files read past the localizer in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
