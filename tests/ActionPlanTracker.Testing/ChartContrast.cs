using System.Globalization;
using System.Xml.Linq;

namespace ActionPlanTracker.Testing;

/// <summary>
/// The contrast of every text drawn in an SVG chart against what lies under it, as WCAG 2 measures it. axe cannot
/// measure text inside an SVG (it reports "needs review": the SVG is an image node in the text's background), so the
/// tests measure it here: the background of a text is the last filled rectangle drawn before it under its middle and
/// its two ends (its width estimated from its length), or the page's white where no rectangle lies.
/// </summary>
public static class ChartContrast
{
    /// <summary>WCAG 2.2, 1.4.3: text under 18.66 px (the charts write 11 px) needs 4.5:1.</summary>
    public const double Minimum = 4.5;

    private const double CharacterWidth = 6.2;

    /// <summary>The texts of one chart whose contrast is below <see cref="Minimum"/>, described for a failure message.</summary>
    public static IReadOnlyList<string> Failures(string svg, string page = "#ffffff")
    {
        var root = XElement.Parse(svg);
        var size = Number(root.Attribute("font-size")?.Value) ?? 16;
        var rectangles = new List<(double X, double Y, double Width, double Height, string Fill)>();
        var failures = new List<string>();
        foreach (var element in root.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "rect":
                    rectangles.Add((Number(element.Attribute("x")?.Value) ?? 0, Number(element.Attribute("y")?.Value) ?? 0,
                        Number(element.Attribute("width")?.Value) ?? 0, Number(element.Attribute("height")?.Value) ?? 0,
                        element.Attribute("fill")?.Value ?? "#000000"));
                    break;
                case "text":
                    var text = element.Value;
                    var x = Number(element.Attribute("x")?.Value) ?? 0;
                    var y = (Number(element.Attribute("y")?.Value) ?? 0) - (size * 0.35);
                    var width = text.Length * CharacterWidth * size / 11;
                    var start = element.Attribute("text-anchor")?.Value switch
                    {
                        "middle" => x - (width / 2),
                        "end" => x - width,
                        _ => x,
                    };
                    var ink = element.Attribute("fill")?.Value ?? "#000000";
                    foreach (var point in new[] { start + 1, start + (width / 2), start + width - 1 })
                    {
                        var under = rectangles.LastOrDefault(r => point >= r.X && point <= r.X + r.Width && y >= r.Y && y <= r.Y + r.Height);
                        var background = under.Fill ?? page;
                        var ratio = Ratio(ink, background);
                        if (ratio < Minimum)
                        {
                            failures.Add($"\"{text}\" in {ink} on {background}: {ratio:0.00}:1");
                            break;
                        }
                    }

                    break;
            }
        }

        return failures;
    }

    /// <summary>
    /// What WCAG 2.2, 1.4.3 asks of text of a computed size and weight ("16px", "700"): 3:1 for large text (24 px, or
    /// 18.66 px bold), 4.5:1 for the rest.
    /// </summary>
    public static double MinimumFor(string size, string weight)
    {
        var pixels = Number(size.Replace("px", "", StringComparison.Ordinal)) ?? 0;
        var bold = (Number(weight) ?? 400) >= 700;
        return pixels >= 24 || (bold && pixels >= 18.66) ? 3 : Minimum;
    }

    /// <summary>The WCAG 2 contrast ratio of two opaque colours, written #rrggbb or rgb(r, g, b) as browsers compute them.</summary>
    public static double Ratio(string one, string other)
    {
        var (a, b) = (Luminance(one), Luminance(other));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var channels = Channels(colour);
        static double Linear(int channel)
        {
            var value = channel / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(channels[0])) + (0.7152 * Linear(channels[1])) + (0.0722 * Linear(channels[2]));
    }

    private static int[] Channels(string colour)
    {
        if (colour.StartsWith('#') && colour.Length == 7)
        {
            return [.. Enumerable.Range(0, 3).Select(i => int.Parse(colour.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
        }

        // A translucent colour ("rgba(0, 0, 0, 0.5)") has no contrast of its own: it is refused, not guessed.
        if (colour.StartsWith("rgb(", StringComparison.Ordinal) && colour.EndsWith(')'))
        {
            var parts = colour[4..^1].Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length == 3 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
            }
        }

        throw new ArgumentException($"The colour {colour} is not an opaque #rrggbb or rgb(r, g, b).", nameof(colour));
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
