using System.Globalization;
using ActionPlanTracker.Web.Charts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ActionPlanTracker.Web.Documents;

/// <summary>
/// Lays text out top to bottom on A4 pages, wrapping words and starting a new page when one is full; headers and
/// "Page n of N" (in the document's language, by <c>pageNumber</c>) are drawn at the end, once the number
/// of pages is known.
/// </summary>
public sealed class PdfFlow(PdfDocument document, string header, Func<int, int, string> pageNumber)
{
    private const double Margin = 56;
    private const double Top = 80;
    private const double Bottom = 70;
    private const double Padding = 3;

    private readonly XFont _body = Font(9.5, XFontStyleEx.Regular);
    private readonly XFont _bold = Font(9.5, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8, XFontStyleEx.Regular);
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    private double Width => _page!.Width.Point - (2 * Margin);

    public void Heading(string text, double size)
    {
        var font = Font(size, XFontStyleEx.Bold);
        var lines = Wrap(text, font, WidthOrA4());
        // Keep a heading with at least three lines of what follows.
        Ensure((lines.Count * font.GetHeight()) + (size * 0.8) + (3 * _body.GetHeight()));
        _y += size * 0.6;
        foreach (var line in lines)
        {
            _gfx!.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, font.GetHeight()), XStringFormats.TopLeft);
            _y += font.GetHeight();
        }

        _y += size * 0.2;
    }

    public void Paragraph(string text)
    {
        foreach (var line in Wrap(text, _body, WidthOrA4()))
        {
            Ensure(_body.GetHeight());
            _gfx!.DrawString(line, _body, XBrushes.Black, new XRect(Margin, _y, Width, _body.GetHeight()), XStringFormats.TopLeft);
            _y += _body.GetHeight();
        }

        _y += _body.GetHeight() * 0.5;
    }

    /// <summary>One table row: each cell wrapped within its share of the width, ruled above and below.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> shares, bool bold = false)
    {
        var font = bold ? _bold : _body;
        var widths = shares.Select(s => s * WidthOrA4()).ToList();
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - (2 * Padding))).ToList();
        var height = (wrapped.Max(w => w.Count) * font.GetHeight()) + (2 * Padding);
        Ensure(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var y = _y + Padding;
            foreach (var line in wrapped[i])
            {
                _gfx!.DrawString(line, font, XBrushes.Black, new XRect(x + Padding, y, widths[i], font.GetHeight()), XStringFormats.TopLeft);
                y += font.GetHeight();
            }

            x += widths[i];
        }

        _gfx!.DrawLine(XPens.LightGray, Margin, _y, Margin + Width, _y);
        _gfx.DrawLine(XPens.LightGray, Margin, _y + height, Margin + Width, _y + height);
        _y += height;
    }

    /// <summary>
    /// Horizontal bars split into segments proportional to the counts, in the kinds' order and colours, each segment
    /// wide enough carrying its count and each bar its total; a legend names the kinds, so grey-scale print reads too.
    /// </summary>
    public void StackedBars(IReadOnlyList<StackKind> kinds, IReadOnlyList<StackRow> rows)
    {
        const double labelWidth = 70;
        const double totalWidth = 28;
        const double rowHeight = 16;
        const double barHeight = 12;
        const double swatch = 9;
        var barWidth = WidthOrA4() - labelWidth - totalWidth;
        var max = StackedBarChart.Max(rows);
        var separator = new XPen(XColors.White, 0.6);
        foreach (var row in rows)
        {
            Ensure(rowHeight);
            var top = _y + ((rowHeight - barHeight) / 2);
            _gfx!.DrawString(row.Label, _small, XBrushes.Black, new XRect(Margin, top, labelWidth - 6, barHeight), XStringFormats.CenterRight);
            var x = Margin + labelWidth;
            for (var k = 0; k < kinds.Count && k < row.Counts.Count; k++)
            {
                var count = row.Counts[k];
                if (count == 0)
                {
                    continue;
                }

                var width = count * barWidth / max;
                var rect = new XRect(x, top, width, barHeight);
                _gfx.DrawRectangle(separator, Brush(kinds[k].Fill), rect);
                var text = count.ToString(CultureInfo.InvariantCulture);
                if (_gfx.MeasureString(text, _small).Width + 2 <= width)
                {
                    _gfx.DrawString(text, _small, Brush(kinds[k].Ink), rect, XStringFormats.Center);
                }

                x += width;
            }

            var total = row.Counts.Sum().ToString(CultureInfo.InvariantCulture);
            _gfx.DrawString(total, _small, XBrushes.DimGray, new XRect(x + 4, top, totalWidth, barHeight), XStringFormats.CenterLeft);
            _y += rowHeight;
        }

        _y += 4;
        var legendX = Margin;
        Ensure(rowHeight);
        foreach (var kind in kinds)
        {
            var width = swatch + 4 + _gfx!.MeasureString(kind.Label, _small).Width + 12;
            if (legendX > Margin && legendX + width > Margin + Width)
            {
                _y += rowHeight;
                Ensure(rowHeight);
                legendX = Margin;
            }

            var top = _y + ((rowHeight - swatch) / 2);
            _gfx.DrawRectangle(XPens.DimGray, Brush(kind.Fill), new XRect(legendX, top, swatch, swatch));
            _gfx.DrawString(kind.Label, _small, XBrushes.Black, new XRect(legendX + swatch + 4, _y, width, rowHeight), XStringFormats.CenterLeft);
            legendX += width;
        }

        _y += rowHeight + (_body.GetHeight() * 0.5);
    }

    /// <summary>Closes the last page and draws every page's header and page number.</summary>
    public void Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point - (2 * Margin);
            gfx.DrawString(header, _small, XBrushes.DimGray, new XRect(Margin, 36, width, 12), XStringFormats.TopLeft);
            gfx.DrawLine(XPens.LightGray, Margin, 52, Margin + width, 52);
            var number = pageNumber(i + 1, count);
            gfx.DrawString(number, _small, XBrushes.DimGray, new XRect(Margin, page.Height.Point - 44, width, 12), XStringFormats.TopCenter);
        }
    }

    /// <summary>Unicode encoding, so names and narratives in any script print (WinAnsi would only cover Western Europe).</summary>
    private static XFont Font(double size, XFontStyleEx style) =>
        new(DejaVuFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static XSolidBrush Brush(string hex)
    {
        var (r, g, b) = HexColour.Rgb(hex);
        return new XSolidBrush(XColor.FromArgb(r, g, b));
    }

    private double WidthOrA4()
    {
        Ensure(0);
        return Width;
    }

    private void Ensure(double height)
    {
        if (_page is not null && _y + height <= _page.Height.Point - Bottom)
        {
            return;
        }

        _gfx?.Dispose();
        _page = document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Top;
    }

    /// <summary>Splits text into lines that fit the width: typed line breaks kept, words too long for a line cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        Ensure(0);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx!.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && _gfx.MeasureString(line, font).Width > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
