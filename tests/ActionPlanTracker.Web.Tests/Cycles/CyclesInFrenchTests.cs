using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

/// <summary>The secretariat working in French: the cycle pages' words, dates, messages and notices; English unchanged.</summary>
public sealed class CyclesInFrenchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_cycles_list_and_a_cycle_read_in_French_with_French_dates()
    {
        await CycleData.CreateAsync(Factory, "2040-H1", new(2040, 1, 1), new(2040, 6, 30), new(2040, 7, 15), new(2040, 9, 20), CycleState.Open);
        await CycleData.SetReportAsync(Factory, "2040-H1", "DE", "I.1", ReviewState.Approved);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var list = await client.GetStringAsync("/cycles");
        var details = await client.GetStringAsync("/cycles/2040-H1");

        Assert.Contains("<html lang=\"fr\">", list, StringComparison.Ordinal);
        Assert.Contains("<h1>Cycles de rapport</h1>", list, StringComparison.Ordinal);
        Assert.Contains("Date limite de soumission", list, StringComparison.Ordinal);
        var row = CycleData.Cells(list, "cycle-2040-H1");
        Assert.Equal("1 janvier 2040 – 30 juin 2040", row[1]);
        Assert.StartsWith("15 juillet 2040 (", row[3], StringComparison.Ordinal);
        Assert.EndsWith(" jours restants)", row[3], StringComparison.Ordinal);
        Assert.Equal(["20 septembre 2040", "Ouvert", "1"], row.Skip(4).Take(3));

        Assert.Contains("<h1>Cycle 2040-H1</h1>", details, StringComparison.Ordinal);
        Assert.Contains("Réunion des chefs de délégation", details, StringComparison.Ordinal);
        Assert.Contains("Prochaine étape", details, StringComparison.Ordinal);
        Assert.Contains(">Lancer l’examen</button>", details, StringComparison.Ordinal);
        Assert.Equal(["Allemagne", "1", "0", "0", "0", "26", "27"], CycleData.Cells(details, "member-DE"));
        Assert.Equal("Tous les membres", CycleData.Cells(details, "member-all")[0]);
        Assert.DoesNotContain("Submission deadline", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_French_the_same_pages_stay_in_English()
    {
        await CycleData.CreateAsync(Factory, "2041-H1", new(2041, 1, 1), new(2041, 6, 30), new(2041, 7, 15), new(2041, 9, 20));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var list = await client.GetStringAsync("/cycles");
        var details = await client.GetStringAsync("/cycles/2041-H1");

        Assert.Contains("<h1>Reporting cycles</h1>", list, StringComparison.Ordinal);
        Assert.Equal("1 January 2041 – 30 June 2041", CycleData.Cells(list, "cycle-2041-H1")[1]);
        Assert.Equal("Planned", CycleData.Cells(list, "cycle-2041-H1")[5]);
        Assert.Contains("15 July 2041", details, StringComparison.Ordinal);
        Assert.Contains(">Open for reporting</button>", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_on_the_new_cycle_form_is_refused_in_French_and_nothing_is_created()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await client.PostFormAsync(
            "/cycles/new", ("Input.Code", "2042-H1"), ("Input.PeriodStart", ""), ("Input.PeriodEnd", ""),
            ("Input.SubmissionDeadline", "2041-12-01"), ("Input.MeetingDate", "15/09/2042"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "Écrivez la date de la réunion des chefs de délégation sous la forme année-mois-jour, par exemple 2027-09-15.",
            CycleData.FieldError(html, "Input.MeetingDate"));
        Assert.Equal(
            "La date limite de soumission ne peut pas précéder le début de la période de rapport.",
            CycleData.FieldError(html, "Input.SubmissionDeadline"));
        Assert.Contains("value=\"15/09/2042\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Nouveau cycle</h1>", html, StringComparison.Ordinal);
        Assert.Null(await CycleData.FindAsync(Factory, "2042-H1"));
    }

    [Fact]
    public async Task An_empty_cycle_name_and_a_duplicate_are_refused_in_French()
    {
        await CycleData.CreateAsync(Factory, "2043-H2");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var empty = await client.PostFormAsync("/cycles/new", ("Input.Code", ""));
        using var duplicate = await client.PostFormAsync(
            "/cycles/new", ("Input.Code", "2043-H2"), ("Input.SubmissionDeadline", "2044-01-15"), ("Input.MeetingDate", "2044-03-01"), ("Input.Plans", CycleSeed.AdoptedPlan));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Indiquez le nom du cycle, par exemple 2027-H1.", CycleData.FieldError(await empty.Content.ReadAsStringAsync(), "Input.Code"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("Un cycle 2043-H2 existe déjà.", CycleData.FieldError(await duplicate.Content.ReadAsStringAsync(), "Input.Code"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Cycles.CountAsync(c => c.Code == "2043-H2"));
    }

    [Fact]
    public async Task Creating_and_opening_a_cycle_in_French_confirm_in_French_and_are_recorded()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var created = await client.PostFormAsync(
            "/cycles/new", ("Input.Code", "2044-H1"), ("Input.SubmissionDeadline", "2044-07-15"), ("Input.MeetingDate", "2044-09-15"), ("Input.Plans", CycleSeed.AdoptedPlan));
        using var opened = await client.PostFormAsync("/cycles/2044-H1", [], postUrl: "/cycles/2044-H1?handler=Open");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Le cycle 2044-H1 est prévu.", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var html = await opened.Content.ReadAsStringAsync();
        Assert.Contains("Le cycle 2044-H1 est ouvert : chaque membre dispose d’un rapport à remplir sur chaque engagement", html, StringComparison.Ordinal);
        Assert.Contains("15 juillet 2044", html, StringComparison.Ordinal);
        var cycle = await CycleData.FindAsync(Factory, "2044-H1");
        Assert.Equal(CycleState.Open, cycle!.State);
        Assert.Equal(new DateOnly(2044, 1, 1), cycle.PeriodStart);
        Assert.Contains(await CycleData.AuditOfAsync(Factory, cycle), e => e.Action == nameof(AuditAction.Opened));
    }

    [Fact]
    public async Task The_dates_form_says_its_labels_and_its_refusals_in_French()
    {
        await CycleData.CreateAsync(Factory, "2045-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var before = await CycleData.FindAsync(Factory, "2045-H1");

        var form = await client.GetStringAsync("/cycles/2045-H1/edit");
        using var response = await client.PostFormAsync(
            "/cycles/2045-H1/edit", ("Input.Version", before!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.PeriodStart", "2045-01-01"), ("Input.PeriodEnd", "2044-12-31"), ("Input.SubmissionDeadline", "2045-07-15"), ("Input.MeetingDate", ""));

        Assert.Contains("<h1>Dates du cycle 2045-H1</h1>", form, StringComparison.Ordinal);
        Assert.Contains(">Début de la période de rapport</label>", form, StringComparison.Ordinal);
        Assert.Contains("Dates au format année-mois-jour.", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("La période de rapport doit se terminer après son début.", CycleData.FieldError(html, "Input.PeriodEnd"));
        Assert.Equal("Indiquez la date de la réunion des chefs de délégation.", CycleData.FieldError(html, "Input.MeetingDate"));
        Assert.Equal(before.PeriodEnd, (await CycleData.FindAsync(Factory, "2045-H1"))!.PeriodEnd);
    }
}
