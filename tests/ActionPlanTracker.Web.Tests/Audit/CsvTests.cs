using ActionPlanTracker.Web.Documents;

namespace ActionPlanTracker.Web.Tests.Audit;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("   @SUM(A1)", "'   @SUM(A1)")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData("\r\n-2", "\"'\r\n-2\"")]
    [InlineData("\u00A0+3", "'\u00A0+3")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("\ttext", "'\ttext")]
    [InlineData("  plain", "  plain")]
    public void Fields_are_quoted_per_RFC_4180_and_formulas_are_made_text(string? value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void A_line_ends_with_CRLF() => Assert.Equal("a,\"b,c\",\r\n", Csv.Line(["a", "b,c", null]));
}
