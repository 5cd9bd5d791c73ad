namespace ActionPlanTracker.Domain.Tests.Plan;

public sealed class PillarTests
{
    [Fact]
    public void Pillar_numbered_from_1_is_created()
    {
        var pillar = new Pillar(1, "I", "Prevention", "G7 members commit to:");

        Assert.Equal((1, "I", "Prevention", "G7 members commit to:"), (pillar.Number, pillar.Numeral, pillar.Title, pillar.LeadSentence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Pillar_numbered_below_1_is_refused(int number)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Pillar(number, "0", "Prevention", "Lead"));

        Assert.Contains("numbered from 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_replaces_title_and_lead_sentence()
    {
        var pillar = new Pillar(2, "II", "Old", "Old lead");

        pillar.Describe("Protection", "New lead");

        Assert.Equal(("Protection", "New lead"), (pillar.Title, pillar.LeadSentence));
    }
}
