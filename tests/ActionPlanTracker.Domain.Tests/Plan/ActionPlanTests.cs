namespace ActionPlanTracker.Domain.Tests.Plan;

public sealed class ActionPlanTests
{
    private static readonly DateOnly Start = new(2024, 10, 3);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Plan_adopted_at_a_meeting_of_one_or_more_days_is_created(int days)
    {
        var plan = new ActionPlan("g7-2024", "Action Plan", "G7 Interior Ministers", "Mirabella Eclano", Start, Start.AddDays(days), "source.txt");

        Assert.Equal("g7-2024", plan.Key);
        Assert.Equal("Action Plan", plan.Title);
        Assert.Equal(Start.AddDays(days), plan.MeetingEnd);
    }

    [Fact]
    public void Plan_whose_meeting_ends_before_it_starts_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new ActionPlan("g7-2024", "Action Plan", "G7", "Italy", Start, Start.AddDays(-1), "source.txt"));

        Assert.Contains("end before it starts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_replaces_the_plan_details()
    {
        var plan = new ActionPlan("g7-2024", "Draft title", "G7", "Italy", Start, Start, "a.txt");

        plan.Describe("Action Plan", "G7 Interior Ministers", "Mirabella Eclano", Start, Start.AddDays(1), "b.txt");

        Assert.Equal(
            ("Action Plan", "G7 Interior Ministers", "Mirabella Eclano", Start, Start.AddDays(1), "b.txt"),
            (plan.Title, plan.AdoptedBy, plan.AdoptedAt, plan.MeetingStart, plan.MeetingEnd, plan.Source));
    }

    [Fact]
    public void Describe_with_a_meeting_ending_before_it_starts_is_refused_and_keeps_the_old_details()
    {
        var plan = new ActionPlan("g7-2024", "Action Plan", "G7", "Italy", Start, Start, "a.txt");

        var error = Assert.Throws<DomainRuleException>(
            () => plan.Describe("Other", "G7", "Italy", Start, Start.AddDays(-1), "a.txt"));

        Assert.Contains("end before it starts", error.Message, StringComparison.Ordinal);
        Assert.Equal("Action Plan", plan.Title);
        Assert.Equal(Start, plan.MeetingEnd);
    }
}
