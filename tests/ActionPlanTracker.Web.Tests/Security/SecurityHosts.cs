using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>The application with settings of a test's own (low rate limits, trusted proxies...), on the fixture's database.</summary>
public static class SecurityHosts
{
    /// <summary>The test server has no network peer; this header stands for the address a connection would come from.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public static WebApplicationFactory<Program> WithSettings(this AppFactory factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
        });

    public static HttpClient Client(this WebApplicationFactory<Program> factory, string? address = null, string scheme = "https", bool redirects = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = redirects,
            BaseAddress = new Uri($"{scheme}://localhost"),
        });
        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        }

        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
