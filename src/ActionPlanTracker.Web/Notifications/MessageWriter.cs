using System.Globalization;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// A report as messages name it: its commitment's code and short title, and its state. The member's name and the
/// short title come in the reader's language where a French version was entered.
/// </summary>
public sealed record ReportLine(
    int Id, string MemberCode, string MemberName, string Commitment, string ShortTitle, ReviewState State, bool HasContent,
    string? MemberNameFr = null, string? ShortTitleFr = null)
{
    public string Member => PlanText.Choose(MemberName, MemberNameFr);

    public string Title => $"{Commitment} {PlanText.Choose(ShortTitle, ShortTitleFr)}";
}

/// <summary>A member on the secretariat's late list, with how many of its reports are not submitted.</summary>
public sealed record LateMember(string Code, string Name, string? NameFr, int Late)
{
    public string Member => PlanText.Choose(Name, NameFr);
}

/// <summary>
/// Writes the message of every notification, from <see cref="MessageResources"/>. Each method writes in the current culture:
/// callers run it in the recipient's language (<see cref="InEachLanguage"/>).
/// </summary>
public sealed class MessageWriter(IStringLocalizer<MessageResources> text)
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private string Reports(int count) => count == 1 ? text["Count.Report.One"] : text["Count.Report.Many", count];

    private string Days(int count) => count switch
    {
        0 => text["Days.Today"],
        1 => text["Days.Tomorrow"],
        _ => text["Days.Many", count],
    };

    private string StateOf(ReportLine report) => report.HasContent ? report.State.Label() : text["Report.None"];

    private MessageItem Item(ReportLine report) => new(text["Item", report.Title, StateOf(report)], $"/reports/{report.Id}");

    public MessageContent Reminder(string cycle, DateOnly deadline, int daysLeft, string member, IReadOnlyList<ReportLine> open) => new(
        text["Reminder.Subject", Reports(open.Count), cycle, Days(daysLeft), Date(deadline)],
        text["Reminder.Intro", member, cycle, Date(deadline), Days(daysLeft)],
        [.. open.Select(Item)],
        text["Reminder.Closing"],
        $"/reports?cycle={cycle}",
        text["Reminder.InApp", Reports(open.Count), cycle, Date(deadline)]);

    public MessageContent LateForMember(string cycle, DateOnly deadline, string member, IReadOnlyList<ReportLine> late) => new(
        text["Late.Subject", Reports(late.Count), cycle, Date(deadline)],
        text["Late.Intro", member, cycle, Date(deadline)],
        [.. late.Select(Item)],
        text["Late.Closing"],
        $"/reports?cycle={cycle}",
        text["Late.InApp", Reports(late.Count), cycle, Date(deadline)]);

    public MessageContent LateForSecretariat(string cycle, DateOnly deadline, IReadOnlyList<LateMember> members) => new(
        text["LateList.Subject", cycle, members.Count == 1 ? text["Count.Member.One"] : text["Count.Member.Many", members.Count]],
        text["LateList.Intro", cycle, Date(deadline)],
        [.. members.Select(m => new MessageItem(text["LateList.Item", m.Member, Reports(m.Late)], $"/review?cycle={cycle}&member={m.Code}"))],
        text["LateList.Closing"],
        $"/cycles/{cycle}/readiness",
        text["LateList.InApp", cycle, string.Join(", ", members.Select(m => $"{m.Member} ({m.Late})"))]);

    /// <summary>The e-mail says there is a comment; the comment itself is read after signing in.</summary>
    public MessageContent Returned(string cycle, ReportLine report, string comment) => new(
        text["Returned.Subject", report.MemberCode, report.Title, cycle],
        text["Returned.Intro", report.Member, report.Title, cycle],
        [],
        text["Returned.Closing"],
        $"/reports/{report.Id}",
        text["Returned.InApp", report.MemberCode, report.Title, cycle, comment]);

    public MessageContent Approved(string cycle, ReportLine report) => new(
        text["Approved.Subject", report.MemberCode, report.Title, cycle],
        text["Approved.Intro", report.Member, report.Title, cycle],
        [],
        text["Approved.Closing"],
        $"/reports/{report.Id}/history",
        text["Approved.InApp", report.MemberCode, report.Title, cycle]);

    public MessageContent Digest(DateOnly day, IReadOnlyList<(string Cycle, ReportLine Report)> submitted) => new(
        text["Digest.Subject", Date(day), Reports(submitted.Count)],
        text[submitted.Count == 1 ? "Digest.Intro.One" : "Digest.Intro.Many", Reports(submitted.Count), Date(day)],
        [.. submitted.Select(s => new MessageItem($"{s.Report.Member}, {s.Report.Title} ({s.Cycle})", $"/review/{s.Report.Id}"))],
        text["Digest.Closing"],
        "/review",
        text["Digest.InApp", Reports(submitted.Count), Date(day), string.Join(", ", submitted.Select(s => $"{s.Report.MemberCode} {s.Report.Commitment}"))]);

    /// <summary>The name of a kind of notification, in the current language.</summary>
    public string KindLabel(NotificationKind kind) => Enum.IsDefined(kind) ? text[$"Kind.{kind}"] : kind.ToString();
}

/// <summary>
/// One message in the language of each of its recipients: written once per language asked for, in that language's
/// culture (texts, dates, state names). A recipient with no language chosen reads English.
/// </summary>
public sealed class InEachLanguage(Func<MessageContent> write)
{
    private readonly Dictionary<string, MessageContent> _written = [];

    public MessageContent For(string? language)
    {
        var code = Languages.IsSupported(language) ? language! : Languages.English;
        if (!_written.TryGetValue(code, out var content))
        {
            content = Languages.In(code, write);
            _written[code] = content;
        }

        return content;
    }
}
