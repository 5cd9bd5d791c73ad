using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ActionPlanTracker.Web.Api;

/// <summary>The headers every operation of the API reads or sends, as the OpenAPI document states them.</summary>
public static class ApiHeaders
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of an earlier answer: when nothing changed since, the answer is 304 without a body.",
            Schema = Text(),
        });

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }

            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status is "200" or "304")
            {
                answer.Headers["ETag"] = new OpenApiHeader { Description = "A strong tag of the body: the SHA-256 of its bytes, in quotes.", Schema = Text() };
                answer.Headers["Cache-Control"] = new OpenApiHeader { Description = "private, no-cache: what a token sees depends on who holds it.", Schema = Text() };
            }

            if (status == "200" && operation.OperationId == "ListReports")
            {
                answer.Headers["Link"] = new OpenApiHeader
                {
                    Description = "RFC 8288 links to the first, previous, next and last pages (rel=\"first\", \"prev\", \"next\", \"last\").",
                    Schema = Text(),
                };
            }

            if (status == "429")
            {
                answer.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the token may ask again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" },
                };
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };
}
