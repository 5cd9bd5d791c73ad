namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>The real time plus an offset a test can move forward, to let a session run out without waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public void Advance(TimeSpan by) => Offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
