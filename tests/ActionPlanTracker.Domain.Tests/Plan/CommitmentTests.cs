namespace ActionPlanTracker.Domain.Tests.Plan;

public sealed class CommitmentTests
{
    [Fact]
    public void Commitment_numbered_from_1_with_text_is_created()
    {
        var commitment = new Commitment(1, "I.1", "Awareness", "Raise awareness of the risks of irregular migration.");

        Assert.Equal(
            (1, "I.1", "Awareness", "Raise awareness of the risks of irregular migration."),
            (commitment.Number, commitment.Code, commitment.ShortTitle, commitment.Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Commitment_numbered_below_1_is_refused(int number)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Commitment(number, "I.0", "Awareness", "Text"));

        Assert.Contains("numbered from 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Commitment_without_text_is_refused(string text)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Commitment(1, "I.1", "Awareness", text));

        Assert.Contains("needs its text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_replaces_short_title_and_text()
    {
        var commitment = new Commitment(1, "I.1", "Old", "Old text");

        commitment.Describe("Awareness", "New text");

        Assert.Equal(("Awareness", "New text"), (commitment.ShortTitle, commitment.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Describe_without_text_is_refused_and_keeps_the_old_text(string text)
    {
        var commitment = new Commitment(1, "I.1", "Awareness", "Old text");

        var error = Assert.Throws<DomainRuleException>(() => commitment.Describe("Other", text));

        Assert.Contains("needs its text", error.Message, StringComparison.Ordinal);
        Assert.Equal(("Awareness", "Old text"), (commitment.ShortTitle, commitment.Text));
    }
}
