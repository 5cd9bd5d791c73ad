namespace ActionPlanTracker.Domain.Tests.Reports;

public sealed class ChangesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(Completion.Limited)]
    [InlineData(Completion.NotApplicable)]
    public void No_report_now_has_no_change(Completion? previous)
    {
        Assert.Null(Changes.Between(previous, null));
    }

    [Theory]
    [InlineData(Completion.NotStarted)]
    [InlineData(Completion.Complete)]
    [InlineData(Completion.NotApplicable)]
    public void First_report_is_new(Completion current)
    {
        Assert.Equal(ChangeSincePreviousCycle.New, Changes.Between(null, current));
    }

    [Theory]
    [InlineData(Completion.NotStarted)]
    [InlineData(Completion.Limited)]
    [InlineData(Completion.Substantial)]
    [InlineData(Completion.Complete)]
    [InlineData(Completion.NotApplicable)]
    public void Same_level_is_unchanged(Completion level)
    {
        Assert.Equal(ChangeSincePreviousCycle.Unchanged, Changes.Between(level, level));
    }

    [Theory]
    [InlineData(Completion.NotStarted, Completion.Limited)]
    [InlineData(Completion.Limited, Completion.Substantial)]
    [InlineData(Completion.Substantial, Completion.Complete)]
    [InlineData(Completion.NotStarted, Completion.Complete)]
    public void Higher_level_is_improved(Completion previous, Completion current)
    {
        Assert.Equal(ChangeSincePreviousCycle.Improved, Changes.Between(previous, current));
    }

    [Theory]
    [InlineData(Completion.Limited, Completion.NotStarted)]
    [InlineData(Completion.Substantial, Completion.Limited)]
    [InlineData(Completion.Complete, Completion.Substantial)]
    [InlineData(Completion.Complete, Completion.NotStarted)]
    public void Lower_level_is_regressed(Completion previous, Completion current)
    {
        Assert.Equal(ChangeSincePreviousCycle.Regressed, Changes.Between(previous, current));
    }

    [Theory]
    [InlineData(Completion.NotStarted, Completion.NotApplicable)]
    [InlineData(Completion.Complete, Completion.NotApplicable)]
    [InlineData(Completion.NotApplicable, Completion.NotStarted)]
    [InlineData(Completion.NotApplicable, Completion.Complete)]
    public void Move_into_or_out_of_not_applicable_is_new(Completion previous, Completion current)
    {
        Assert.Equal(ChangeSincePreviousCycle.New, Changes.Between(previous, current));
    }

    [Theory]
    [InlineData(ChangeSincePreviousCycle.New, "New")]
    [InlineData(ChangeSincePreviousCycle.Improved, "Improved")]
    [InlineData(ChangeSincePreviousCycle.Unchanged, "Unchanged")]
    [InlineData(ChangeSincePreviousCycle.Regressed, "Regressed")]
    public void Each_change_has_a_label(ChangeSincePreviousCycle change, string expected)
    {
        Assert.Equal(expected, change.Label());
    }
}
