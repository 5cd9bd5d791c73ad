using System.Globalization;

namespace ActionPlanTracker.Web.ReportForms;

/// <summary>
/// A number as a person types it in their own language: the language's decimal separator (a point in English, a comma in
/// French), digits grouped by threes with the language's group separator or a space, a sign in front. Anything that
/// could be read two ways is refused rather than guessed: a French reader's "1.500" or an English reader's "2,5" (is it
/// two and a half or two thousand five hundred?), groups that are not threes ("12,34,5"), a second decimal separator.
/// </summary>
public static class TypedNumber
{
    /// <summary>Longer than any number a report holds: refused before it is looked at.</summary>
    public const int MaxLength = 40;

    /// <summary>Spaces people put between groups of digits: the space, the no-break space, the narrow no-break space (French), the thin space.</summary>
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F', '\u2009'];

    /// <summary>Reads <paramref name="typed"/> in <paramref name="culture"/>; false when it is not a number written the language's way.</summary>
    public static bool TryParse(string? typed, CultureInfo culture, out decimal value)
    {
        value = 0;
        var text = (typed ?? "").Trim();
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        var negative = text[0] is '-' or '\u2212';
        if (negative || text[0] == '+')
        {
            text = text[1..];
        }

        var format = culture.NumberFormat;
        var point = format.NumberDecimalSeparator;
        var parts = text.Split(point);
        if (parts.Length > 2)
        {
            return false;
        }

        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : "";
        if ((parts.Length == 2 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit) || (whole.Length == 0 && fraction.Length == 0))
        {
            return false;
        }

        if (!TryDigits(whole, format.NumberGroupSeparator, out var digits))
        {
            return false;
        }

        if (!decimal.TryParse($"{(digits.Length == 0 ? "0" : digits)}.{(fraction.Length == 0 ? "0" : fraction)}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>A number as the form shows it back to the same reader: their decimal separator, no grouping, so it reads again as typed.</summary>
    public static string Write(decimal? value, CultureInfo culture) => value?.ToString("0.####", culture) ?? "";

    /// <summary>The digits of the whole part, grouped by threes with one kind of separator or not grouped at all.</summary>
    private static bool TryDigits(string whole, string groupSeparator, out string digits)
    {
        digits = whole;
        var separators = whole.Where(c => !char.IsAsciiDigit(c)).Distinct().ToList();
        if (separators.Count == 0)
        {
            return true;
        }

        var separator = separators[0];
        if (separators.Count > 1 || !(groupSeparator == separator.ToString() || Spaces.Contains(separator)))
        {
            return false;
        }

        var groups = whole.Split(separator);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return false;
        }

        digits = string.Concat(groups);
        return true;
    }
}
