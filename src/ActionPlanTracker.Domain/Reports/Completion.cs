namespace ActionPlanTracker.Domain;

/// <summary>
/// The Open Government Partnership's completion levels, one scale everywhere, plus Not applicable
/// (which needs a reason). A commitment without a report shows as "No report": that is the absence
/// of a value, not a level.
/// </summary>
public enum Completion
{
    NotStarted = 0,
    Limited = 1,
    Substantial = 2,
    Complete = 3,
    NotApplicable = 9,
}

public static class CompletionScale
{
    /// <summary>The levels in the order the plan's reports read them.</summary>
    public static IReadOnlyList<Completion> All { get; } =
        [Completion.NotStarted, Completion.Limited, Completion.Substantial, Completion.Complete, Completion.NotApplicable];

    /// <summary>Substantial and Complete count as high completion.</summary>
    public static bool IsHigh(this Completion completion) =>
        completion is Completion.Substantial or Completion.Complete;

    public static bool IsOnScale(this Completion completion) => completion != Completion.NotApplicable;

    /// <summary>The level's name in the current language.</summary>
    public static string Label(this Completion completion) => DomainText.Get($"Completion.{completion}");

    public static string Label(this Completion? completion) => completion?.Label() ?? DomainText.Get("Completion.None");

    /// <summary>What the level means, in the current language: said beside it wherever a level is chosen.</summary>
    public static string Definition(this Completion completion) => DomainText.Get($"CompletionDefinition.{completion}");
}
