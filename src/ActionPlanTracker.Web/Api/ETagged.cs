using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Api;

/// <summary>
/// A JSON answer with a strong ETag: the SHA-256 of the very bytes sent, so equal content always gives the same tag on
/// any replica, and a client that sends it back in If-None-Match gets 304 without the body.
/// </summary>
public sealed class ETagged<T>(T value, IReadOnlyList<string>? links = null) : IResult, IEndpointMetadataProvider
{
    public T Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, json);
        var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"";
        var response = httpContext.Response;
        response.Headers.ETag = tag;

        // What a token sees depends on who holds it: caches may keep it for that holder only, and must ask again.
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.Vary = "Authorization";
        if (links is { Count: > 0 })
        {
            response.Headers.Link = string.Join(", ", links);
        }

        var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Tag == "*" || t.Tag == tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "The framework reads the response type from this static interface member.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
