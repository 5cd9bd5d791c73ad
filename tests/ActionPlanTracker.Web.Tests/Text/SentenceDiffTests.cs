using ActionPlanTracker.Web.Text;

namespace ActionPlanTracker.Web.Tests.Text;

/// <summary>The diff a reviewer reads: sentences first, words within a sentence that kept most of its words.</summary>
public sealed class SentenceDiffTests
{
    [Fact]
    public void A_sentence_that_keeps_most_of_its_words_shows_the_words_changed_within_it()
    {
        var pieces = TextDiff.Sentences(
            "The unit has five officers. It meets monthly.",
            "The unit has twelve officers. It meets monthly.");

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "The unit has "),
                new DiffPart(DiffKind.Deleted, "five"),
                new DiffPart(DiffKind.Inserted, "twelve"),
                new DiffPart(DiffKind.Same, " officers. It meets monthly."),
            ],
            pieces);
    }

    [Fact]
    public void A_rewritten_paragraph_in_english_reads_as_each_old_sentence_removed_whole_then_its_replacement_added()
    {
        var before = "Extend the measure to the ports. Prepare the joint action plan with Italy. Report in June.";
        var after = "Prepare the joint action plan with Italy and Spain. Two joint patrols took place at sea. Report in June.";

        var pieces = TextDiff.Sentences(before, after);

        Assert.Equal(
            [
                new DiffPart(DiffKind.Deleted, "Extend the measure to the ports. ", Whole: true),
                new DiffPart(DiffKind.Same, "Prepare the joint action plan with Italy"),
                new DiffPart(DiffKind.Inserted, " and Spain"),
                new DiffPart(DiffKind.Same, ". "),
                new DiffPart(DiffKind.Inserted, "Two joint patrols took place at sea. ", Whole: true),
                new DiffPart(DiffKind.Same, "Report in June."),
            ],
            pieces);
        AssertGivesBothTexts(before, after, pieces);
    }

    [Fact]
    public void A_rewritten_paragraph_in_french_keeps_its_question_marks_and_quotes_as_sentence_ends()
    {
        var before = "Le service compte cinq agents. Faut-il l’étendre aux ports ? « Non », selon le ministère.";
        var after = "Le service compte douze agents. Deux patrouilles conjointes ont eu lieu en mer. « Non », selon le ministère.";

        var pieces = TextDiff.Sentences(before, after);

        Assert.Equal(
            [
                new DiffPart(DiffKind.Same, "Le service compte "),
                new DiffPart(DiffKind.Deleted, "cinq"),
                new DiffPart(DiffKind.Inserted, "douze"),
                new DiffPart(DiffKind.Same, " agents. "),
                new DiffPart(DiffKind.Deleted, "Faut-il l’étendre aux ports ? ", Whole: true),
                new DiffPart(DiffKind.Inserted, "Deux patrouilles conjointes ont eu lieu en mer. ", Whole: true),
                new DiffPart(DiffKind.Same, "« Non », selon le ministère."),
            ],
            pieces);
        AssertGivesBothTexts(before, after, pieces);
    }

    [Fact]
    public void Whole_sentences_stand_as_blocks_and_every_mark_says_what_it_is_to_a_screen_reader()
    {
        var pieces = TextDiff.Sentences("Old sentence here. Kept.", "A wholly different one. Kept.");
        var html = new StringWriter();

        TextDiff.ToHtml(pieces, new DiffLabels("removed:", "added:")).WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(
            "<del class=\"diff__whole\"><span class=\"visually-hidden\">removed: </span>Old sentence here.</del>"
            + "<ins class=\"diff__whole\"><span class=\"visually-hidden\">added: </span>A wholly different one.</ins>Kept.",
            html.ToString());
    }

    [Theory]
    [InlineData("", "Everything is new.")]
    [InlineData("Everything went.", "")]
    [InlineData("  Leading space. And a line.\nNext line!  ", "Leading space. And a line.\n\nNext line! More?")]
    [InlineData("Ünïcode – dashes … and “quotes”.", "Unicode — dashes and “quotes” too.")]
    [InlineData("One. Two. Three. Four.", "Four. Three. Two. One.")]
    [InlineData("A sentence.\nAnother.", "A sentence. Another.")]
    public void The_unchanged_and_added_pieces_give_the_new_text_and_the_unchanged_and_removed_ones_the_old(string before, string after) =>
        AssertGivesBothTexts(before, after, TextDiff.Sentences(before, after));

    private static void AssertGivesBothTexts(string before, string after, IReadOnlyList<DiffPart> pieces)
    {
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
    }
}
