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
                return Task.CompletedTask;
            });
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

        // Served from the package itself: no script, font or telemetry from elsewhere.
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("ActionPlanTracker API")
                .WithOpenApiRoutePattern(DocumentPath)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .AddPreferredSecuritySchemes("bearer"))
            .AllowAnonymous();
    }

    /// <summary>The operations of the group need a token with <paramref name="scope"/>.</summary>
    public static RouteGroupBuilder RequireScope(this RouteGroupBuilder group, string scope) =>
        group.RequireAuthorization(ApiScopes.Policy(scope)).WithMetadata(new RequiresScope(scope));
}
