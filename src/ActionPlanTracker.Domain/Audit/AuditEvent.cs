namespace ActionPlanTracker.Domain;

/// <summary>
/// One change or export, recorded in the same transaction as the change itself: who, when, what, and the
/// values before and after. The table is append-only; the database refuses UPDATE and DELETE on it.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent() { }

    public AuditEvent(DateTimeOffset at, string actor, string entity, string entityKey, AuditAction action, int? memberId, string? before, string? after)
    {
        At = at;
        Actor = actor;
        Entity = entity;
        EntityKey = entityKey;
        Action = action.ToString();
        MemberId = memberId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user name of whoever made the change, or <c>system</c>.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>What kind of thing changed: ProgressReport, ReportingCycle, User…</summary>
    public string Entity { get; private set; } = "";

    /// <summary>Which one: its id, or a readable key such as a cycle's code.</summary>
    public string EntityKey { get; private set; } = "";

    /// <summary>What happened: the name of an <see cref="AuditAction"/> (Created, Saved, Submitted, Opened, Exported…).</summary>
    public string Action { get; private set; } = "";

    /// <summary>The member the change concerns, when it concerns one: lets auditors filter by member.</summary>
    public int? MemberId { get; private set; }

    /// <summary>The changed values before, as JSON; null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The changed values after, as JSON; null for a removal.</summary>
    public string? After { get; private set; }

    /// <summary>Position in the hash chain: 1, 2, 3… without gaps. Set by the database when the row is inserted.</summary>
    public long Sequence { get; private set; }

    /// <summary>The hash of the row before this one in the chain (64 zeros for the first). Set by the database.</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 (hex) over the previous hash and this row's canonical content. Set by the database.</summary>
    public string? Hash { get; private set; }
}
