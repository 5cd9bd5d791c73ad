using System.Globalization;
using ActionPlanTracker.Domain;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>
/// How the cycle pages write dates, periods and deadlines, so every cycle page says them the same way, in the
/// reader's language. A cycle's state is named by the domain (<c>CycleState.Label()</c>).
/// </summary>
public static class CycleWording
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} – {Date(end)}";

    /// <summary>The deadline as seen from today: "12 days left", "due today", "3 days overdue"; "reporting closed" once it no longer runs.</summary>
    public static string DaysLeft(IStringLocalizer<CyclesResources> text, CycleState state, DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        var key = days switch
        {
            _ when !state.DeadlineRuns() => "DaysLeft.Closed",
            0 => "DaysLeft.Today",
            1 => "DaysLeft.One",
            > 1 => "DaysLeft.Many",
            -1 => "DaysLeft.OneOverdue",
            _ => "DaysLeft.ManyOverdue",
        };
        return text[key, Math.Abs(days).ToString("N0", CultureInfo.CurrentCulture)];
    }
}
