using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ActionPlanTracker.Domain;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>Audit events written straight into the table (the database chains them), and a way to tamper with one.</summary>
internal static partial class AuditData
{
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task<IReadOnlyList<long>> AddEventsAsync(string connectionString, int count, Func<int, AuditEvent> make)
    {
        await using var db = TestPostgres.CreateContext(connectionString);
        var events = Enumerable.Range(1, count).Select(make).ToList();
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync();
        return [.. events.Select(e => e.Id)];
    }

    /// <summary>
    /// An event as the trail stores it. An action outside <see cref="AuditAction"/> (as another version of the
    /// application, or someone with database access, could have stored) is set behind the constructor's back.
    /// </summary>
    public static AuditEvent Event(string actor, DateTimeOffset at, string entity = "ReportingCycle", string key = "2099-H1",
        string action = nameof(AuditAction.Updated), int? memberId = null, string? before = null, string? after = null)
    {
        if (Enum.TryParse<AuditAction>(action, out var known))
        {
            return new(at, actor, entity, key, known, memberId, before, after);
        }

        var stored = new AuditEvent(at, actor, entity, key, AuditAction.Updated, memberId, before, after);
        typeof(AuditEvent).GetProperty(nameof(AuditEvent.Action))!.SetValue(stored, action);
        return stored;
    }

    /// <summary>Changes a stored event behind the application's back, as someone with database access could.</summary>
    public static async Task TamperAsync(string connectionString, string update)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only; {update}; ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The ids of the events listed on an /audit page, in page order.</summary>
    public static List<long> EventIds(string html) =>
        [.. EventRow().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The address of the link with this rel ("next" is older, "prev" newer), or null.</summary>
    public static string? LinkOf(string html, string rel) =>
        Regex.Match(html, $"href=\"([^\"]+)\" rel=\"{rel}\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<tr id=\"event-([0-9]+)\">")]
    private static partial Regex EventRow();
}
