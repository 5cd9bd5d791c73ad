using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Text;

/// <summary>A word-level diff of two texts (longest common subsequence over words, punctuation and the spaces between them).</summary>
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

        // The common end starts after white space (or at a text's start): a final "." is not taken from "officers."
        // when only the other text's "year." ends the same way.
        while (end > 0 && a.Count - end > start && b.Count - end > start
            && !(string.IsNullOrWhiteSpace(a[a.Count - 1 - end]) && string.IsNullOrWhiteSpace(b[b.Count - 1 - end])))
        {
            end--;
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
    /// A diff that reads when a paragraph is rewritten: sentences are matched first; a changed sentence that keeps most
    /// of its words shows the words changed within it (<see cref="Words"/>), and one rewritten beyond that is shown
    /// removed whole, then its replacement added whole (<see cref="DiffPart.Whole"/>), never the two interleaved.
    /// </summary>
    public static IReadOnlyList<DiffPart> Sentences(string? before, string? after)
    {
        var a = SentenceTokens(before ?? "");
        var b = SentenceTokens(after ?? "");
        if ((long)a.Count * b.Count > MaxCells)
        {
            return Words(before, after);
        }

        var ops = SentenceOps(a, b);
        var parts = new List<DiffPart>();
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == DiffKind.Same)
            {
                // The same sentence; the white space after it may differ (a line break become a space).
                var (x, y) = (ops[i].Before!, ops[i].After!);
                var core = x.TrimEnd();
                Add(parts, DiffKind.Same, [core]);
                if (x[core.Length..] == y[core.Length..])
                {
                    Add(parts, DiffKind.Same, [x[core.Length..]]);
                }
                else
                {
                    Add(parts, DiffKind.Deleted, [x[core.Length..]]);
                    Add(parts, DiffKind.Inserted, [y[core.Length..]]);
                }

                i++;
                continue;
            }

            var removed = new List<string>();
            var added = new List<string>();
            for (; i < ops.Count && ops[i].Kind != DiffKind.Same; i++)
            {
                (ops[i].Kind == DiffKind.Deleted ? removed : added).Add(ops[i].Kind == DiffKind.Deleted ? ops[i].Before! : ops[i].After!);
            }

            // The removed and added sentences paired in order where one is the other reworded (most pairs first);
            // the others are removed or added whole, each before the pair that follows it.
            var similar = new bool[removed.Count, added.Count];
            var pairs = new int[removed.Count + 1, added.Count + 1];
            for (var r = removed.Count - 1; r >= 0; r--)
            {
                for (var n = added.Count - 1; n >= 0; n--)
                {
                    similar[r, n] = Similar(removed[r], added[n]);
                    pairs[r, n] = Math.Max(similar[r, n] ? pairs[r + 1, n + 1] + 1 : 0, Math.Max(pairs[r + 1, n], pairs[r, n + 1]));
                }
            }

            int p = 0, q = 0;
            while (p < removed.Count || q < added.Count)
            {
                if (p < removed.Count && q < added.Count && similar[p, q] && pairs[p, q] == pairs[p + 1, q + 1] + 1)
                {
                    foreach (var part in Words(removed[p++], added[q++]))
                    {
                        Add(parts, part.Kind, [part.Text]);
                    }
                }
                else if (p < removed.Count && (q == added.Count || pairs[p + 1, q] >= pairs[p, q + 1]))
                {
                    Add(parts, DiffKind.Deleted, [removed[p++]], whole: true);
                }
                else
                {
                    Add(parts, DiffKind.Inserted, [added[q++]], whole: true);
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// The parts as HTML: removed text in &lt;del&gt;, added text in &lt;ins&gt;, every text encoded. Where an added
    /// passage follows a removed one word against word, a space between them keeps the two apart as read.
    /// </summary>
    /// <remarks>
    /// With <paramref name="labels"/>, each removal and addition starts with its word ("removed:", "added:") for screen
    /// readers, hidden from sight; a sentence removed or added whole (<see cref="DiffPart.Whole"/>) stands as a block.
    /// </remarks>
    public static IHtmlContent ToHtml(IEnumerable<DiffPart> parts, DiffLabels? labels = null)
    {
        var html = new HtmlContentBuilder();
        DiffPart? previous = null;
        foreach (var part in parts)
        {
            if (previous is { Kind: DiffKind.Deleted, Whole: false } && part is { Kind: DiffKind.Inserted, Whole: false }
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
                continue;
            }

            html.AppendHtml(part.Whole ? $"<{tag} class=\"diff__whole\">" : $"<{tag}>");
            if (labels is not null)
            {
                html.AppendHtml("<span class=\"visually-hidden\">").Append(part.Kind == DiffKind.Deleted ? labels.Removed : labels.Added).AppendHtml(" </span>");
            }

            // A whole sentence keeps its line, not the white space after it (the block ends the line).
            html.Append(part.Whole ? part.Text.TrimEnd() : part.Text).AppendHtml($"</{tag}>");
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

    /// <summary>Appends tokens, merging with the last part when it is of the same kind (and as whole, or not).</summary>
    private static void Add(List<DiffPart> parts, DiffKind kind, IEnumerable<string> tokens, bool whole = false)
    {
        var text = string.Concat(tokens);
        if (text.Length == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1].Kind == kind && parts[^1].Whole == whole)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        }
        else
        {
            parts.Add(new DiffPart(kind, text, whole));
        }
    }

    private static List<string> SentenceTokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i > 0)
        {
            tokens.Add(text[..i]);
            start = i;
        }

        while (i < text.Length)
        {
            var c = text[i++];
            var ends = c == '\n' || (".!?…".Contains(c, StringComparison.Ordinal) && Closes(text, ref i));
            if (!ends && i < text.Length)
            {
                continue;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            tokens.Add(text[start..i]);
            start = i;
        }

        return tokens;
    }

    /// <summary>After a sentence's final mark: skips closing quotes and brackets; true when white space or the end follows.</summary>
    private static bool Closes(string text, ref int i)
    {
        var j = i;
        while (j < text.Length && ".!?…\"'’”»)]".Contains(text[j], StringComparison.Ordinal))
        {
            j++;
        }

        if (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        i = j;
        return true;
    }

    /// <summary>The sentences matched by their words (white space after them aside), longest common run first.</summary>
    private static List<(DiffKind Kind, string? Before, string? After)> SentenceOps(List<string> a, List<string> b)
    {
        var keyA = a.Select(t => t.TrimEnd()).ToList();
        var keyB = b.Select(t => t.TrimEnd()).ToList();
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = keyA[i] == keyB[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var ops = new List<(DiffKind, string?, string?)>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && keyA[x] == keyB[y])
            {
                ops.Add((DiffKind.Same, a[x++], b[y++]));
            }
            else if (y == b.Count || (x < a.Count && length[x + 1, y] >= length[x, y + 1]))
            {
                ops.Add((DiffKind.Deleted, a[x++], null));
            }
            else
            {
                ops.Add((DiffKind.Inserted, null, b[y++]));
            }
        }

        return ops;
    }

    /// <summary>Two sentences are one reworded when at least half the words of the longer are kept, in order (punctuation aside).</summary>
    private static bool Similar(string before, string after)
    {
        var a = Tokens(before).Where(t => !string.IsNullOrWhiteSpace(t) && !".,;:!?…".Contains(t[0], StringComparison.Ordinal)).ToArray();
        var b = Tokens(after).Where(t => !string.IsNullOrWhiteSpace(t) && !".,;:!?…".Contains(t[0], StringComparison.Ordinal)).ToArray();
        var length = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        return 2 * length[0, 0] >= Math.Max(a.Length, b.Length) && length[0, 0] > 0;
    }

    private static List<string> Tokens(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    // White space, a run of anything else without the punctuation that ends it, or that punctuation: "figures." and
    // "figures and" share "figures"; "<b>hello</b>" stays one token.
    [GeneratedRegex(@"\s+|[^\s]+?(?=[.,;:!?…]*(?:\s|$))|[.,;:!?…]+")]
    private static partial Regex Token();
}

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A piece of a diff; <c>Whole</c> marks a sentence removed or added whole, where it was rewritten beyond a word diff.</summary>
public sealed record DiffPart(DiffKind Kind, string Text, bool Whole = false);

/// <summary>The words a screen reader hears before a removal and an addition, in the reader's language.</summary>
public sealed record DiffLabels(string Removed, string Added);
