using ActionPlanTracker.Web.Tests.Audit;
using ActionPlanTracker.Web.Text;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Tests.Text;

public sealed class TextDiffTests
{
    [Fact]
    public void Same_text_is_one_unchanged_part()
    {
        var parts = TextDiff.Words("A unit was set up.", "A unit was set up.");

        Assert.Equal([new DiffPart(DiffKind.Same, "A unit was set up.")], parts);
    }

    [Fact]
    public void A_replaced_word_is_removed_and_added_between_unchanged_words()
    {
        var parts = TextDiff.Words("A unit was set up in March.", "A unit was set up in April.");

        Assert.Equal(
            [new(DiffKind.Same, "A unit was set up in "), new(DiffKind.Deleted, "March"), new(DiffKind.Inserted, "April"), new(DiffKind.Same, ".")],
            parts);
    }

    [Fact]
    public void Words_added_and_removed_in_the_middle_keep_the_words_around_them()
    {
        var parts = TextDiff.Words("We trained 40 officers in 2025.", "We trained 120 border officers in 2025 and 2026.");

        Assert.Equal("We trained 40 officers in 2025.", string.Concat(parts.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal("We trained 120 border officers in 2025 and 2026.", string.Concat(parts.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Contains(new DiffPart(DiffKind.Deleted, "40"), parts);
        Assert.Contains(parts, p => p.Kind == DiffKind.Inserted && p.Text.Contains("border", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Kind == DiffKind.Same && p.Text.Contains("officers in", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "New text.", DiffKind.Inserted)]
    [InlineData("Old text.", "", DiffKind.Deleted)]
    public void From_or_to_nothing_is_one_part(string? before, string? after, DiffKind kind)
    {
        var part = Assert.Single(TextDiff.Words(before, after));

        Assert.Equal(kind, part.Kind);
    }

    [Fact]
    public void Very_long_texts_that_differ_throughout_fall_back_to_removed_and_added_whole()
    {
        var before = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "a" + i));
        var after = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "b" + i));

        var parts = TextDiff.Words(before, after);

        Assert.Equal([new(DiffKind.Deleted, before), new(DiffKind.Inserted, after)], parts);
    }

    [Fact]
    public void Html_marks_removed_and_added_words_and_encodes_every_text()
    {
        var html = TextDiff.ToHtml(TextDiff.Words("Say <b>hello</b> & bye", "Say <script>alert(1)</script> & bye"));

        var text = Render(html);
        Assert.Contains("<del>&lt;b&gt;hello&lt;/b&gt;</del>", text, StringComparison.Ordinal);
        Assert.Contains("<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>", text, StringComparison.Ordinal);
        Assert.StartsWith("Say ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    private static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, AuditData.Html);
        return writer.ToString();
    }
}
