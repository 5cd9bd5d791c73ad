namespace ActionPlanTracker.Data.Limits;

/// <summary>
/// How many times one key (a client address, an account name, a token) was counted in its current window, and when
/// that window opened: the rate limits' counts, shared by every replica through the database. Written and read by
/// <see cref="SharedLimits"/> only.
/// </summary>
public sealed class LimitCounter
{
    public string Key { get; private set; } = "";

    public DateTimeOffset WindowStart { get; private set; }

    public int Count { get; private set; }
}

/// <summary>
/// Failed sign-ins at a name that matches no account, counted the way Identity counts them for real accounts (the count
/// starts again when it locks), so the answers for unknown and known names cannot be told apart, on any replica.
/// </summary>
public sealed class UnknownAccountFailures
{
    public string Name { get; private set; } = "";

    public int Failures { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
