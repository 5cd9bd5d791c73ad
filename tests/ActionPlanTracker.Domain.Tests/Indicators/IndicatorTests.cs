namespace ActionPlanTracker.Domain.Tests.Indicators;

public sealed class IndicatorTests
{
    private static Indicator Officers(IndicatorKind kind = IndicatorKind.Count) => new(
        1, "Officers trained", "people", "Border and police officers who completed a course.", kind,
        Disaggregation.Sex.DefaultCategories(), Disaggregation.AgeGroup.DefaultCategories(), A.Actor, A.At());

    private static IndicatorPart Sex(string category, decimal? value) => new(Disaggregation.Sex, category, value);

    private static IndicatorPart Age(string category, decimal? value) => new(Disaggregation.AgeGroup, category, value);

    [Fact]
    public void Parts_that_add_up_to_the_total_or_less_are_accepted()
    {
        var reading = new IndicatorReading(10, [Sex("Female", 4), Sex("Male", 6), Age("Under 18", 1), Age("18 and over", 5)]);

        Assert.Empty(Officers().Check(reading));
    }

    [Theory]
    [InlineData(IndicatorKind.Count)]
    [InlineData(IndicatorKind.Sum)]
    public void Parts_of_one_breakdown_never_exceed_the_total(IndicatorKind kind)
    {
        var problem = Assert.Single(Officers(kind).Check(new IndicatorReading(10, [Sex("Female", 6), Sex("Male", 6), Age("Unknown", 10)])));

        Assert.Equal(Disaggregation.Sex, problem.Disaggregation);
        Assert.Equal("Officers trained: the sex values (Female 6 + Male 6) add up to 12, more than the total of 10.", problem.Message);
    }

    [Fact]
    public void One_part_above_the_total_is_named()
    {
        var problem = Assert.Single(Officers().Check(new IndicatorReading(3, [Age("Under 18", 4)])));

        Assert.Equal("Under 18", problem.Category);
        Assert.Equal("Officers trained: Under 18 (4) is more than the total (3).", problem.Message);
    }

    [Fact]
    public void Rates_have_no_additive_rule()
    {
        var reading = new IndicatorReading(40, [Sex("Female", 55), Sex("Male", 35), Sex("Other or not recorded", 50)]);

        Assert.Empty(Officers(IndicatorKind.Rate).Check(reading));
    }

    [Fact]
    public void Not_collected_is_valid_and_is_not_zero()
    {
        var notCollected = IndicatorReading.NotCollected;
        var zero = new IndicatorReading(0, []);

        Assert.Empty(Officers().Check(notCollected));
        Assert.True(notCollected.IsEmpty);
        Assert.False(zero.IsEmpty);
        Assert.False(zero.SameAs(notCollected));
    }

    [Fact]
    public void A_part_not_collected_does_not_count_as_zero_in_the_sum()
    {
        var reading = new IndicatorReading(5, [Sex("Female", 5), Sex("Male", null)]);

        Assert.Empty(Officers().Check(reading));
        Assert.Equal([Sex("Female", 5)], reading.Normalised().Parts);
    }

    [Fact]
    public void A_breakdown_of_a_count_needs_its_total()
    {
        var problem = Assert.Single(Officers().Check(new IndicatorReading(null, [Sex("Female", 2)])));

        Assert.Contains("a sex breakdown needs its total", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "Officers trained: the total cannot be negative.")]
    [InlineData(2.5, "Officers trained is a count: the total must be a whole number.")]
    public void A_count_is_a_whole_number_not_below_zero(decimal total, string message)
    {
        Assert.Equal(message, Assert.Single(Officers().Check(new IndicatorReading(total, []))).Message);
    }

    [Fact]
    public void A_sum_may_have_decimals()
    {
        Assert.Empty(Officers(IndicatorKind.Sum).Check(new IndicatorReading(2.5m, [Sex("Female", 1.25m)])));
    }

    [Fact]
    public void An_unknown_category_or_breakdown_is_refused_by_name()
    {
        var indicator = new Indicator(1, "Cases prosecuted", "cases", "", IndicatorKind.Count, null, ["Minors", "Adults"], A.Actor, A.At());

        var problems = indicator.Check(new IndicatorReading(3, [Age("Elderly", 1), Sex("Female", 1)]));

        Assert.Equal(
            ["Cases prosecuted: \"Elderly\" is not one of its age group categories (Minors, Adults).", "Cases prosecuted is not broken down by sex."],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void EnsureValid_throws_the_first_problem()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Officers().EnsureValid(new IndicatorReading(1, [Sex("Male", 2)])));

        Assert.Equal("Officers trained: Male (2) is more than the total (1).", refusal.Message);
    }

    [Theory]
    [InlineData("", "people", "An indicator needs a name.")]
    [InlineData("Officers trained", " ", "Indicator \"Officers trained\" needs a unit, such as people, cases or %.")]
    public void An_indicator_needs_a_name_and_a_unit(string name, string unit, string message)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => new Indicator(1, name, unit, "", IndicatorKind.Count, null, null, A.Actor, A.At()));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void Categories_are_distinct_and_at_least_two()
    {
        Assert.Throws<DomainRuleException>(() => new Indicator(1, "X", "people", "", IndicatorKind.Count, ["Female", "female"], null, A.Actor, A.At()));
        Assert.Throws<DomainRuleException>(() => new Indicator(1, "X", "people", "", IndicatorKind.Count, ["Female"], null, A.Actor, A.At()));
        var indicator = new Indicator(1, "X", "people", "", IndicatorKind.Count, [" Women ", "Men", ""], [], A.Actor, A.At());

        Assert.Equal(["Women", "Men"], indicator.SexCategories);
        Assert.Equal([Disaggregation.Sex], indicator.Disaggregations);
    }
}
