using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ActionPlanTracker.Web.Tests.Api;

/// <summary>
/// Checks every answer an API test receives against the OpenAPI document the application serves: the status must be
/// one the operation declares, the content type one it declares for that status (problem details for every error), and
/// the body must be valid against the declared schema by JSON Schema 2020-12 (JsonSchema.Net, formats checked). A test
/// that gets an answer the document does not describe fails at that request.
/// </summary>
public sealed class DocumentCheckingHandler(Func<Task<string>> readDocument) : DelegatingHandler
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static JsonObject? _document;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType;
        var status = (int)response.StatusCode;
        var where = $"{request.Method} {request.RequestUri.PathAndQuery} answered {status} {type}";
        if (status >= 400 && type != "application/problem+json")
        {
            throw new Xunit.Sdk.XunitException($"{where}: an error of the API must be application/problem+json.\n{body}");
        }

        var document = _document ??= JsonNode.Parse(await readDocument())!.AsObject();
        var (template, operation) = Operation(document, request.Method, path);
        if (operation is null)
        {
            // An address the API does not have: its 404 (or 405) is problem details, checked above.
            return status is 404 or 405 ? response : throw new Xunit.Sdk.XunitException($"{where}: the document has no such operation.");
        }

        var responses = operation["responses"]!.AsObject();
        if (responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not JsonObject declared)
        {
            throw new Xunit.Sdk.XunitException($"{where}: the document declares {string.Join(", ", responses.Select(r => r.Key))} for {template}, not {status}.");
        }

        if (status == (int)HttpStatusCode.NotModified)
        {
            return body.Length == 0 ? response : throw new Xunit.Sdk.XunitException($"{where}: a 304 has no body.");
        }

        if (declared["content"]?[type ?? ""]?["schema"] is not JsonNode schemaNode)
        {
            throw new Xunit.Sdk.XunitException($"{where}: the document declares no {type} content for {status} of {template}.");
        }

        var key = $"{template} {status} {type}";
        var schema = Schemas.GetOrAdd(key, _ => Build(document, schemaNode));
        using var json = JsonDocument.Parse(body);
        var result = schema.Evaluate(json.RootElement, Evaluation);
        if (!result.IsValid)
        {
            var errors = new[] { result }.Concat(result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.SchemaLocation})")).Take(10);
            throw new Xunit.Sdk.XunitException($"{where}: the body does not match the document's schema:\n{string.Join('\n', errors)}\n{body[..Math.Min(body.Length, 2000)]}");
        }

        return response;
    }

    /// <summary>The operation of the document that answers this method and path, with its path template.</summary>
    private static (string Template, JsonObject? Operation) Operation(JsonObject document, HttpMethod method, string path)
    {
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?\}", "[^/]+") + "$";
            if (Regex.IsMatch(path, pattern) && item?[method.Method.ToLowerInvariant()] is JsonObject operation)
            {
                return (template, operation);
            }
        }

        return ("", null);
    }

    /// <summary>A 2020-12 schema of the response's schema, with the document's components as its $defs.</summary>
    private static JsonSchema Build(JsonObject document, JsonNode responseSchema)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = document["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(responseSchema.DeepClone()),
        };
        var text = schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://actionplantracker.test/schemas/{Guid.NewGuid():N}"));
    }
}
