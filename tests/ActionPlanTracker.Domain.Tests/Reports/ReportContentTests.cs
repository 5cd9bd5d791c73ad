namespace ActionPlanTracker.Domain.Tests.Reports;

public sealed class ReportContentTests
{
    [Fact]
    public void Empty_content_is_not_ready_because_it_has_no_level()
    {
        Assert.False(ReportContent.Empty.IsReadyToSubmit);
        Assert.Contains("completion level", ReportContent.Empty.MissingForSubmission(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Completion.NotStarted)]
    [InlineData(Completion.Limited)]
    [InlineData(Completion.Substantial)]
    [InlineData(Completion.Complete)]
    public void Level_with_a_narrative_is_ready(Completion level)
    {
        var content = A.Content(level);

        Assert.True(content.IsReadyToSubmit);
        Assert.Null(content.MissingForSubmission());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Level_without_a_narrative_is_not_ready(string narrative)
    {
        var content = A.Content(Completion.Substantial, narrative);

        Assert.False(content.IsReadyToSubmit);
        Assert.Contains("Describe what was done", content.MissingForSubmission(), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_applicable_with_a_reason_is_ready_without_a_narrative()
    {
        Assert.True(A.NotApplicable("No maritime border.").IsReadyToSubmit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Not_applicable_without_a_reason_is_not_ready(string? reason)
    {
        var content = A.NotApplicable(reason);

        Assert.False(content.IsReadyToSubmit);
        Assert.Contains("needs a reason", content.MissingForSubmission(), StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_with_the_same_values_are_equal_even_with_different_evidence_lists()
    {
        var one = A.Content(evidence: ["https://a.example", "https://b.example"]);
        var other = A.Content(evidence: new List<string> { "https://a.example", "https://b.example" });

        Assert.Equal(one, other);
        Assert.True(one == other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
    }

    [Theory]
    [InlineData("Completion")]
    [InlineData("Narrative")]
    [InlineData("NextSteps")]
    [InlineData("Challenges")]
    [InlineData("Evidence")]
    [InlineData("EvidenceOrder")]
    [InlineData("NotApplicableReason")]
    public void Contents_differing_in_one_field_are_not_equal(string field)
    {
        var one = A.Content(evidence: ["https://a.example", "https://b.example"]);
        var other = field switch
        {
            "Completion" => one with { Completion = Completion.Complete },
            "Narrative" => one with { Narrative = one.Narrative + " " },
            "NextSteps" => one with { NextSteps = "Something else." },
            "Challenges" => one with { Challenges = "" },
            "Evidence" => one with { Evidence = ["https://a.example"] },
            "EvidenceOrder" => one with { Evidence = ["https://b.example", "https://a.example"] },
            "NotApplicableReason" => one with { NotApplicableReason = "Reason" },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
        };

        Assert.NotEqual(one, other);
        Assert.True(one != other);
    }

    [Fact]
    public void Content_is_not_equal_to_null()
    {
        Assert.False(A.Content().Equals(null));
    }

    [Fact]
    public void Everything_a_submission_lacks_is_named_at_once_each_with_its_field()
    {
        Assert.Equal(["Completion", "Narrative"], ReportContent.Empty.Missing().Select(m => m.Field));
        Assert.Equal(["NotApplicableReason"], (ReportContent.Empty with { Completion = Completion.NotApplicable }).Missing().Select(m => m.Field));
        Assert.Equal(["Narrative"], (ReportContent.Empty with { Completion = Completion.Limited }).Missing().Select(m => m.Field));
        Assert.Empty((ReportContent.Empty with { Completion = Completion.Limited, Narrative = "Done." }).Missing());
        Assert.Equal(ReportContent.Empty.Missing()[0].Message, ReportContent.Empty.MissingForSubmission());
    }
}
