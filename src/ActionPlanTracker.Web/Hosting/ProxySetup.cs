using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating reverse proxy, the scheme and the client's address come from X-Forwarded-Proto and
/// X-Forwarded-For, but only when the proxy is one the configuration names (ForwardedHeaders:KnownProxies, addresses;
/// ForwardedHeaders:KnownNetworks, CIDR ranges): anyone else could otherwise claim any address to the rate limiter, or
/// HTTPS on a plain connection. Loopback stays trusted, as the framework's default.
/// </summary>
internal static class ProxySetup
{
    public const string Section = "ForwardedHeaders";

    public static void AddActionPlanTrackerProxies(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new StartupException($"ForwardedHeaders:KnownProxies holds \"{proxy}\", which is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new StartupException($"ForwardedHeaders:KnownNetworks holds \"{network}\", which is not a CIDR range such as 172.16.0.0/12."));
            }
        });
    }
}
