using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Text;

/// <summary>A word-level diff of two texts (longest common subsequence over words and the spaces between them).</summary>
public static partial class TextDiff
{
    /// <summary>
    /// Above this many cells the LCS table would cost too much memory and time; the changed middle is then shown
    /// as removed whole and added whole, which is still correct, only coarser.
    /// </summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPart> Words(string? before, string? after)
    {
        var a = Tokens(before ?? "");
        var b = Tokens(after ?? "");

        // Common start and end first: edits are usually small, and this keeps the table small.
        var start = 0;
        while (start < a.Count && start < b.Count && a[start] == b[start])
        {
            start++;
        }

        var end = 0;
        while (end < a.Count - start && end < b.Count - start && a[a.Count - 1 - end] == b[b.Count - 1 - end])
        {
            end++;
        }

        var parts = new List<DiffPart>();
        Add(parts, DiffKind.Same, a.Take(start));
        var middleA = a.Skip(start).Take(a.Count - start - end).ToList();
        var middleB = b.Skip(start).Take(b.Count - start - end).ToList();
        if ((long)middleA.Count * middleB.Count > MaxCells)
        {
            Add(parts, DiffKind.Deleted, middleA);
            Add(parts, DiffKind.Inserted, middleB);
        }
        else
        {
            Lcs(parts, middleA, middleB);
        }

        Add(parts, DiffKind.Same, a.Skip(a.Count - end));
        return Grouped(parts);
    }

    /// <summary>
    /// The parts as HTML: removed text in &lt;del&gt;, added text in &lt;ins&gt;, every text encoded. Where an added
    /// passage follows a removed one word against word, a space between them keeps the two apart as read.
    /// </summary>
    public static IHtmlContent ToHtml(IEnumerable<DiffPart> parts)
    {
        var html = new HtmlContentBuilder();
        DiffPart? previous = null;
        foreach (var part in parts)
        {
            if (previous is { Kind: DiffKind.Deleted } && part.Kind == DiffKind.Inserted
                && !char.IsWhiteSpace(previous.Text[^1]) && !char.IsWhiteSpace(part.Text[0]))
            {
                html.Append(" ");
            }

            previous = part;
            var tag = part.Kind switch
            {
                DiffKind.Deleted => "del",
                DiffKind.Inserted => "ins",
                _ => null,
            };
            if (tag is null)
            {
                html.Append(part.Text);
            }
            else
            {
                html.AppendHtml($"<{tag}>").Append(part.Text).AppendHtml($"</{tag}>");
            }
        }

        return html;
    }

    private static void Lcs(List<DiffPart> parts, List<string> a, List<string> b)
    {
        // length[i, j]: the longest common subsequence of a[i..] and b[j..].
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                Add(parts, DiffKind.Same, [a[x++]]);
                y++;
            }
            else if (length[x + 1, y] >= length[x, y + 1])
            {
                Add(parts, DiffKind.Deleted, [a[x++]]);
            }
            else
            {
                Add(parts, DiffKind.Inserted, [b[y++]]);
            }
        }

        Add(parts, DiffKind.Deleted, a.Skip(x));
        Add(parts, DiffKind.Inserted, b.Skip(y));
    }

    /// <summary>
    /// A rewritten passage as one removal followed by one addition: changes separated only by white space (which the
    /// word-level match finds in common everywhere) are joined, so the old words and the new do not alternate word by
    /// word ("creating or reinforcing, in" removed, then "Strengthen" added, rather than the two interleaved).
    /// </summary>
    private static List<DiffPart> Grouped(List<DiffPart> parts)
    {
        var grouped = new List<DiffPart>();
        var i = 0;
        while (i < parts.Count)
        {
            if (parts[i].Kind == DiffKind.Same)
            {
                Add(grouped, DiffKind.Same, [parts[i++].Text]);
                continue;
            }

            var last = i;
            while (last + 1 < parts.Count && (parts[last + 1].Kind != DiffKind.Same
                || (last + 2 < parts.Count && parts[last + 2].Kind != DiffKind.Same && string.IsNullOrWhiteSpace(parts[last + 1].Text))))
            {
                last += parts[last + 1].Kind != DiffKind.Same ? 1 : 2;
            }

            var run = parts.GetRange(i, last - i + 1);
            var deleted = string.Concat(run.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text));
            var inserted = string.Concat(run.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text));

            // White space both end with stays unchanged, after them.
            var common = 0;
            while (common < deleted.Length && common < inserted.Length && char.IsWhiteSpace(deleted[^(common + 1)]) && deleted[^(common + 1)] == inserted[^(common + 1)])
            {
                common++;
            }

            Add(grouped, DiffKind.Deleted, [deleted[..^common]]);
            Add(grouped, DiffKind.Inserted, [inserted[..^common]]);
            Add(grouped, DiffKind.Same, [deleted[^common..]]);
            i = last + 1;
        }

        return grouped;
    }

    /// <summary>Appends tokens, merging with the last part when it is of the same kind.</summary>
    private static void Add(List<DiffPart> parts, DiffKind kind, IEnumerable<string> tokens)
    {
        var text = string.Concat(tokens);
        if (text.Length == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        }
        else
        {
            parts.Add(new DiffPart(kind, text));
        }
    }

    private static List<string> Tokens(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();
}

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

public sealed record DiffPart(DiffKind Kind, string Text);
