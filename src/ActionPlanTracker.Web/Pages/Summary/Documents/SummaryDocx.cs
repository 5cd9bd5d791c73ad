using System.Globalization;
using ActionPlanTracker.Web.Charts;
using ActionPlanTracker.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// The summary as a Word document the secretariat edits before circulating: real Title/Heading1/Heading2/Heading3
/// styles (so Word's navigation pane and table of contents work), real tables, no document properties or dates,
/// fixed relationship ids, so the bytes depend on the data only.
/// </summary>
public static class SummaryDocx
{
    /// <summary>The chart tables' grid in twips: the label, 50 units of bar, the total; 9638 is A4 less 2 cm margins.</summary>
    private const int ChartLabel = 1438;
    private const int ChartUnits = 50;
    private const int ChartUnit = 150;
    private const int ChartTotal = 700;
    private const int ChartWidth = ChartLabel + (ChartUnits * ChartUnit) + ChartTotal;

    public static byte[] Write(Summary summary, IStringLocalizer t)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles();
            main.Document = new Document(new Body([.. Content(summary, t), Page()]));
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    private static IEnumerable<OpenXmlElement> Content(Summary s, IStringLocalizer t)
    {
        yield return Paragraph("Title", t["Document.Title", s.Cycle]);
        yield return Paragraph(null, s.PlanTitle);
        yield return Table(["", ""],
        [
            [t["Cover.Cycle"], s.PeriodText(t)],
            [t["Cover.Presidency"], s.PresidencyText(t)],
            [t["Cover.Meeting"], s.MeetingText],
            [t["Cover.AsOf"], s.AsOfText],
            [t["Cover.Status"], s.PublishedText(t)],
            [t["Cover.Fingerprint"], s.Fingerprint],
            [t["Cover.ChainHead"], s.ChainHead ?? t["Cover.NoChainHead"]],
        ]);

        yield return Paragraph("Heading1", t["Overview.Heading"]);
        yield return Paragraph("Heading2", t["Overview.ByPillar"]);
        yield return Table([t["Overview.Pillar"], .. SummaryFormat.LevelColumns],
            [.. s.Pillars.Select(p => (IReadOnlyList<string>)[p.Heading(t), .. Counts(Summary.LevelCounts(p.Commitments.SelectMany(c => c.Entries)))])]);
        yield return Caption(t["Overview.ByPillarChart"]);
        yield return Chart(t, SummaryCharts.Kinds, SummaryCharts.ByPillar(s, t));
        yield return Paragraph("Heading2", t["Overview.ByMember"]);
        yield return Table([t["Overview.Member"], .. SummaryFormat.LevelColumns, t["Overview.Submitted"]],
            [.. s.Members.Select(m => (IReadOnlyList<string>)[m.LocalName(), .. Counts(Summary.LevelCounts(s.Entries.Where(e => e.MemberCode == m.Code))), s.SubmittedText(t, m.Code)])]);
        yield return Caption(t["Overview.ByMemberChart"]);
        yield return Chart(t, SummaryCharts.Kinds, SummaryCharts.ByMember(s));
        yield return Paragraph("Heading2", t["Overview.Missing"]);
        var missing = s.Missing.ToList();
        if (missing.Count == 0)
        {
            yield return Paragraph(null, t["Overview.NoneMissing"]);
        }

        foreach (var e in missing)
        {
            yield return Paragraph(null, $"{e.CommitmentCode} · {e.LocalMemberName()}");
        }

        foreach (var pillar in s.Pillars)
        {
            yield return Paragraph("Heading1", pillar.Heading(t));
            foreach (var commitment in pillar.Commitments)
            {
                yield return Paragraph("Heading2", commitment.Heading());
                if (commitment.LineageText(t) is { } lineage)
                {
                    yield return Paragraph(null, lineage);
                }

                yield return Table([t["Overview.Member"], t["Commitment.Status"], t["Commitment.ChangeSince", s.PreviousCycleText(t)]],
                    [.. commitment.Entries.Select(e => (IReadOnlyList<string>)[e.LocalMemberName(), e.StatusText(t), e.ChangeText()])]);
                foreach (var e in commitment.Entries.Where(e => !e.IsMissing))
                {
                    yield return Paragraph("Heading3", e.HeadingText(t));
                    yield return Paragraph(null, e.WrittenText());
                }
            }
        }

        if (s.Indicators.Count > 0)
        {
            yield return Paragraph("Heading1", t["Annex.Heading"]);
            foreach (var (indicator, line, rows) in s.IndicatorAnnex(t))
            {
                yield return Paragraph("Heading2", indicator.Heading(t));
                yield return Paragraph(null, line);
                yield return Table(Summary.IndicatorAnnexHeader(t), rows);
            }
        }
    }

    private static IEnumerable<string> Counts(IEnumerable<int> counts) => counts.Select(n => n.ToString(CultureInfo.InvariantCulture));

    /// <summary>A paragraph in a style; line breaks typed in the text stay line breaks.</summary>
    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        var run = new Run();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }

    /// <summary>
    /// A table across the text width with its grid: each column at least as wide as its longest word (so no word is cut),
    /// the rest of the width shared by the columns whose texts are longest.
    /// </summary>
    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(header, rows);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(TextWidth) },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        if (header.Any(h => h.Length > 0))
        {
            table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. header.Select((h, i) => Cell(h, bold: true, widths[i]))]));
        }

        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select((c, i) => Cell(c, bold: false, widths[i]))));
        }

        return table;
    }

    /// <summary>The widths of a table's columns in twips, summing to the text width.</summary>
    private static int[] ColumnWidths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        // Twips a character takes at most in the widest font a reader may substitute for Calibri (DejaVu Sans): 11 pt
        // body text, 9 pt bold headings; cells have 108 twips of margin each side.
        const int Body = 140, Heading = 125, Margins = 2 * 108;
        static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(1).Max();
        var count = header.Count;
        var least = Enumerable.Range(0, count).Select(i => Margins + Math.Max(
            Heading * LongestWord(header[i]),
            Body * rows.Select(r => i < r.Count ? LongestWord(r[i]) : 1).DefaultIfEmpty(1).Max())).ToArray();
        var wanted = Enumerable.Range(0, count).Select(i => Math.Max(least[i], Margins + Math.Max(
            Heading * header[i].Length,
            Body * rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max()))).ToArray();
        var spare = TextWidth - least.Sum();
        if (spare <= 0)
        {
            // Words longer than a page shares: every column in proportion to its longest word.
            return Fitted(least.Select(w => (double)w).ToArray());
        }

        var extra = wanted.Select((w, i) => (double)(w - least[i])).ToArray();
        var total = extra.Sum();
        return Fitted(least.Select((w, i) => w + (total == 0 ? spare / (double)count : spare * extra[i] / total)).ToArray());
    }

    /// <summary>Whole twips that add up to the text width exactly.</summary>
    private static int[] Fitted(double[] widths)
    {
        var scale = TextWidth / widths.Sum();
        var fitted = widths.Select(w => (int)Math.Floor(w * scale)).ToArray();
        fitted[^1] += TextWidth - fitted.Sum();
        return fitted;
    }

    private static Paragraph Caption(string text)
    {
        var paragraph = Paragraph(null, text);
        paragraph.PrependChild(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }));
        paragraph.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Bold()));
        return paragraph;
    }

    /// <summary>
    /// The dashboard's stacked bars as a fixed-layout table: a row per pillar or member, its bar drawn by shaded cells
    /// whose widths are proportional to the counts (each count written in its cell), the total after it, and a legend
    /// row naming the kinds in their colours. Editable in Word, rendered by LibreOffice, readable in grey-scale.
    /// </summary>
    private static Table Chart(IStringLocalizer t, IReadOnlyList<StackKind> kinds, IReadOnlyList<StackRow> rows)
    {
        var max = StackedBarChart.Max(rows);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = ChartWidth.ToString(CultureInfo.InvariantCulture) },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid([
            new GridColumn { Width = Twips(ChartLabel) },
            .. Enumerable.Range(0, ChartUnits).Select(_ => new GridColumn { Width = Twips(ChartUnit) }),
            new GridColumn { Width = Twips(ChartTotal) },
        ]));
        foreach (var row in rows)
        {
            var counts = row.Counts.Take(kinds.Count).ToList();
            var spans = counts.Select(c => c == 0 ? 0 : Math.Max(1, (int)Math.Round(c * (double)ChartUnits / max, MidpointRounding.AwayFromZero))).ToList();
            while (spans.Sum() > ChartUnits)
            {
                spans[spans.IndexOf(spans.Max())]--;
            }

            var cells = new List<TableCell> { ChartCell(row.Label, 1, ChartLabel, null, null, JustificationValues.Right) };
            for (var k = 0; k < counts.Count; k++)
            {
                if (spans[k] > 0)
                {
                    var text = spans[k] >= 2 ? counts[k].ToString(CultureInfo.InvariantCulture) : "";
                    cells.Add(ChartCell(text, spans[k], spans[k] * ChartUnit, kinds[k].Fill, kinds[k].Ink, JustificationValues.Center));
                }
            }

            var rest = ChartUnits - spans.Sum();
            if (rest > 0)
            {
                cells.Add(ChartCell("", rest, rest * ChartUnit, null, null, JustificationValues.Left));
            }

            cells.Add(ChartCell(counts.Sum().ToString(CultureInfo.InvariantCulture), 1, ChartTotal, null, null, JustificationValues.Left));
            table.Append(new TableRow([new TableRowProperties(new CantSplit()), .. cells]));
        }

        var each = ChartUnits / Math.Max(1, kinds.Count);
        var legend = new List<TableCell> { ChartCell(t["Overview.Legend"], 1, ChartLabel, null, null, JustificationValues.Right) };
        legend.AddRange(kinds.Select(k => ChartCell(k.Label, each, each * ChartUnit, k.Fill, k.Ink, JustificationValues.Center)));
        var left = ChartUnits - (each * kinds.Count) + 1;
        legend.Add(ChartCell("", left, ((left - 1) * ChartUnit) + ChartTotal, null, null, JustificationValues.Left));
        table.Append(new TableRow([new TableRowProperties(new CantSplit()), .. legend]));
        return table;
    }

    private static TableCell ChartCell(string text, int span, int width, string? fill, string? ink, JustificationValues align)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(width) });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HexColour.Word(fill) });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var runProperties = new RunProperties(new FontSize { Val = "16" });
        if (ink is not null)
        {
            runProperties.PrependChild(new Color { Val = HexColour.Word(ink) });
        }

        // Kept with the next row, so a chart is not split across pages; the label and the total kept off the bar.
        var paragraph = new Paragraph(
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "20", After = "20" },
                new Indentation { Left = align == JustificationValues.Left ? "80" : "0", Right = align == JustificationValues.Right ? "80" : "0" },
                new Justification { Val = align }),
            new Run(runProperties, new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new TableCell(properties, paragraph);
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TableCell Cell(string text, bool bold, int width)
    {
        var run = new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            // Headings a size smaller, as publications set them, so that no heading word is cut across lines.
            run.PrependChild(new RunProperties(new Bold(), new FontSize { Val = "18" }));
        }

        return new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(width) }), new Paragraph(run));
    }

    /// <summary>A4's width less its two margins, in twips.</summary>
    private const int TextWidth = 11906 - (2 * 1134);

    /// <summary>A4 portrait with 2 cm margins.</summary>
    private static SectionProperties Page() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", 0, "40"),
        Heading("Heading1", "heading 1", 0, "32"),
        Heading("Heading2", "heading 2", 1, "26"),
        Heading("Heading3", "heading 3", 2, "22"),
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    private static Style Heading(string id, string name, int level, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size }))
    { Type = StyleValues.Paragraph, StyleId = id };
}
