using System.Globalization;

namespace ActionPlanTracker.Web.Pages;

/// <summary>Times people read on the pages: in UTC, said so (the secretariat and the focal points sit in many time zones), in the reader's language.</summary>
public static class Times
{
    public static string Utc(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture) : "—";
}
