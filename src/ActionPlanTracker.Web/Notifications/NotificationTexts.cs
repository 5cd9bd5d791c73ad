using System.Globalization;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>A report as messages name it: its commitment's code and short title, and its state.</summary>
public sealed record ReportLine(int Id, string MemberCode, string MemberName, string Commitment, string ShortTitle, ReviewState State, bool HasContent)
{
    public string Title => $"{Commitment} {ShortTitle}";

    public string StateLabel => HasContent ? State.Label() : "No report";
}

/// <summary>Every text of every notification, in one place so that it can be translated.</summary>
public static class NotificationTexts
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Reports(int count) => count == 1 ? "1 report" : $"{count} reports";

    private static string Days(int count) => count switch
    {
        0 => "today",
        1 => "tomorrow",
        _ => $"in {count} days",
    };

    public static MessageContent Reminder(string cycle, DateOnly deadline, int daysLeft, string member, IReadOnlyList<ReportLine> open) => new(
        $"Reminder: {Reports(open.Count)} for {cycle} due {Days(daysLeft)} ({Date(deadline)})",
        $"The deadline for {member}'s reports in cycle {cycle} is {Date(deadline)}, {Days(daysLeft)}. These are not submitted yet:",
        [.. open.Select(r => new MessageItem($"{r.Title}: {r.StateLabel}", $"/reports/{r.Id}"))],
        "Sign in to complete and submit them:",
        $"/reports?cycle={cycle}",
        $"{Reports(open.Count)} for {cycle} not submitted yet; the deadline is {Date(deadline)}.");

    public static MessageContent LateForMember(string cycle, DateOnly deadline, string member, IReadOnlyList<ReportLine> late) => new(
        $"Late: {Reports(late.Count)} for {cycle} were due on {Date(deadline)}",
        $"The deadline for {member}'s reports in cycle {cycle} passed on {Date(deadline)}. These are not submitted yet:",
        [.. late.Select(r => new MessageItem($"{r.Title}: {r.StateLabel}", $"/reports/{r.Id}"))],
        "Sign in to submit them as soon as you can:",
        $"/reports?cycle={cycle}",
        $"Late: {Reports(late.Count)} for {cycle} were due on {Date(deadline)} and are not submitted.");

    public static MessageContent LateForSecretariat(string cycle, DateOnly deadline, IReadOnlyList<(string Code, string Name, int Late)> members) => new(
        $"Late reports for {cycle}: {members.Count} {(members.Count == 1 ? "member" : "members")}",
        $"The deadline of cycle {cycle} passed on {Date(deadline)}. These members have reports not submitted yet:",
        [.. members.Select(m => new MessageItem($"{m.Name}: {Reports(m.Late)} not submitted", $"/review?cycle={cycle}&member={m.Code}"))],
        "The readiness page shows every member's reports:",
        $"/cycles/{cycle}/readiness",
        $"Late list for {cycle}: {string.Join(", ", members.Select(m => $"{m.Name} ({m.Late})"))}.");

    /// <summary>The e-mail says there is a comment; the comment itself is read after signing in.</summary>
    public static MessageContent Returned(string cycle, ReportLine report, string comment) => new(
        $"Returned: {report.MemberCode} {report.Title} ({cycle})",
        $"The secretariat returned {report.MemberName}'s report on {report.Title} in cycle {cycle} with a comment.",
        [],
        "Sign in to read the comment and revise the report:",
        $"/reports/{report.Id}",
        $"{report.MemberCode} {report.Title} ({cycle}) was returned with this comment: {comment}");

    public static MessageContent Approved(string cycle, ReportLine report) => new(
        $"Approved: {report.MemberCode} {report.Title} ({cycle})",
        $"The secretariat approved {report.MemberName}'s report on {report.Title} in cycle {cycle}.",
        [],
        "The report is now locked. Its history:",
        $"/reports/{report.Id}/history",
        $"{report.MemberCode} {report.Title} ({cycle}) was approved.");

    public static MessageContent Digest(DateOnly day, IReadOnlyList<(string Cycle, ReportLine Report)> submitted) => new(
        $"Submitted on {Date(day)}: {Reports(submitted.Count)}",
        $"{Reports(submitted.Count)} {(submitted.Count == 1 ? "was" : "were")} submitted for review on {Date(day)} (UTC):",
        [.. submitted.Select(s => new MessageItem($"{s.Report.MemberName}, {s.Report.Title} ({s.Cycle})", $"/review/{s.Report.Id}"))],
        "The review queue:",
        "/review",
        $"{Reports(submitted.Count)} submitted on {Date(day)}: {string.Join(", ", submitted.Select(s => $"{s.Report.MemberCode} {s.Report.Commitment}"))}.");

    public static string KindLabel(Data.Notifications.NotificationKind kind) => kind switch
    {
        Data.Notifications.NotificationKind.DeadlineReminder => "Reminders before a cycle's deadline",
        Data.Notifications.NotificationKind.LateList => "The late list on the day after the deadline",
        Data.Notifications.NotificationKind.ReportReturned => "A report of my member is returned",
        Data.Notifications.NotificationKind.ReportApproved => "A report of my member is approved",
        Data.Notifications.NotificationKind.SubmissionDigest => "A daily digest of the reports submitted",
        _ => kind.ToString(),
    };
}
