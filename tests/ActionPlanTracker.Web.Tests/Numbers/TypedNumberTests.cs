using System.Globalization;
using ActionPlanTracker.Web.ReportForms;

namespace ActionPlanTracker.Web.Tests.Numbers;

/// <summary>Numbers read the way the reader's language writes them, and refused where they could be read two ways.</summary>
public sealed class TypedNumberTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    [Theory]
    [InlineData("12", "12")]
    [InlineData(" 3.5 ", "3.5")]
    [InlineData("0.25", "0.25")]
    [InlineData(".5", "0.5")]
    [InlineData("-4", "-4")]
    [InlineData("+4", "4")]
    [InlineData("1,250", "1250")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("1 250", "1250")]
    [InlineData("0012", "12")]
    public void English_reads_a_point_as_the_decimal_separator_and_commas_between_thousands(string typed, string expected)
    {
        Assert.True(TypedNumber.TryParse(typed, English, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("2,5", "2.5")]
    [InlineData("1,5", "1.5")]
    [InlineData(",5", "0.5")]
    [InlineData("−3,25", "-3.25")]
    [InlineData("1 250", "1250")]
    [InlineData("1\u00A0250,5", "1250.5")]
    [InlineData("1\u202F234\u202F567,89", "1234567.89")]
    public void French_reads_a_comma_as_the_decimal_separator_and_spaces_between_thousands(string typed, string expected)
    {
        Assert.True(TypedNumber.TryParse(typed, French, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2,5")] // a French decimal comma: two and a half or twenty-five?
    [InlineData("12,34,5")]
    [InlineData("1,2345")]
    [InlineData("1.2.3")]
    [InlineData("1,250 000")]
    [InlineData("1e5")]
    [InlineData("ten")]
    [InlineData("12.")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1_000")]
    [InlineData("Infinity")]
    [InlineData("0x1F")]
    [InlineData("١٢")] // Arabic-Indic digits
    public void English_refuses_what_it_cannot_read_one_way(string typed) =>
        Assert.False(TypedNumber.TryParse(typed, English, out _));

    [Theory]
    [InlineData("3.5")] // an English decimal point: three and a half, or 3,500 written the German way?
    [InlineData("1.500")]
    [InlineData("12,34,5")]
    [InlineData("1 25")]
    [InlineData("1 2500")]
    [InlineData("2,")]
    [InlineData("2,5,")]
    [InlineData("1,250.5")]
    public void French_refuses_what_it_cannot_read_one_way(string typed) =>
        Assert.False(TypedNumber.TryParse(typed, French, out _));

    [Fact]
    public void A_number_longer_than_any_report_holds_is_refused() =>
        Assert.False(TypedNumber.TryParse(new string('9', TypedNumber.MaxLength + 1), English, out _));

    [Fact]
    public void A_number_too_large_for_a_decimal_is_refused_not_thrown() =>
        Assert.False(TypedNumber.TryParse(new string('9', 35), English, out _));

    [Theory]
    [InlineData("2.5", "2,5")]
    [InlineData("1250", "1250")]
    [InlineData("0.3333", "0,3333")]
    [InlineData("-4", "-4")]
    public void What_the_form_shows_back_reads_again_as_the_same_number(string stored, string french)
    {
        var value = decimal.Parse(stored, CultureInfo.InvariantCulture);

        Assert.Equal(french, TypedNumber.Write(value, French));
        Assert.Equal(stored, TypedNumber.Write(value, English));
        Assert.True(TypedNumber.TryParse(TypedNumber.Write(value, French), French, out var again));
        Assert.Equal(value, again);
        Assert.True(TypedNumber.TryParse(TypedNumber.Write(value, English), English, out again));
        Assert.Equal(value, again);
    }
}
