using ActionPlanTracker.Web.Text;

namespace ActionPlanTracker.Web.Tests.Text;

public sealed class TextDiffPropertyTests
{
    [Fact]
    public void Identical_texts_are_one_unchanged_piece_and_empty_texts_none()
    {
        Assert.Equal([new DiffPart(DiffKind.Same, "Nothing new.")], TextDiff.Words("Nothing new.", "Nothing new."));
        Assert.Empty(TextDiff.Words("", ""));
    }

    [Fact]
    public void A_replaced_word_reads_as_the_old_word_removed_then_the_new_one_added()
    {
        var pieces = TextDiff.Words("The unit has five officers.", "The unit has twelve officers.");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "The unit has "),
                new DiffPart(DiffKind.Deleted, "five"),
                new DiffPart(DiffKind.Inserted, "twelve"),
                new DiffPart(DiffKind.Same, " officers."),
            ],
            pieces);
    }

    [Fact]
    public void A_rewritten_passage_reads_as_the_old_words_removed_then_the_new_ones_added_not_interleaved()
    {
        var pieces = TextDiff.Words(
            "creating or reinforcing, in the G7 countries, a network of liaison officers",
            "Strengthen the capacity of law enforcement to investigate networks");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Deleted, "creating or reinforcing, in"),
                new DiffPart(DiffKind.Inserted, "Strengthen"),
                new DiffPart(DiffKind.Same, " the "),
                new DiffPart(DiffKind.Deleted, "G7 countries, a network of liaison officers"),
                new DiffPart(DiffKind.Inserted, "capacity of law enforcement to investigate networks"),
            ],
            pieces);
        var html = new System.IO.StringWriter();
        TextDiff.ToHtml(pieces).WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.StartsWith("<del>creating or reinforcing, in</del> <ins>Strengthen</ins> the ", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Added_and_removed_sentences_keep_their_line_breaks()
    {
        var pieces = TextDiff.Words("First line.\nSecond line.", "First line.\nNew line.\nSecond line.");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "First line.\n"),
                new DiffPart(DiffKind.Inserted, "New line.\n"),
                new DiffPart(DiffKind.Same, "Second line."),
            ],
            pieces);
    }

    [Theory]
    [InlineData("", "Everything is new.")]
    [InlineData("Everything went.", "")]
    [InlineData("a b c d e", "a x c y e z")]
    [InlineData("  leading and trailing  ", "leading and\ttrailing")]
    [InlineData("Ünïcode – dashes … and “quotes”", "Unicode — dashes and “quotes” too")]
    public void The_unchanged_and_added_pieces_give_the_new_text_and_the_unchanged_and_removed_ones_the_old(string before, string after)
    {
        var pieces = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.All(pieces.Zip(pieces.Skip(1)), pair => Assert.NotEqual(pair.First.Kind, pair.Second.Kind));
    }

    [Fact]
    public void Long_texts_past_the_word_budget_still_give_both_texts_back_exactly()
    {
        // About 22,000 characters with changes far apart: past the word-level budget, so the middle is coarser.
        var before = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"Line {i} of the old report, with several words in it."));
        var after = string.Join('\n', Enumerable.Range(0, 400).Select(i => i % 100 == 0 ? $"Line {i} rewritten." : $"Line {i} of the old report, with several words in it."));

        var pieces = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.StartsWith("Line 0 ", pieces[0].Text, StringComparison.Ordinal);
    }
}
