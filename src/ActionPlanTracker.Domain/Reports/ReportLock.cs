namespace ActionPlanTracker.Domain;

/// <summary>Why a focal point cannot change a report now; the pages and the import word it, the domain decides it.</summary>
public enum ReportLock
{
    /// <summary>The cycle is not open yet.</summary>
    CyclePlanned,

    /// <summary>The cycle is published: its reports are the record.</summary>
    CyclePublished,

    /// <summary>The report is with the secretariat, until it is returned.</summary>
    Submitted,

    /// <summary>The secretariat approved the report.</summary>
    Approved,
}
