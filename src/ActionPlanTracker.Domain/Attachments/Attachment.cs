namespace ActionPlanTracker.Domain;

/// <summary>
/// An evidence document attached to a report: its cleaned name, the type its content proved to be, its size and
/// SHA-256. The bytes live beside it in a table of their own, never in this entity, so they never reach the audit
/// trail. Removal is soft: the row stays (with who removed it and when) so the trail keeps its story, and the file is
/// no longer offered.
/// </summary>
public sealed class Attachment : IRecordsAuditAction
{
    private Attachment() { }

    private AuditAction? _recorded;

    AuditAction? IRecordsAuditAction.RecordedAction => _recorded;

    void IRecordsAuditAction.ClearRecordedAction() => _recorded = null;

    public Attachment(ProgressReport report, ReportingCycle cycle, string fileName, string contentType, long size, string sha256, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainRuleException(DomainText.Get("Change.ActorMissing"));
        }

        report.EnsureEditable(cycle);
        if (size <= 0)
        {
            throw new DomainRuleException(DomainText.Get("Attachment.Empty"));
        }

        ProgressReportId = report.Id;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = actor;
        UploadedAt = at;
        _recorded = AuditAction.Uploaded;
    }

    public long Id { get; private set; }

    public int ProgressReportId { get; private set; }

    /// <summary>The report this belongs to, for queries to read through instead of joining by hand; loaded only when a query asks.</summary>
    public ProgressReport? Report { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>Removes the document from a report that can still change; an approved report keeps its evidence.</summary>
    public void Remove(ProgressReport report, ReportingCycle cycle, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainRuleException(DomainText.Get("Change.ActorMissing"));
        }

        if (report.Id != ProgressReportId)
        {
            throw new DomainRuleException(DomainText.Get("Attachment.WrongReport"));
        }

        if (report.State == ReviewState.Approved)
        {
            throw new DomainRuleException(DomainText.Get("Attachment.ApprovedKeepsEvidence"));
        }

        report.EnsureEditable(cycle);
        if (IsRemoved)
        {
            throw new DomainRuleException(DomainText.Format("Attachment.AlreadyRemoved", FileName));
        }

        RemovedBy = actor;
        RemovedAt = at;
        _recorded = AuditAction.Removed;
    }
}
