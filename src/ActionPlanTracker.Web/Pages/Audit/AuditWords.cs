using System.Globalization;
using System.Resources;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// The trail's stored words (actions such as "Submitted", field names such as "NextSteps") in the reader's language
/// where they are known words, and as stored otherwise: the trail records whatever the code wrote, so a word this
/// list does not know yet is shown rather than hidden.
/// </summary>
public static class AuditWords
{
    private static readonly ResourceManager Texts = new(typeof(AuditText));

    public static string Action(string stored) => Known("Action.", stored);

    public static string Field(string stored) => Known("Field.", stored);

    private static string Known(string prefix, string stored) =>
        stored.Length > 0 && Texts.GetString(prefix + stored, CultureInfo.CurrentUICulture) is { } text ? text : stored;
}
