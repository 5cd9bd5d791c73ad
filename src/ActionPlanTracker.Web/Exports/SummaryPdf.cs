using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ActionPlanTracker.Web.Exports;

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

    public static byte[] Write(Summary s)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"RLG progress summary, cycle {s.Cycle}";
        document.Info.CreationDate = s.AsOf.UtcDateTime;
        document.Info.ModificationDate = s.AsOf.UtcDateTime;
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s.Fingerprint + s.AsOfText)))[..16];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var flow = new PdfFlow(document, $"RLG progress summary · cycle {s.Cycle} · data as of {s.AsOfText}");
        Write(flow, s);
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

    private static void Write(PdfFlow flow, Summary s)
    {
        flow.Heading($"RLG progress summary, cycle {s.Cycle}", 18);
        flow.Paragraph(s.PlanTitle);
        double[] cover = [0.35, 0.65];
        flow.Row(["Cycle", $"{s.Cycle} ({s.PeriodStart:yyyy-MM-dd} to {s.PeriodEnd:yyyy-MM-dd})"], cover);
        flow.Row(["Heads of Delegation meeting", s.MeetingText], cover);
        flow.Row(["Data as of", s.AsOfText], cover);
        flow.Row(["Status", s.PublishedText], cover);
        // The two hashes on lines of their own, so a reader can copy them whole.
        flow.Heading("Fingerprint of the data (SHA-256)", 10);
        flow.Paragraph(s.Fingerprint);
        flow.Heading("Audit chain head at that moment", 10);
        flow.Paragraph(s.ChainHead ?? "none");

        flow.Heading("Overview", 15);
        flow.Heading("Completion by pillar", 12);
        double[] counts = [0.28, .. Enumerable.Repeat(0.72 / SummaryText.LevelColumns.Count, SummaryText.LevelColumns.Count)];
        flow.Row(["Pillar", .. SummaryText.LevelColumns], counts, bold: true);
        foreach (var p in s.Pillars)
        {
            flow.Row([p.Heading, .. Numbers(Summary.LevelCounts(p.Commitments.SelectMany(c => c.Entries)))], counts);
        }

        flow.Heading(SummaryCharts.PillarCaption, 10);
        flow.StackedBars(SummaryCharts.Kinds, SummaryCharts.ByPillar(s));

        flow.Heading("Completion and submission by member", 12);
        double[] byMember = [0.2, .. Enumerable.Repeat(0.66 / SummaryText.LevelColumns.Count, SummaryText.LevelColumns.Count), 0.14];
        flow.Row(["Member", .. SummaryText.LevelColumns, "Submitted or approved"], byMember, bold: true);
        foreach (var m in s.Members)
        {
            flow.Row([m.Name, .. Numbers(Summary.LevelCounts(s.Entries.Where(e => e.MemberCode == m.Code))), $"{s.Submitted(m.Code)} of {s.CommitmentCount}"], byMember);
        }

        flow.Heading(SummaryCharts.MemberCaption, 10);
        flow.StackedBars(SummaryCharts.Kinds, SummaryCharts.ByMember(s));

        flow.Heading("Missing reports", 12);
        var missing = s.Missing.ToList();
        flow.Paragraph(missing.Count == 0 ? "None: every member reported on every commitment." : string.Join("; ", missing.Select(e => $"{e.CommitmentCode} {e.MemberCode}")));

        double[] statuses = [0.3, 0.45, 0.25];
        foreach (var pillar in s.Pillars)
        {
            flow.Heading(pillar.Heading, 15);
            foreach (var commitment in pillar.Commitments)
            {
                flow.Heading(commitment.Heading, 12);
                flow.Row(["Member", "Status", $"Change since {s.PreviousCycle ?? "the previous cycle"}"], statuses, bold: true);
                foreach (var e in commitment.Entries)
                {
                    flow.Row([e.MemberName, e.StatusText, e.ChangeText], statuses);
                }

                foreach (var e in commitment.Entries.Where(e => !e.IsMissing))
                {
                    flow.Heading($"{e.MemberName}{(e.IsProvisional ? " (provisional)" : "")}", 10);
                    flow.Paragraph(e.Completion == Completion.NotApplicable ? e.NotApplicableReason ?? "" : e.Narrative);
                }
            }
        }

        if (s.Indicators.Count > 0)
        {
            flow.Heading("Annex: indicators", 15);
            double[] annex = [0.25, 0.15, 0.45, 0.15];
            foreach (var (indicator, line, rows) in s.IndicatorAnnex)
            {
                flow.Heading(indicator.Heading, 12);
                flow.Paragraph(line);
                flow.Row(Summary.IndicatorAnnexHeader, annex, bold: true);
                foreach (var row in rows)
                {
                    flow.Row(row, annex);
                }
            }
        }
    }

    private static IEnumerable<string> Numbers(IEnumerable<int> counts) => counts.Select(n => n.ToString(CultureInfo.InvariantCulture));
}
