namespace ActionPlanTracker.Domain.Tests.Reports;

public sealed class ReviewStatesTests
{
    [Theory]
    [InlineData(ReviewState.Draft, "Draft")]
    [InlineData(ReviewState.Submitted, "Submitted")]
    [InlineData(ReviewState.Returned, "Returned")]
    [InlineData(ReviewState.Approved, "Approved")]
    public void Each_review_state_has_a_label(ReviewState state, string expected)
    {
        Assert.Equal(expected, state.Label());
    }
}
