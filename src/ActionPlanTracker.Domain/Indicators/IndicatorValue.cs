namespace ActionPlanTracker.Domain;

/// <summary>
/// A member's value for one indicator, as saved with one revision of its report. Rows are never changed: a save that
/// changes the numbers appends a new row, so the values can be read as they were at any revision, and every save is
/// in the audit trail. The current value is the row with the highest revision number.
/// </summary>
public sealed class IndicatorValue
{
    private IndicatorValue() { }

    private IndicatorValue(int progressReportId, int indicatorId, int revisionNumber, IndicatorReading reading, string actor, DateTimeOffset at)
    {
        ProgressReportId = progressReportId;
        IndicatorId = indicatorId;
        RevisionNumber = revisionNumber;
        Total = reading.Total;
        Parts = [.. reading.Parts];
        RecordedBy = actor;
        RecordedAt = at;
    }

    public long Id { get; private set; }

    public int ProgressReportId { get; private set; }

    /// <summary>The report this belongs to, for queries to read through instead of joining by hand; loaded only when a query asks.</summary>
    public ProgressReport? Report { get; private set; }

    public int IndicatorId { get; private set; }

    /// <summary>The report revision these numbers were saved with.</summary>
    public int RevisionNumber { get; private set; }

    /// <summary>Null: not collected.</summary>
    public decimal? Total { get; private set; }

    /// <summary>The collected parts only; a category missing here was not collected.</summary>
    public IReadOnlyList<IndicatorPart> Parts { get; private set; } = [];

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public IndicatorReading Reading => new(Total, Parts);

    /// <summary>
    /// The rows to append after <paramref name="report"/> was saved (so its latest revision is this save): one for each
    /// indicator whose numbers changed. Every reading is checked first, so one broken rule stores nothing.
    /// </summary>
    public static IReadOnlyList<IndicatorValue> Record(
        ProgressReport report, IReadOnlyList<(Indicator Indicator, IndicatorReading Current, IndicatorReading Entered)> readings,
        string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainRuleException(DomainText.Get("Change.ActorMissing"));
        }

        foreach (var (indicator, _, entered) in readings)
        {
            if (indicator.CommitmentId != report.CommitmentId)
            {
                throw new DomainRuleException(DomainText.Format("Indicator.OtherCommitment", indicator.Name));
            }

            indicator.EnsureValid(entered);
        }

        if (report.RevisionCount == 0)
        {
            throw new DomainRuleException(DomainText.Get("Indicator.SaveReportFirst"));
        }

        return [.. readings
            .Where(r => !r.Entered.SameAs(r.Current))
            .Select(r => new IndicatorValue(report.Id, r.Indicator.Id, report.RevisionCount, r.Entered.Normalised(), actor, at))];
    }
}
