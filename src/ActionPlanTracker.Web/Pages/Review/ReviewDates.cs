using System.Globalization;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>Times on the review pages in the reader's language: UTC, said so, because the secretariat and the focal points sit in many time zones.</summary>
public static class ReviewDates
{
    public static string Format(DateTimeOffset? at) =>
        at is { } value ? value.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture) : "—";
}
