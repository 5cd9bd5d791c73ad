namespace ActionPlanTracker.Domain.Tests.Indicators;

public sealed class IndicatorValueTests
{
    private static Indicator Victims() => new(
        1, "Victims identified", "people", "", IndicatorKind.Count, Disaggregation.Sex.DefaultCategories(), null, A.Actor, A.At());

    [Fact]
    public void Only_changed_readings_are_recorded_with_the_reports_latest_revision()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle);
        report.SaveDraft(cycle, A.Content(), A.Actor, A.At(5));
        var same = new IndicatorReading(4, [new(Disaggregation.Sex, "Female", 4)]);
        var changed = new IndicatorReading(7, []);

        var rows = IndicatorValue.Record(report, [(Victims(), same, same), (Victims(), IndicatorReading.NotCollected, changed)], A.Actor, A.At(5));

        var row = Assert.Single(rows);
        Assert.Equal(2, row.RevisionNumber);
        Assert.Equal(7, row.Total);
    }

    [Fact]
    public void One_broken_rule_records_nothing()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle);
        var good = new IndicatorReading(1, []);
        var bad = new IndicatorReading(1, [new(Disaggregation.Sex, "Male", 3)]);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            IndicatorValue.Record(report, [(Victims(), IndicatorReading.NotCollected, good), (Victims(), IndicatorReading.NotCollected, bad)], A.Actor, A.At()));

        Assert.Equal("Victims identified: Male (3) is more than the total (1).", refusal.Message);
    }

    [Fact]
    public void An_indicator_of_another_commitment_is_refused()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle);
        var other = new Indicator(2, "Joint investigations", "investigations", "", IndicatorKind.Count, null, null, A.Actor, A.At());

        Assert.Throws<DomainRuleException>(() =>
            IndicatorValue.Record(report, [(other, IndicatorReading.NotCollected, new IndicatorReading(1, []))], A.Actor, A.At()));
    }

    [Fact]
    public void Going_back_to_not_collected_is_a_change()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle);

        var row = Assert.Single(IndicatorValue.Record(report, [(Victims(), new IndicatorReading(3, []), IndicatorReading.NotCollected)], A.Actor, A.At()));

        Assert.Null(row.Total);
        Assert.Empty(row.Parts);
    }
}
