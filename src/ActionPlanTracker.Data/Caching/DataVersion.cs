namespace ActionPlanTracker.Data.Caching;

/// <summary>
/// The one row that changes whenever the plan, anyone's progress or anyone's notifications change: statement triggers on every table in
/// <see cref="TrackedTables"/> give it a new random stamp in the writing transaction itself (Sql/DataVersion.sql), so
/// whatever writes (a page, the import, SQL typed by an operator, a restore) moves it, and a reader that sees a stamp
/// sees the data that came with it. Pages that keep what they read in memory compare stamps, one primary-key read
/// (<see cref="DataVersionReader"/>), instead of reading the data again; read the stamp before the data it stands for,
/// so that what is read is at least as new as the stamp says. A random stamp is never reused, not even after a restore.
/// </summary>
public sealed class DataVersion
{
    public const int SingleRowId = 1;

    /// <summary>
    /// The tables whose changes move the stamp: the plan, the members, the cycles, the reports and everything filed
    /// with them, and the in-app notifications (the navigation's unread count). Not the audit trail, the e-mail
    /// outbox, accounts or tokens: no page keeps those.
    /// </summary>
    public static readonly IReadOnlyList<string> TrackedTables =
    [
        "action_plans", "pillars", "priorities", "commitments", "commitment_lineage", "commitment_priorities", "members", "presidencies", "reporting_cycles", "cycle_plans",
        "progress_reports", "report_revisions", "indicators", "indicator_values", "attachments", "notifications",
    ];

    public int Id { get; init; }

    public Guid Stamp { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
