using System.Text.Json;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>An audit event's before and after JSON, read as one row per field for the page.</summary>
public static class ChangedFields
{
    public static IReadOnlyList<ChangedField> Of(string? before, string? after)
    {
        var old = Read(before);
        var now = Read(after);
        var names = now.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal);
        return [.. names.Select(name => new ChangedField(name, old.GetValueOrDefault(name), now.GetValueOrDefault(name)))];
    }

    /// <summary>Field → value as a reader wants it: strings as they are, everything else as compact JSON.</summary>
    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                values[""] = json;
                return values;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            // Not expected from the trail; show the text as stored rather than hide it.
            values[""] = json;
        }

        return values;
    }
}

/// <summary>One field of an event, named as stored (<see cref="TrailWords.Field"/> names it for a reader): its value before and after; null where it had none.</summary>
public sealed record ChangedField(string Name, string? Before, string? After);
