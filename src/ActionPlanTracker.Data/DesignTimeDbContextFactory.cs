using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ActionPlanTracker.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the application.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ActionPlanDbContext>
{
    public ActionPlanDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__ActionPlan")
            ?? "Host=127.0.0.1;Database=actionplantracker;Username=postgres";
        var options = new DbContextOptionsBuilder<ActionPlanDbContext>().UseActionPlanDatabase(connectionString);
        return new ActionPlanDbContext(options.Options);
    }
}
