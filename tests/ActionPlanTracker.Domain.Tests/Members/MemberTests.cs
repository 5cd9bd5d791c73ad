namespace ActionPlanTracker.Domain.Tests.Members;

public sealed class MemberTests
{
    [Theory]
    [InlineData("FR", "FR")]
    [InlineData("fr", "FR")]
    [InlineData("  Eu ", "EU")]
    [InlineData("usa", "USA")]
    public void Code_is_trimmed_and_upper_cased(string code, string expected)
    {
        var member = new Member(code, "France", 2);

        Assert.Equal(expected, member.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("F")]
    [InlineData("FRAN")]
    [InlineData("F1")]
    [InlineData("F-R")]
    [InlineData("F R")]
    [InlineData("ÉU")]
    public void Code_that_is_not_two_or_three_letters_is_refused(string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Member(code, "France", 2));

        Assert.Contains("two or three letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_is_trimmed_and_sort_order_kept()
    {
        var member = new Member("JP", "  Japan ", 5);

        Assert.Equal("Japan", member.Name);
        Assert.Equal(5, member.SortOrder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Member_without_a_name_is_refused(string name)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Member("JP", name, 5));

        Assert.Contains("needs a name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_changes_the_trimmed_name_and_the_sort_order()
    {
        var member = new Member("GB", "UK", 6);

        member.Rename(" United Kingdom ", 7);

        Assert.Equal("United Kingdom", member.Name);
        Assert.Equal(7, member.SortOrder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rename_to_a_blank_name_is_refused_and_keeps_the_old_one(string name)
    {
        var member = new Member("GB", "United Kingdom", 6);

        var error = Assert.Throws<DomainRuleException>(() => member.Rename(name, 9));

        Assert.Contains("needs a name", error.Message, StringComparison.Ordinal);
        Assert.Equal("United Kingdom", member.Name);
        Assert.Equal(6, member.SortOrder);
    }
}
