using System.Globalization;
using System.Xml.Linq;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Charts;

/// <summary>
/// Small builders for inline SVG. Charts are made of <see cref="XElement"/>s, whose serialiser escapes every text and
/// attribute, so a label read from the database can never turn into markup.
/// </summary>
public static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>
    /// The chart's root: an image with a title and a description that screen readers announce, and a fixed size
    /// (so it prints and reads without the stylesheet); the stylesheet only lets it shrink on narrow screens.
    /// </summary>
    public static XElement Root(string id, string title, string description, double width, double height, IEnumerable<XElement> content) =>
        new(Ns + "svg",
            new XAttribute("id", id),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(height)),
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("font-family", "system-ui, sans-serif"),
            new XAttribute("font-size", "11"),
            new XElement(Ns + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Ns + "desc", new XAttribute("id", $"{id}-desc"), description),
            content);

    public static XElement Rect(double x, double y, double width, double height, string fill, string? tooltip = null) =>
        new(Ns + "rect",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("width", Number(Math.Max(0, width))),
            new XAttribute("height", Number(Math.Max(0, height))),
            new XAttribute("fill", fill),
            tooltip is null ? null : new XElement(Ns + "title", tooltip));

    public static XElement Text(double x, double y, string text, string anchor = "start", string fill = "#1b1f24", string? weight = null) =>
        new(Ns + "text",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("text-anchor", anchor),
            new XAttribute("fill", fill),
            weight is null ? null : new XAttribute("font-weight", weight),
            text);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, string? dash = null) =>
        new(Ns + "line",
            new XAttribute("x1", Number(x1)),
            new XAttribute("y1", Number(y1)),
            new XAttribute("x2", Number(x2)),
            new XAttribute("y2", Number(y2)),
            new XAttribute("stroke", stroke),
            dash is null ? null : new XAttribute("stroke-dasharray", dash));

    /// <summary>The SVG as markup for a page. Safe: every text in it was escaped by the XML serialiser.</summary>
    public static IHtmlContent ToHtml(XElement svg) => new HtmlString(svg.ToString(SaveOptions.DisableFormatting));

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a whole percentage as the reader writes it: "45%" in English, "45 %" (a non-breaking space) in French.</summary>
    public static string Percent(double share)
    {
        var whole = Math.Round(share * 100, MidpointRounding.AwayFromZero);
        return Languages.CurrentIsFrench
            ? string.Create(CultureInfo.CurrentCulture, $"{whole:0}\u00A0%")
            : string.Create(CultureInfo.InvariantCulture, $"{whole:0}%");
    }
}
