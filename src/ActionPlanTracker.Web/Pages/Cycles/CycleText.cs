using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>How the cycle pages write states, dates and deadlines, so every page says them the same way.</summary>
public static class CycleText
{
    public static string State(CycleState state) => state switch
    {
        CycleState.Planned => "Planned",
        CycleState.Open => "Open",
        CycleState.UnderReview => "Under review",
        CycleState.Published => "Published",
        _ => state.ToString(),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} – {Date(end)}";

    /// <summary>The deadline as seen from today: "12 days left", "due today", "3 days overdue".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "due today",
            1 => "1 day left",
            > 1 => string.Create(CultureInfo.InvariantCulture, $"{days} days left"),
            -1 => "1 day overdue",
            _ => string.Create(CultureInfo.InvariantCulture, $"{-days} days overdue"),
        };
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
