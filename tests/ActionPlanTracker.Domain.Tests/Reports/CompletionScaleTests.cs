namespace ActionPlanTracker.Domain.Tests.Reports;

public sealed class CompletionScaleTests
{
    [Theory]
    [InlineData(Completion.NotStarted, false)]
    [InlineData(Completion.Limited, false)]
    [InlineData(Completion.Substantial, true)]
    [InlineData(Completion.Complete, true)]
    [InlineData(Completion.NotApplicable, false)]
    public void Only_substantial_and_complete_count_as_high(Completion completion, bool expected)
    {
        Assert.Equal(expected, completion.IsHigh());
    }

    [Theory]
    [InlineData(Completion.NotStarted, true)]
    [InlineData(Completion.Limited, true)]
    [InlineData(Completion.Substantial, true)]
    [InlineData(Completion.Complete, true)]
    [InlineData(Completion.NotApplicable, false)]
    public void Only_not_applicable_is_off_the_scale(Completion completion, bool expected)
    {
        Assert.Equal(expected, completion.IsOnScale());
    }

    [Theory]
    [InlineData(Completion.NotStarted, "Not started")]
    [InlineData(Completion.Limited, "Limited")]
    [InlineData(Completion.Substantial, "Substantial")]
    [InlineData(Completion.Complete, "Complete")]
    [InlineData(Completion.NotApplicable, "Not applicable")]
    public void Each_level_has_a_readable_label(Completion completion, string expected)
    {
        Assert.Equal(expected, completion.Label());
        Assert.Equal(expected, ((Completion?)completion).Label());
    }

    [Fact]
    public void Missing_level_reads_as_no_report()
    {
        Assert.Equal("No report", ((Completion?)null).Label());
    }

    [Fact]
    public void All_lists_every_level_once_in_reading_order()
    {
        Assert.Equal(
            [Completion.NotStarted, Completion.Limited, Completion.Substantial, Completion.Complete, Completion.NotApplicable],
            CompletionScale.All);
        Assert.Equal(Enum.GetValues<Completion>().Length, CompletionScale.All.Count);
    }
}
