using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The notification settings form and the list's mark-as-read buttons.</summary>
public sealed class NotificationBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string ChooseListed = "Choose among the notifications listed.";
    private static readonly Target Settings = Targets.NotificationSettings;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Settings naming an unknown kind", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", "Everything")),
        Post("Settings turning a deadline notice into a choice", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", "DeadlineReminder")),
        Post("Settings naming the late list", Who.Secretariat, Settings, 400, ChooseListed, ("Input.Receive", "LateList")),
        Post("Settings naming a kind by its number", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", "2")),
        Post("Settings naming a kind in lower case", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", "reportreturned")),
        Post("Settings naming a kind with spaces", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", " ReportReturned ")),
        Post("Settings with markup for a kind", Who.FocalPointFr, Settings, 400, ChooseListed, ("Input.Receive", "<script>alert(1)</script>")),
        Refused("Settings with a kind of 5 MB", Who.FocalPointFr, Settings, 400, ("Input.Receive", Chars(5_000_000))),
        Refused("Marking read a notification that does not exist", Who.FocalPointFr, Targets.MarkRead("999999999"), 404),
        Refused("Marking read a notification whose id is not a number", Who.FocalPointFr, Targets.MarkRead("abc"), 404),
        Refused("Marking read a notification whose id is past the largest", Who.FocalPointFr, Targets.MarkRead("99999999999999999999"), 404),
        Refused("Posting to the notification list without a handler", Who.FocalPointFr, Targets.At("/notifications"), 404),
        Refused("Posting to the notification list with an unknown handler", Who.FocalPointFr, Targets.At("/notifications?handler=Delete"), 404),
        Get("Outbox page read by a secretariat member", Who.Secretariat, "/admin/notifications", 403),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_notification_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
