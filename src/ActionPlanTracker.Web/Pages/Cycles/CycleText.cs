using System.Globalization;
using System.Resources;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>
/// How the cycle pages write states, dates and deadlines, so every page says them the same way, in the reader's
/// language. Other features call these from their own pages, so they read <see cref="CyclesText"/> directly rather
/// than through an injected localizer.
/// </summary>
public static class CycleText
{
    private static readonly ResourceManager Texts = new(typeof(CyclesText));

    public static string State(CycleState state) => Text($"State.{state}") ?? state.ToString();

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} – {Date(end)}";

    /// <summary>The deadline as seen from today: "12 days left", "due today", "3 days overdue".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        var key = days switch
        {
            0 => "DaysLeft.Today",
            1 => "DaysLeft.One",
            > 1 => "DaysLeft.Many",
            -1 => "DaysLeft.OneOverdue",
            _ => "DaysLeft.ManyOverdue",
        };
        return string.Format(CultureInfo.CurrentCulture, Text(key) ?? key, Math.Abs(days).ToString("N0", CultureInfo.CurrentCulture));
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string? Text(string key) => Texts.GetString(key, CultureInfo.CurrentUICulture);
}
