using System.Globalization;

namespace ActionPlanTracker.Web.Pages;

/// <summary>Times on the account, administration and notification pages: in UTC, said so, in the reader's language.</summary>
public static class Times
{
    public static string Utc(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture) : "—";
}
