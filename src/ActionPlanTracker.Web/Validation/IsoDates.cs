using System.Globalization;

namespace ActionPlanTracker.Web.Validation;

/// <summary>
/// Dates typed or put in an address as year-month-day, within the years this application has any use for. A date
/// outside them (9999-12-31, 0001-01-01) is refused like a misspelt one, before it reaches date arithmetic (the day
/// after 9999-12-31 does not exist) or a query.
/// </summary>
public static class IsoDates
{
    public const string Format = "yyyy-MM-dd";

    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= Earliest && date <= Latest
            ? date
            : null;

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
