namespace ActionPlanTracker.Data.Auditing;

/// <summary>Who is making the current change: the signed-in user, or <c>system</c> outside a request.</summary>
public interface IActorAccessor
{
    string Actor { get; }
}

public sealed class SystemActor : IActorAccessor
{
    public string Actor => "system";
}
