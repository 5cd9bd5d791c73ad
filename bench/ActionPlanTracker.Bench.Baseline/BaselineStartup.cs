using ActionPlanTracker.Bench.Baseline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(BaselineStartup))]

namespace ActionPlanTracker.Bench.Baseline;

/// <summary>
/// Adds the baseline page to the application when the host is told to load this assembly
/// (<c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=ActionPlanTracker.Bench.Baseline</c>): the page is served by the same
/// process, middleware and MVC as every page it is compared with. The application itself knows nothing of it.
/// </summary>
public sealed class BaselineStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddRazorPages().AddApplicationPart(typeof(BaselineStartup).Assembly));
}
