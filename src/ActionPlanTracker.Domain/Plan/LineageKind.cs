namespace ActionPlanTracker.Domain;

/// <summary>
/// How a commitment of a version relates to the version before it, read from its lineage alone
/// (<see cref="PlanLineage"/>). What follows a commitment into its successor is written once, here:
/// <list type="bullet">
/// <item><see cref="Continued"/> and <see cref="Reworded"/>: everything is carried over.</item>
/// <item><see cref="Split"/>: copied to each successor.</item>
/// <item><see cref="Merged"/>: the successor keeps what the administrator chose on adoption, from one predecessor or none.</item>
/// <item><see cref="Retired"/>: kept in history; no new slots, nothing carried.</item>
/// <item><see cref="New"/>: nothing to carry.</item>
/// </list>
/// </summary>
public enum LineageKind
{
    New,
    Continued,
    Reworded,
    Split,
    Merged,
    Retired,
}
