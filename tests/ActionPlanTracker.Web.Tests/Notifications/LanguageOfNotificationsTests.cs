using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>
/// Every e-mail and notice is written in its recipient's language (their profile; English when none is chosen), with
/// dates in that language, whatever the language of whoever caused it.
/// </summary>
public sealed class LanguageOfNotificationsTests
{
    private static readonly DateOnly Deadline = new(2034, 7, 15);

    private static async Task SpeaksAsync(NotificationWorld world, TestUser user, string language)
    {
        await using var db = world.Db();
        var account = await db.Users.SingleAsync(u => u.Email == user.Email);
        account.PreferredLanguage = language;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_french_speaking_focal_point_gets_the_reminder_in_french_and_an_english_speaking_one_in_english()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2034-H1", Deadline);
        await world.App.ReportAsync("2034-H1", "IT", "I.1", ReviewState.Draft, Completion.Limited, "Confidential narrative of Italy.");
        var french = await world.App.CreateAsync(Roles.FocalPoint, "IT");
        var english = await world.App.CreateAsync(Roles.FocalPoint, "IT");
        await SpeaksAsync(world, french, "fr");
        world.SetDay(Deadline.AddDays(-7));

        await NotificationWorld.TickAsync(world.Replica());

        var inFrench = Assert.Single(world.ReceivedBy(french));
        Assert.StartsWith("Rappel : ", inFrench.Subject, StringComparison.Ordinal);
        Assert.EndsWith("du cycle 2034-H1 à soumettre dans 7 jours (15 juillet 2034)", inFrench.Subject, StringComparison.Ordinal);
        Assert.Contains(
            "La date limite de soumission des rapports de votre membre (Italie) pour le cycle 2034-H1 est le 15 juillet 2034, soit dans 7 jours.",
            inFrench.TextBody, StringComparison.Ordinal);
        Assert.Contains(" : Aucun rapport\n", inFrench.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Connectez-vous pour les compléter et les soumettre :", inFrench.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", inFrench.TextBody + inFrench.HtmlBody, StringComparison.Ordinal);
        var notice = Assert.Single(await world.InAppAsync(french));
        Assert.EndsWith("pas encore soumis ; la date limite de soumission est le 15 juillet 2034.", notice.Text, StringComparison.Ordinal);

        var inEnglish = Assert.Single(world.ReceivedBy(english));
        Assert.StartsWith("Reminder: ", inEnglish.Subject, StringComparison.Ordinal);
        Assert.EndsWith("for 2034-H1 due in 7 days (15 July 2034)", inEnglish.Subject, StringComparison.Ordinal);
        Assert.Contains("The deadline for Italy's reports in cycle 2034-H1 is 15 July 2034, in 7 days.", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.Contains(": No report\n", inEnglish.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("juillet", inEnglish.TextBody + inEnglish.HtmlBody, StringComparison.Ordinal);
        Assert.EndsWith("not submitted yet; the deadline is 15 July 2034.", Assert.Single(await world.InAppAsync(english)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_report_is_announced_to_each_focal_point_in_their_language_not_in_the_secretariats()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2034-H2");
        var id = await world.App.SubmitAsync("2034-H2", "DE", "I.3", Completion.Substantial, "Narrative of Germany.", ReviewData.Start);
        var french = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var english = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var secretariat = await world.App.CreateAsync(Roles.Secretariat);
        await SpeaksAsync(world, french, "fr");
        await SpeaksAsync(world, secretariat, "fr");
        var host = world.Replica();
        using var reviewer = await host.SignInToAsync(secretariat);

        using var response = await reviewer.PostReturnAsync(id, "Veuillez préciser les dates des formations.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReviewState.Returned, (await world.App.StoredAsync(id)).State);
        var notice = Assert.Single(await world.InAppAsync(french));
        Assert.StartsWith("DE I.3 ", notice.Text, StringComparison.Ordinal);
        Assert.EndsWith("(2034-H2) a été renvoyé avec ce commentaire : Veuillez préciser les dates des formations.", notice.Text, StringComparison.Ordinal);
        Assert.EndsWith("was returned with this comment: Veuillez préciser les dates des formations.", Assert.Single(await world.InAppAsync(english)).Text, StringComparison.Ordinal);

        await NotificationWorld.TickAsync(host);

        var inFrench = Assert.Single(world.ReceivedBy(french));
        Assert.StartsWith("Rapport renvoyé : DE I.3 ", inFrench.Subject, StringComparison.Ordinal);
        Assert.Contains("Le secrétariat a renvoyé, avec un commentaire, le rapport de votre membre (Allemagne) sur l’engagement I.3 ", inFrench.TextBody, StringComparison.Ordinal);
        Assert.Contains("Connectez-vous pour lire le commentaire et réviser le rapport :", inFrench.HtmlBody, StringComparison.Ordinal);
        var inEnglish = Assert.Single(world.ReceivedBy(english));
        Assert.StartsWith("Returned: DE I.3 ", inEnglish.Subject, StringComparison.Ordinal);
        Assert.Contains("The secretariat returned Germany's report on I.3 ", inEnglish.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_speaking_secretariat_gets_the_daily_digest_in_french()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2034-H1", Deadline);
        await world.SubmitAllAsync("2034-H1", "FR", new DateTimeOffset(2034, 5, 3, 11, 0, 0, TimeSpan.Zero));
        var secretariat = await world.App.CreateAsync(Roles.Secretariat);
        await SpeaksAsync(world, secretariat, "fr");
        world.SetDay(new DateOnly(2034, 5, 4));

        await NotificationWorld.TickAsync(world.Replica());

        var digest = Assert.Single(world.ReceivedBy(secretariat));
        Assert.Equal("Soumis le 3 mai 2034 : 27 rapports", digest.Subject);
        Assert.Contains("27 rapports ont été soumis pour examen le 3 mai 2034 (UTC) :", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("France, II.1 ", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Les rapports à examiner :", digest.TextBody, StringComparison.Ordinal);
    }
}
