namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// The addresses of the plan's pages, written in one place. A commitment is named by its plan and its code: two plans
/// may both have an <c>I.1</c>.
/// </summary>
public static class Links
{
    public const string Plans = "/plans";

    public static string Plan(string plan) => $"/plans/{Uri.EscapeDataString(plan)}";

    /// <summary>
    /// A commitment's page, at a cycle and a member's entry where given. The member's entry is also the fragment, so the
    /// page opens at it.
    /// </summary>
    public static string Commitment(string plan, string code, string? cycle = null, string? member = null)
    {
        var address = $"{Plan(plan)}/commitments/{Uri.EscapeDataString(code)}";
        var query = (cycle, member) switch
        {
            (null, null) => "",
            (_, null) => $"?cycle={Uri.EscapeDataString(cycle)}",
            (null, _) => $"?member={Uri.EscapeDataString(member)}#member-{member}",
            _ => $"?cycle={Uri.EscapeDataString(cycle)}&member={Uri.EscapeDataString(member)}#member-{member}",
        };
        return address + query;
    }

    public static string Indicators(string plan, string code) => $"{Commitment(plan, code)}/indicators";

    public static string NewIndicator(string plan, string code) => $"{Indicators(plan, code)}/new";

    /// <summary>
    /// A member's report on a commitment beside its previous cycle's. The plan is named only where the cycle monitors more
    /// than one, so that two plans' <c>I.1</c> are told apart.
    /// </summary>
    public static string Diff(CycleInfo cycle, string member, CommitmentInfo commitment) =>
        $"/cycles/{cycle.Code}/changes/{Uri.EscapeDataString(member)}/{Uri.EscapeDataString(commitment.Code)}"
        + (cycle.PlanIds is { Count: > 1 } ? $"?plan={Uri.EscapeDataString(commitment.PlanKey)}" : "");
}
