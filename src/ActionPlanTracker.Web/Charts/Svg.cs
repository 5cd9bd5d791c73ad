using System.Globalization;
using System.Text;
using System.Xml;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Charts;

/// <summary>
/// Small builders for inline SVG, written straight into one buffer: the charts are drawn on every dashboard, member
/// and commitment page, and building them as <c>XElement</c>s cost more than the rest of the markup. Every text and
/// attribute goes through the same escaping the XML serialiser applies (the output is byte for byte what it wrote),
/// so a label read from the database can never turn into markup.
/// </summary>
public sealed class Svg
{
    public const string Ns = "http://www.w3.org/2000/svg";

    private readonly StringBuilder _content = new(4096);

    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        Open("rect").Attribute("x", Number(x)).Attribute("y", Number(y))
            .Attribute("width", Number(Math.Max(0, width))).Attribute("height", Number(Math.Max(0, height))).Attribute("fill", fill);
        if (tooltip is null)
        {
            _content.Append(" />");
            return;
        }

        _content.Append("><title>");
        Escape(_content, tooltip, attribute: false);
        _content.Append("</title></rect>");
    }

    public void Text(double x, double y, string text, string anchor = "start", string fill = "#1b1f24", string? weight = null)
    {
        Open("text").Attribute("x", Number(x)).Attribute("y", Number(y)).Attribute("text-anchor", anchor).Attribute("fill", fill);
        if (weight is not null)
        {
            Attribute("font-weight", weight);
        }

        _content.Append('>');
        Escape(_content, text, attribute: false);
        _content.Append("</text>");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, string? dash = null)
    {
        Open("line").Attribute("x1", Number(x1)).Attribute("y1", Number(y1)).Attribute("x2", Number(x2)).Attribute("y2", Number(y2))
            .Attribute("stroke", stroke);
        if (dash is not null)
        {
            Attribute("stroke-dasharray", dash);
        }

        _content.Append(" />");
    }

    /// <summary>
    /// The chart as markup for a page: an image with a title and a description that screen readers announce, and a
    /// fixed size (so it prints and reads without the stylesheet); the stylesheet only lets it shrink on narrow screens.
    /// </summary>
    public IHtmlContent ToHtml(string id, string title, string description, double width, double height)
    {
        var svg = new StringBuilder(_content.Length + 512);
        svg.Append("<svg");
        Attribute(svg, "id", id);
        Attribute(svg, "class", "chart");
        Attribute(svg, "role", "img");
        Attribute(svg, "aria-labelledby", $"{id}-title {id}-desc");
        Attribute(svg, "width", Number(width));
        Attribute(svg, "height", Number(height));
        Attribute(svg, "viewBox", $"0 0 {Number(width)} {Number(height)}");
        Attribute(svg, "font-family", "system-ui, sans-serif");
        Attribute(svg, "font-size", "11");
        Attribute(svg, "xmlns", Ns);
        svg.Append("><title");
        Attribute(svg, "id", $"{id}-title");
        svg.Append('>');
        Escape(svg, title, attribute: false);
        svg.Append("</title><desc");
        Attribute(svg, "id", $"{id}-desc");
        svg.Append('>');
        Escape(svg, description, attribute: false);
        svg.Append("</desc>").Append(_content).Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a whole percentage as the reader writes it: "45%" in English, "45 %" (a non-breaking space) in French.</summary>
    public static string Percent(double share)
    {
        var whole = Math.Round(share * 100, MidpointRounding.AwayFromZero);
        return Languages.CurrentIsFrench
            ? string.Create(CultureInfo.CurrentCulture, $"{whole:0}\u00A0%")
            : string.Create(CultureInfo.InvariantCulture, $"{whole:0}%");
    }

    private Svg Open(string element)
    {
        _content.Append('<').Append(element);
        return this;
    }

    private Svg Attribute(string name, string value)
    {
        Attribute(_content, name, value);
        return this;
    }

    private static void Attribute(StringBuilder to, string name, string value)
    {
        to.Append(' ').Append(name).Append("=\"");
        Escape(to, value, attribute: true);
        to.Append('"');
    }

    /// <summary>
    /// As the XML writer escapes: &amp;, &lt; and &gt; always; in attributes also the quote and the line breaks and
    /// tabs as character references; in text, line breaks as "\n". A character XML cannot hold is refused, as the
    /// writer refuses it.
    /// </summary>
    private static void Escape(StringBuilder to, string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': to.Append("&amp;"); break;
                case '<': to.Append("&lt;"); break;
                case '>': to.Append("&gt;"); break;
                case '"' when attribute: to.Append("&quot;"); break;
                case '\t' when attribute: to.Append("&#x9;"); break;
                case '\n' when attribute: to.Append("&#xA;"); break;
                case '\r' when attribute: to.Append("&#xD;"); break;
                case '\r':
                    // Text: "\r\n" and a lone "\r" are both written as one "\n".
                    to.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        to.Append(c).Append(text[++i]);
                    }
                    else if (XmlConvert.IsXmlChar(c))
                    {
                        to.Append(c);
                    }
                    else
                    {
                        throw new ArgumentException($"'{c}', hexadecimal value 0x{(int)c:X2}, is an invalid character.", nameof(text));
                    }

                    break;
            }
        }
    }
}
