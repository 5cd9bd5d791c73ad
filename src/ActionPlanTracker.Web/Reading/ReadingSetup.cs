namespace ActionPlanTracker.Web.Reading;

public static class ReadingSetup
{
    /// <summary>What the read model keeps between requests (the plan snapshot, each language's words) and gives each request.</summary>
    public static IServiceCollection AddReading(this IServiceCollection services) => services
        .AddSingleton<PlanSnapshots>()
        .AddSingleton<StatusWords.ByLanguage>()
        .AddScoped(services => services.GetRequiredService<StatusWords.ByLanguage>().Current);
}
