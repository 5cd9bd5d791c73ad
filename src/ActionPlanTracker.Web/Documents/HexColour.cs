using System.Globalization;

namespace ActionPlanTracker.Web.Documents;

/// <summary>The charts' colours, written "#a33a3a", as the document formats take them.</summary>
public static class HexColour
{
    /// <summary>"#a33a3a" as its red, green and blue bytes.</summary>
    public static (byte R, byte G, byte B) Rgb(string hex) => (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    /// <summary>"#a33a3a" as Word writes it: "A33A3A".</summary>
    public static string Word(string hex) => hex.TrimStart('#').ToUpperInvariant();

    private static byte Channel(string hex, int start) => byte.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
