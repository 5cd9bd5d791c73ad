namespace ActionPlanTracker.Domain.Tests.Cycles;

public sealed class CycleCodeTests
{
    [Theory]
    [InlineData(2000, 1)]
    [InlineData(2025, 2)]
    [InlineData(2999, 2)]
    public void Of_accepts_a_year_from_2000_to_2999_and_either_half(int year, int half)
    {
        var code = CycleCode.Of(year, half);

        Assert.Equal(year, code.Year);
        Assert.Equal(half, code.Half);
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(3000, 1)]
    [InlineData(2025, 0)]
    [InlineData(2025, 3)]
    public void Of_refuses_a_year_or_half_out_of_range(int year, int half)
    {
        var error = Assert.Throws<DomainRuleException>(() => CycleCode.Of(year, half));

        Assert.Contains("2000 to 2999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-H1", 2025, 1)]
    [InlineData("2025-H2", 2025, 2)]
    [InlineData("2025-h2", 2025, 2)]
    [InlineData("  2026-H1 ", 2026, 1)]
    [InlineData("2000-H1", 2000, 1)]
    [InlineData("2999-H2", 2999, 2)]
    public void Parse_reads_the_year_and_the_half(string text, int year, int half)
    {
        Assert.Equal(CycleCode.Of(year, half), CycleCode.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2025")]
    [InlineData("2025-H")]
    [InlineData("2025-H0")]
    [InlineData("2025-H3")]
    [InlineData("2025-H12")]
    [InlineData("2025H1")]
    [InlineData("2025 H1")]
    [InlineData("2025-S1")]
    [InlineData("25-H1")]
    [InlineData("+025-H1")]
    [InlineData("1999-H2")]
    [InlineData("3000-H1")]
    [InlineData("H1-2025")]
    public void Parse_refuses_a_malformed_name_and_quotes_it(string text)
    {
        var error = Assert.Throws<DomainRuleException>(() => CycleCode.Parse(text));

        Assert.Contains($"\"{text}\" is not a cycle name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_returns_true_and_the_code_for_a_good_name()
    {
        Assert.True(CycleCode.TryParse("2024-H2", out var code));
        Assert.Equal(CycleCode.Of(2024, 2), code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-H3")]
    [InlineData("1999-H1")]
    [InlineData("3000-H1")]
    [InlineData("abcd-H1")]
    public void TryParse_returns_false_and_the_default_code_for_a_bad_name(string? text)
    {
        Assert.False(CycleCode.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Theory]
    [InlineData(2025, 1, "2025-H1")]
    [InlineData(2025, 2, "2025-H2")]
    [InlineData(2000, 1, "2000-H1")]
    public void ToString_writes_the_name_and_Parse_reads_it_back(int year, int half, string expected)
    {
        var code = CycleCode.Of(year, half);

        Assert.Equal(expected, code.ToString());
        Assert.Equal(code, CycleCode.Parse(code.ToString()));
    }

    [Theory]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31")]
    [InlineData("2024-H1", "2024-01-01", "2024-06-30")]
    public void Period_runs_from_the_first_to_the_last_day_of_the_half(string text, string start, string end)
    {
        var code = CycleCode.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), code.PeriodStart);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), code.PeriodEnd);
    }

    [Theory]
    [InlineData("2025-H1", "2024-H2", "2025-H2")]
    [InlineData("2025-H2", "2025-H1", "2026-H1")]
    [InlineData("2000-H2", "2000-H1", "2001-H1")]
    public void Previous_and_Next_step_half_a_year_across_years(string text, string previous, string next)
    {
        var code = CycleCode.Parse(text);

        Assert.Equal(previous, code.Previous.ToString());
        Assert.Equal(next, code.Next.ToString());
        Assert.Equal(code, code.Next.Previous);
        Assert.Equal(code, code.Previous.Next);
    }
}
