using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ActionPlanTracker.Web.Api;

/// <summary>The read-only API under /api/v1, its token scheme, its OpenAPI document and its reference page.</summary>
public static class ApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/reference";

    /// <summary>Where Scalar's own files (its script and the page it would build) are served from the package.</summary>
    public const string ReferenceAssetsPath = "/api/reference/assets";

    public static void AddActionPlanTrackerApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, TokenAuthenticationHandler.DisplayName, _ => { });

        // Each scope is a policy that authenticates with the token alone: the sign-in cookie opens no API door, so the
        // API needs no antiforgery protection.
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
        {
            authorization.AddPolicy(ApiScopes.Policy(scope), p => p
                .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiScopes.ClaimType, scope));
        }

        services.Configure<ApiRateLimitOptions>(builder.Configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy<string, ApiRateLimitPolicy>(ApiRateLimitPolicy.Name));

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

            // Numbers are numbers: the web default also reads them from strings, which the document would then have to
            // describe as "integer or string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });

        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ActionPlanTracker API";
                document.Info.Description =
                    "Read-only access to the G7 Action Plan, its members, cycles and progress reports. Authenticate with a personal access " +
                    "token (Authorization: Bearer apt_…) created under Account, Personal access tokens. Answers carry a strong ETag; " +
                    "send it back in If-None-Match to get 304 when nothing changed.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "apt_ personal access token",
                    Description = "A personal access token. Scopes: " + string.Join(", ", ApiScopes.All),
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
                // Tokens are given by this service's administrators on behalf of the secretariat; the data is not open.
                document.Info.Contact = new OpenApiContact { Name = "The Roma-Lyon Group secretariat, through this service's administrators" };
                document.Info.License = new OpenApiLicense { Name = "For the Roma-Lyon Group's members and secretariat only; not an open licence" };
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Plan", Description = "The adopted action plan, the members that report on it and the reporting cycles." },
                    new() { Name = "Reports", Description = "Progress reports saved at least once: approved reports of every member, and the token holder's own member's reports in any state." },
                };

                // The address the document was read at, without the trailing slash linters refuse.
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(ApiPlan) && schema.Properties?.TryGetValue("adoptedAt", out var adoptedAt) == true && adoptedAt is OpenApiSchema old)
                {
                    old.Deprecated = true;
                    old.Description = "Deprecated: the same text as adoptedAtMeeting. Despite its name, the meeting and its place, not a date.";
                    if (schema.Properties["adoptedAtMeeting"] is OpenApiSchema meeting)
                    {
                        meeting.Description = "The meeting at which the plan was adopted, with its place: text, not a date.";
                    }
                }

                // A nullable enum is "null, or one of these values": null belongs to the property, not to the values,
                // or "oneOf [null, the enum]" would match null twice.
                if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null))
                {
                    schema.Enum = [.. values.Where(v => v is not null)];
                    if (schema.Type is { } type)
                    {
                        schema.Type = type & ~JsonSchemaType.Null;
                    }
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ApiHeaders.Describe);
        });
    }

    public static void MapActionPlanTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(ApiRateLimitPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPlanEndpoints();
        api.MapReportEndpoints();

        // An unknown address under the API answers in problem details too, not with the HTML status page.
        api.MapFallback(() => TypedResults.Problem("There is nothing at this address of the API.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(ApiScopes.Policy(ApiScopes.ReadPlan))
            .ExcludeFromDescription();

        app.MapOpenApi().AllowAnonymous();

        // Scalar's script is served from the package itself; the page that starts it is ours, so that its start-up
        // code is a file (wwwroot/js/api-reference.js) and the Content-Security-Policy needs no inline script.
        app.MapScalarApiReference(ReferenceAssetsPath).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(ReferencePath, () => TypedResults.Content(ReferencePage, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The operations of the group need a token with <paramref name="scope"/>.</summary>
    public static RouteGroupBuilder RequireScope(this RouteGroupBuilder group, string scope) =>
        group.RequireAuthorization(ApiScopes.Policy(scope)).WithMetadata(new RequiresScope(scope));

    /// <summary>No font, telemetry, agent or MCP from elsewhere; the document is this application's.</summary>
    private static readonly string ReferenceConfiguration = JsonSerializer.Serialize(new
    {
        sources = new[] { new { title = "v1", url = DocumentPath } },
        withDefaultFonts = false,
        showDeveloperTools = "never",
        telemetry = false,
        agent = new { disabled = true },
        mcp = new { disabled = true },
        authentication = new { preferredSecurityScheme = new[] { "bearer" } },
    });

    private static readonly string ReferencePage = $"""
        <!doctype html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>ActionPlanTracker API</title>
        </head>
        <body>
            <div id="app" data-configuration="{System.Net.WebUtility.HtmlEncode(ReferenceConfiguration)}"></div>
            <script src="{ReferenceAssetsPath}/scalar.js"></script>
            <script src="/js/api-reference.js"></script>
        </body>
        </html>
        """;
}
