using ActionPlanTracker.Data.Auditing;

namespace ActionPlanTracker.Web.Cli;

/// <summary>Changes made by an operator's verb are recorded in the audit trail as made by <c>cli</c>.</summary>
internal sealed class CliActor : IActorAccessor
{
    public string Actor => "cli";
}
