using System.Net;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace ActionPlanTracker.Web.Tests.Api;

public sealed partial class OpenApiDocumentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_openapi_document_is_served_to_anyone_and_validates()
    {
        using var client = Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/openapi/v1.json");
        var json = await response.Content.ReadAsStringAsync();
        var read = OpenApiDocument.Parse(json, "json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(read.Diagnostic!.Errors);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        Assert.Equal(
            ["/api/v1/cycles", "/api/v1/members", "/api/v1/plan", "/api/v1/plans", "/api/v1/plans/{key}", "/api/v1/reports", "/api/v1/reports/{id}"],
            document.Paths.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_document_describes_the_schemas_the_parameters_and_the_bearer_scheme()
    {
        using var client = Factory.CreateNonRedirectingClient();
        var document = OpenApiDocument.Parse(await client.GetStringAsync("/openapi/v1.json"), "json").Document!;

        var schemas = document.Components!.Schemas!;
        foreach (var name in new[] { "ApiPlan", "ApiPillar", "ApiCommitment", "ApiMember", "ApiCycle", "ApiReport", "ApiReportPage" })
        {
            Assert.True(schemas.ContainsKey(name), $"No schema {name}.");
        }

        Assert.Contains("narrative", schemas["ApiReport"].Properties!.Keys);
        Assert.Contains("totalCount", schemas["ApiReportPage"].Properties!.Keys);
        var list = document.Paths["/api/v1/reports"].Operations![HttpMethod.Get];
        Assert.Equal(
            ["If-None-Match", "completion", "cycle", "member", "page", "pageSize", "pillar", "plan"],
            list.Parameters!.Select(p => p.Name!).Order(StringComparer.Ordinal));
        Assert.Contains("200", list.Responses!.Keys);
        Assert.Contains("304", list.Responses.Keys);
        Assert.Contains("400", list.Responses.Keys);
        Assert.Contains("401", list.Responses.Keys);
        Assert.Contains("404", document.Paths["/api/v1/reports/{id}"].Operations![HttpMethod.Get].Responses!.Keys);
        var bearer = document.Components.SecuritySchemes!["bearer"];
        Assert.Equal(SecuritySchemeType.Http, bearer.Type);
        Assert.Equal("bearer", bearer.Scheme);
    }

    /// <summary>What typed clients and linters tripped on: integers typed as "integer or string", null in an enum that a
    /// nullable property also allows, undeclared headers, no descriptions, a server address ending in a slash.</summary>
    [Fact]
    public async Task The_document_types_numbers_as_integers_states_its_headers_and_describes_every_operation()
    {
        using var client = Factory.CreateNonRedirectingClient();
        var json = await client.GetStringAsync("/openapi/v1.json");
        var document = OpenApiDocument.Parse(json, "json").Document!;
        var schemas = document.Components!.Schemas!;

        foreach (var (name, schema) in schemas)
        {
            foreach (var (property, value) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                Assert.False(value.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && type.HasFlag(JsonSchemaType.String), $"{name}.{property} is typed integer or string.");
            }

            Assert.DoesNotContain(schema.Enum ?? [], v => v is null);
        }

        Assert.Equal(JsonSchemaType.Integer, schemas["ApiReport"].Properties!["id"].Type);
        var list = document.Paths["/api/v1/reports"].Operations![HttpMethod.Get];
        Assert.Equal(JsonSchemaType.Integer, list.Parameters!.Single(p => p.Name == "page").Schema!.Type);
        Assert.True(schemas["ApiPlan"].Properties!["adoptedAt"].Deprecated);
        Assert.All(document.Servers!, server => Assert.False(server.Url!.EndsWith('/'), $"The server address {server.Url} ends in a slash."));
        Assert.False(string.IsNullOrEmpty(document.Info.License?.Name));
        Assert.False(string.IsNullOrEmpty(document.Info.Contact?.Name));
        Assert.All(document.Tags!, tag => Assert.False(string.IsNullOrEmpty(tag.Description), $"Tag {tag.Name} has no description."));
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                Assert.False(string.IsNullOrEmpty(operation.Description), $"{method} {path} has no description.");
                Assert.Contains(operation.Parameters!, p => p.Name == "If-None-Match" && p.In == ParameterLocation.Header);
                Assert.Contains("ETag", operation.Responses!["200"].Headers!.Keys);
                Assert.Contains("Retry-After", operation.Responses["429"].Headers!.Keys);
            }
        }

        Assert.Contains("Link", document.Paths["/api/v1/reports"].Operations![HttpMethod.Get].Responses!["200"].Headers!.Keys);
    }

    [Fact]
    public async Task The_reference_page_is_served_locally_and_loads_nothing_from_elsewhere()
    {
        using var client = Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/api/reference");
        var html = await response.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(scripts, s => s.Contains("//", StringComparison.Ordinal));
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.Ordinal);
        foreach (var script in scripts)
        {
            using var asset = await client.GetAsync(new Uri(new Uri("https://localhost/api/reference"), script));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
