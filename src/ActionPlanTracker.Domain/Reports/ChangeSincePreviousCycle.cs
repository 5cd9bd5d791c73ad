namespace ActionPlanTracker.Domain;

/// <summary>How a member's completion of a commitment moved since the previous cycle. Derived, never typed.</summary>
public enum ChangeSincePreviousCycle
{
    New = 0,
    Improved = 1,
    Unchanged = 2,
    Regressed = 3,
}

public static class Changes
{
    /// <summary>
    /// Compares two completion levels. "New" means there is nothing comparable before: no report,
    /// or a move into or out of Not applicable (which is off the scale). Null when there is no report now.
    /// </summary>
    public static ChangeSincePreviousCycle? Between(Completion? previous, Completion? current)
    {
        if (current is not { } now)
        {
            return null;
        }

        if (previous is not { } before)
        {
            return ChangeSincePreviousCycle.New;
        }

        if (before == now)
        {
            return ChangeSincePreviousCycle.Unchanged;
        }

        if (!before.IsOnScale() || !now.IsOnScale())
        {
            return ChangeSincePreviousCycle.New;
        }

        return now > before ? ChangeSincePreviousCycle.Improved : ChangeSincePreviousCycle.Regressed;
    }

    /// <summary>The change's name in the current language.</summary>
    public static string Label(this ChangeSincePreviousCycle change) => DomainText.Get($"ChangeSincePreviousCycle.{change}");
}
