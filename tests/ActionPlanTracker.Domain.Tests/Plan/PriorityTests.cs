namespace ActionPlanTracker.Domain.Tests.Plan;

public sealed class PriorityTests
{
    [Fact]
    public void Priority_numbered_from_1_is_created()
    {
        var priority = new Priority(1, "Cooperation", "Work with countries of origin.");

        Assert.Equal((1, "Cooperation", "Work with countries of origin."), (priority.Number, priority.Title, priority.Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Priority_numbered_below_1_is_refused(int number)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Priority(number, "Cooperation", "Text"));

        Assert.Contains("numbered from 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_replaces_title_and_text()
    {
        var priority = new Priority(1, "Old", "Old text");

        priority.Describe("Cooperation", "New text");

        Assert.Equal(("Cooperation", "New text"), (priority.Title, priority.Text));
    }
}
