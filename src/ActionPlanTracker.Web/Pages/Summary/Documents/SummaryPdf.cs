using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlanTracker.Web.Documents;
using Microsoft.Extensions.Localization;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// The summary as a PDF circulated as is: A4, DejaVu Sans embedded, a header and "Page n of N" on every page. The
/// dates inside are "as of" and the document id is derived from the data, so the same summary gives the same bytes.
/// </summary>
public static partial class SummaryPdf
{
    static SummaryPdf()
    {
        GlobalFontSettings.FontResolver ??= new DejaVuFonts();
    }

    public static byte[] Write(Summary s, IStringLocalizer t)
    {
        using var document = new PdfDocument();
        document.Info.Title = t["Document.Title", s.Cycle];
        document.Info.CreationDate = s.AsOf.UtcDateTime;
        document.Info.ModificationDate = s.AsOf.UtcDateTime;
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s.Fingerprint + s.AsOfText)))[..16];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var flow = new PdfFlow(document, t["Document.RunningHead", s.Cycle, s.AsOfText], (page, pages) => t["Document.PageOf", page, pages]);
        Write(flow, s, t);
        flow.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return Stabilise(stream.ToArray(), id);
    }

    /// <summary>
    /// PDFsharp names each embedded font subset with a random six-letter tag (<c>/BaseFont/QLBZYC+DejaVu…</c>) and
    /// gives the XMP metadata random uuids: replaced by AAAAAA, AAAAAB… and by uuids derived from the document id, in
    /// order of appearance. Same lengths, so the cross-reference offsets stay right.
    /// </summary>
    private static byte[] Stabilise(byte[] pdf, string id)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            text = text.Replace("/" + tags[i] + "+", "/" + Tag(i) + "+", StringComparison.Ordinal);
        }

        var uuids = Uuid().Matches(text).Select(m => m.Value).Distinct().ToList();
        for (var i = 0; i < uuids.Count; i++)
        {
            var derived = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}/{i}"))[..16]).ToString();
            text = text.Replace(uuids[i], "uuid:" + derived, StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    private static string Tag(int index) => string.Concat(Enumerable.Range(0, 6).Reverse().Select(p => (char)('A' + (index / (int)Math.Pow(26, p) % 26))));

    [GeneratedRegex("/BaseFont\\s*/([A-Z]{6})\\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    private static void Write(PdfFlow flow, Summary s, IStringLocalizer t)
    {
        flow.Heading(t["Document.Title", s.Cycle], 18);
        flow.Paragraph(s.PlanTitle);
        double[] cover = [0.35, 0.65];
        flow.Row([t["Cover.Cycle"], s.PeriodText(t)], cover);
        flow.Row([t["Cover.Presidency"], s.PresidencyText(t)], cover);
        flow.Row([t["Cover.Meeting"], s.MeetingText], cover);
        flow.Row([t["Cover.AsOf"], s.AsOfText], cover);
        flow.Row([t["Cover.Status"], s.PublishedText(t)], cover);
        // The two hashes on lines of their own, so a reader can copy them whole.
        flow.Heading(t["Cover.Fingerprint"], 10);
        flow.Paragraph(s.Fingerprint);
        flow.Heading(t["Cover.ChainHead"], 10);
        flow.Paragraph(s.ChainHead ?? t["Cover.NoChainHead"]);

        flow.Heading(t["Overview.Heading"], 15);
        flow.Heading(t["Overview.ByPillar"], 12);
        var levels = SummaryFormat.LevelColumns;
        double[] counts = [0.28, .. Enumerable.Repeat(0.72 / levels.Count, levels.Count)];
        flow.Row([t["Overview.Pillar"], .. levels], counts, bold: true);
        foreach (var p in s.Pillars)
        {
            flow.Row([p.Heading(t), .. Numbers(Summary.LevelCounts(p.Commitments.SelectMany(c => c.Entries)))], counts);
        }

        flow.Heading(t["Overview.ByPillarChart"], 10);
        flow.StackedBars(SummaryCharts.Kinds, SummaryCharts.ByPillar(s, t));

        flow.Heading(t["Overview.ByMember"], 12);
        double[] byMember = [0.2, .. Enumerable.Repeat(0.66 / levels.Count, levels.Count), 0.14];
        flow.Row([t["Overview.Member"], .. levels, t["Overview.Submitted"]], byMember, bold: true);
        foreach (var m in s.Members)
        {
            flow.Row([m.LocalName(), .. Numbers(Summary.LevelCounts(s.Entries.Where(e => e.MemberCode == m.Code))), s.SubmittedText(t, m.Code)], byMember);
        }

        flow.Heading(t["Overview.ByMemberChart"], 10);
        flow.StackedBars(SummaryCharts.Kinds, SummaryCharts.ByMember(s));

        flow.Heading(t["Overview.Missing"], 12);
        var missing = s.Missing.ToList();
        flow.Paragraph(missing.Count == 0 ? t["Overview.NoneMissing"] : string.Join("; ", missing.Select(e => $"{e.CommitmentCode} {e.MemberCode}")));

        double[] statuses = [0.3, 0.45, 0.25];
        foreach (var pillar in s.Pillars)
        {
            flow.Heading(pillar.Heading(t), 15);
            foreach (var commitment in pillar.Commitments)
            {
                flow.Heading(commitment.Heading(), 12);
                if (commitment.LineageText(t) is { } lineage)
                {
                    flow.Paragraph(lineage);
                }

                flow.Row([t["Overview.Member"], t["Commitment.Status"], t["Commitment.ChangeSince", s.PreviousCycleText(t)]], statuses, bold: true);
                foreach (var e in commitment.Entries)
                {
                    flow.Row([e.LocalMemberName(), e.StatusText(t), e.ChangeText()], statuses);
                }

                foreach (var e in commitment.Entries.Where(e => !e.IsMissing))
                {
                    flow.Heading(e.HeadingText(t), 10);
                    flow.Paragraph(e.WrittenText());
                }
            }
        }

        if (s.Indicators.Count > 0)
        {
            flow.Heading(t["Annex.Heading"], 15);
            double[] annex = [0.25, 0.15, 0.45, 0.15];
            foreach (var (indicator, line, rows) in s.IndicatorAnnex(t))
            {
                flow.Heading(indicator.Heading(t), 12);
                flow.Paragraph(line);
                flow.Row(Summary.IndicatorAnnexHeader(t), annex, bold: true);
                foreach (var row in rows)
                {
                    flow.Row(row, annex);
                }
            }
        }
    }

    private static IEnumerable<string> Numbers(IEnumerable<int> counts) => counts.Select(n => n.ToString(CultureInfo.InvariantCulture));
}
