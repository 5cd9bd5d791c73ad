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
    public void Fields_are_quoted_per_RFC_4180_and_formulas_are_made_text(string? value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void A_line_ends_with_CRLF() => Assert.Equal("a,\"b,c\",\r\n", Csv.Line(["a", "b,c", null]));
}
