using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Cycles;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Review;

/// <summary>The secretariat reviewing in French: the queue, the report, a refused and an accepted return; English unchanged.</summary>
public sealed class ReviewInFrenchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private async Task TranslateAsync(string commitment, string shortTitleFr, string textFr)
    {
        await using var db = Factory.CreateDbContext();
        var found = await db.Commitments.SingleAsync(c => c.Code == commitment);
        found.Translate(shortTitleFr, textFr);
        await db.SaveChangesAsync();
    }

    private static async Task<HttpClient> InFrench(Task<HttpClient> signingIn)
    {
        var client = await signingIn;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }

    [Fact]
    public async Task The_queue_reads_in_French_with_French_names_titles_and_dates()
    {
        await TranslateAsync("II.1", "Titre français de l’engagement II.1", "Texte français de l’engagement II.1.");
        await Factory.OpenCycleAsync("2046-H1");
        await Factory.SubmitAsync("2046-H1", "DE", "II.1", Completion.Substantial, "A new unit in Hamburg.", ReviewData.Start);
        await Factory.SubmitAsync("2046-H1", "FR", "I.3", Completion.Limited, "Un pilote.", ReviewData.Start.AddHours(2));
        await Factory.ReturnThroughDomainAsync("2046-H1", "FR", "I.3", "Précisez les dates.", ReviewData.Start.AddDays(1));
        using var client = await InFrench(Factory.SignInAsAsync(Roles.Secretariat));

        using var response = await client.GetAsync("/review?cycle=2046-H1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Rapports à examiner</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Cycle 2046-H1 par état d’examen", html, StringComparison.Ordinal);
        Assert.Contains("En attente d’examen (1)", html, StringComparison.Ordinal);
        Assert.Contains("Renvoyés, en attente du point focal (1)", html, StringComparison.Ordinal);
        var compact = ReviewData.Compact(html);
        Assert.Contains("<td>Allemagne</td><td><span class=\"code\">II.1</span> Titre français de l’engagement II.1</td>", compact, StringComparison.Ordinal);
        Assert.Contains("2 nov. 2026, 09:00 UTC", compact, StringComparison.Ordinal);
        Assert.Contains("3 nov. 2026, 09:00 UTC", compact, StringComparison.Ordinal);
        Assert.Contains(">Examiner</a>", compact, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Tous les membres</th>", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting for review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_without_French_stays_in_English_with_the_adopted_titles()
    {
        await TranslateAsync("II.2", "Titre français de l’engagement II.2", "Texte français.");
        await Factory.OpenCycleAsync("2047-H1");
        await Factory.SubmitAsync("2047-H1", "DE", "II.2", Completion.Substantial, "A new unit.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = ReviewData.Compact(await client.GetStringAsync("/review?cycle=2047-H1"));

        Assert.Contains("<h1>Review queue</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Germany</td>", html, StringComparison.Ordinal);
        Assert.Contains("2 Nov 2026, 09:00 UTC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Titre français", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_without_a_comment_is_refused_in_French_and_changes_nothing()
    {
        await Factory.OpenCycleAsync("2048-H1");
        var id = await Factory.SubmitAsync("2048-H1", "FR", "I.3", Completion.Substantial, "Le pilote couvre tous les ports.", ReviewData.Start);
        var secretariat = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await InFrench(Factory.SignInAsync(secretariat));

        var page = await client.GetStringAsync($"/review/{id}");
        using var response = await client.PostReturnAsync(id, "   ");

        Assert.Contains("<p class=\"eyebrow\">Examen · cycle 2048-H1</p>", page, StringComparison.Ordinal);
        Assert.Contains("Commentaire pour le point focal", page, StringComparison.Ordinal);
        Assert.Contains(">Renvoyer au point focal</button>", page, StringComparison.Ordinal);
        Assert.Contains(">Approuver</button>", page, StringComparison.Ordinal);
        Assert.Contains("Cycle précédent, 2047-H2", page, StringComparison.Ordinal);
        Assert.Contains("Le pilote couvre tous les ports.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Indiquez pourquoi le rapport est renvoyé : le point focal a besoin de ce commentaire pour le réviser.",
            CycleData.FieldError(await response.Content.ReadAsStringAsync(), "Input.Comment"));
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Submitted, stored.State);
        Assert.DoesNotContain(stored.Revisions, v => v.Action == RevisionAction.Returned);
        Assert.Empty(await Factory.AuditActionsAsync(id, secretariat.Email));
    }

    [Fact]
    public async Task A_return_in_French_confirms_in_French_and_keeps_the_comment_as_written()
    {
        await Factory.OpenCycleAsync("2049-H1");
        var id = await Factory.SubmitAsync("2049-H1", "FR", "I.3", Completion.Substantial, "Le pilote.", ReviewData.Start);
        var secretariat = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await InFrench(Factory.SignInAsync(secretariat));

        using var response = await client.PostReturnAsync(id, "Merci de préciser les dates.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/review", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Rapport FR I.3 renvoyé au point focal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Returned, stored.State);
        Assert.Equal("Merci de préciser les dates.", stored.ReviewComment);
        Assert.Equal(["Returned"], await Factory.AuditActionsAsync(id, secretariat.Email));

        var page = await client.GetStringAsync($"/review/{id}");
        Assert.Contains("<strong>Déjà renvoyé</strong> le ", page, StringComparison.Ordinal);
        Assert.Contains("Il est entre les mains du point focal, qui peut le réviser et le soumettre à nouveau.", page, StringComparison.Ordinal);
    }
}
