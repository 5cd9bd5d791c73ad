namespace ActionPlanTracker.Domain.Tests.Members;

public sealed class PresidencyTests
{
    [Fact]
    public void A_member_files_reports_only_while_it_reports_and_is_active()
    {
        var partner = new Member("UA", "Ukraine", 90, isG7Member: false);
        Assert.False(partner.IsG7Member);
        Assert.True(partner.FilesReports);

        partner.Classify(isG7Member: false, reports: false);
        Assert.False(partner.FilesReports);

        partner.Classify(isG7Member: false, reports: true);
        partner.Deactivate();
        Assert.False(partner.FilesReports);
        Assert.True(partner.Reports);

        partner.Reactivate();
        Assert.True(partner.FilesReports);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void The_query_condition_and_the_property_say_the_same(bool active, bool reports)
    {
        var member = new Member("UA", "Ukraine", 90, isG7Member: false);
        member.Classify(isG7Member: false, reports);
        if (!active)
        {
            member.Deactivate();
        }

        Assert.Equal(active && reports, member.FilesReports);
        Assert.Equal(member.FilesReports, Member.FilingReports.Compile()(member));
    }

    [Fact]
    public void A_G7_member_holds_the_presidency_of_a_year()
    {
        var italy = new Member("IT", "Italy", 40);
        var canada = new Member("CA", "Canada", 10);

        var presidency = new Presidency(2024, italy);
        Assert.Equal(2024, presidency.Year);
        Assert.Same(italy, presidency.Member);

        presidency.Hand(canada);
        Assert.Same(canada, presidency.Member);
    }

    [Fact]
    public void A_coalition_partner_never_holds_the_presidency()
    {
        var partner = new Member("UA", "Ukraine", 90, isG7Member: false);

        var error = Assert.Throws<DomainRuleException>(() => new Presidency(2027, partner));
        Assert.Contains("Ukraine is not a G7 member", error.Message, StringComparison.Ordinal);

        var presidency = new Presidency(2027, new Member("US", "United States", 70));
        Assert.Throws<DomainRuleException>(() => presidency.Hand(partner));
    }

    [Theory]
    [InlineData(1974)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(-2026)]
    public void A_year_outside_the_G7s_lifetime_is_refused(int year)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Presidency(year, new Member("FR", "France", 20)));

        Assert.Contains("between 1975 and 2100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_held_the_presidency_stays_a_G7_member()
    {
        var italy = new Member("IT", "Italy", 40);

        var error = Assert.Throws<DomainRuleException>(() => italy.Classify(isG7Member: false, reports: true, [2024]));
        Assert.Contains("Italy held the G7 presidency (2024)", error.Message, StringComparison.Ordinal);
        Assert.True(italy.IsG7Member);

        italy.Classify(isG7Member: true, reports: false, [2024]);
        Assert.False(italy.Reports);
    }
}
