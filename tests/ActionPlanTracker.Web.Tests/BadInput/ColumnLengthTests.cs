using System.Net;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// Every text column a person fills through a form takes as much as its column holds and refuses one character more
/// with the form's message: the validators and the database agree on every limit, so a long value is never a 500
/// ("value too long for character varying") and never silently cut. Columns written by the application itself, from
/// values it has already bounded, are listed with the reason.
/// </summary>
public sealed class ColumnLengthTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    /// <summary>A form field and the column it is stored in; <c>Value</c> makes a valid value of a given length.</summary>
    /// <remarks><c>With</c>: other fields the row sets, so that the value accepted is the only new thing (a new indicator's own name).</remarks>
    private sealed record Field(string Name, Who Who, Target Target, string Input, Type Entity, string Property, Func<int, string> Value, params (string Field, string? Value)[] With);

    private static string Letters(int length) => new('a', length);

    /// <summary>A commitment code of that length, shaped as plans write them (AAA.AAAA.A).</summary>
    private static string Code(int length) => "AAA.AAAA.AAAA"[..length];

    private static string Email(int length) => new string('a', length - "@example.org".Length) + "@example.org";

    private static readonly Field[] Fields =
    [
        new("invitation name", Who.Administrator, Targets.Invite, "Input.DisplayName", typeof(ApplicationUser), nameof(ApplicationUser.DisplayName), Letters),
        new("invitation e-mail", Who.Administrator, Targets.Invite, "Input.Email", typeof(ApplicationUser), nameof(ApplicationUser.Email), Email),
        new("account name", Who.Administrator, Targets.EditUser("renamed", Roles.Auditor), "Input.DisplayName", typeof(ApplicationUser), nameof(ApplicationUser.DisplayName), Letters),
        new("token name", Who.Secretariat, Targets.NewToken, "Input.Name", typeof(PersonalAccessToken), nameof(PersonalAccessToken.Name), Letters),
        new("indicator name", Who.Secretariat, Targets.NewIndicator, "Input.Name", typeof(Indicator), nameof(Indicator.Name), Letters),
        new("indicator unit", Who.Secretariat, Targets.NewIndicator, "Input.Unit", typeof(Indicator), nameof(Indicator.Unit), Letters, ("Input.Name", "Indicator with the longest unit")),
        new("indicator definition", Who.Secretariat, Targets.NewIndicator, "Input.Definition", typeof(Indicator), nameof(Indicator.Definition), Letters, ("Input.Name", "Indicator with the longest definition")),
        new("indicator name, edited", Who.Secretariat, Targets.EditIndicator, "Input.Name", typeof(Indicator), nameof(Indicator.Name), Letters),
        new("indicator unit, edited", Who.Secretariat, Targets.EditIndicator, "Input.Unit", typeof(Indicator), nameof(Indicator.Unit), Letters),
        new("indicator definition, edited", Who.Secretariat, Targets.EditIndicator, "Input.Definition", typeof(Indicator), nameof(Indicator.Definition), Letters),
        new("commitment short title in French", Who.Administrator, PlanTargets.Commitment("I.1"), "Input.TitleFr", typeof(Commitment), nameof(Commitment.ShortTitleFr), Letters),
        new("pillar title in French", Who.Administrator, PlanTargets.Pillar(1), "Input.TitleFr", typeof(Pillar), nameof(Pillar.TitleFr), Letters),
        new("priority title in French", Who.Administrator, PlanTargets.Priority(1), "Input.TitleFr", typeof(Priority), nameof(Priority.TitleFr), Letters),
        new("plan key", Who.Administrator, PlanDraftTargets.NewPlan, "Input.Key", typeof(ActionPlan), nameof(ActionPlan.Key), Letters),
        new("plan title", Who.Administrator, PlanDraftTargets.NewPlan, "Input.Title", typeof(ActionPlan), nameof(ActionPlan.Title), Letters, ("Input.Key", "g7-longest-title")),
        new("plan title in French", Who.Administrator, PlanDraftTargets.NewPlan, "Input.TitleFr", typeof(ActionPlan), nameof(ActionPlan.TitleFr), Letters, ("Input.Key", "g7-longest-french-title")),
        new("plan adopted by", Who.Administrator, PlanDraftTargets.NewPlan, "Input.AdoptedBy", typeof(ActionPlan), nameof(ActionPlan.AdoptedBy), Letters, ("Input.Key", "g7-longest-adopted-by")),
        new("plan adopted at", Who.Administrator, PlanDraftTargets.AdoptOf(PlanDraftBadInputTests.ToAdopt[0]), "Input.AdoptedAt", typeof(ActionPlan), nameof(ActionPlan.AdoptedAt), Letters),
        new("plan source", Who.Administrator, PlanDraftTargets.AdoptOf(PlanDraftBadInputTests.ToAdopt[1]), "Input.Source", typeof(ActionPlan), nameof(ActionPlan.Source), Letters),
        new("commitment code", Who.Administrator, PlanDraftTargets.AddCommitment(PlanDraftBadInputTests.NewPlan), "NewCommitment.Code", typeof(Commitment), nameof(Commitment.Code), Code),
        new("commitment short title", Who.Administrator, PlanDraftTargets.AddCommitment(PlanDraftBadInputTests.NewPlan), "NewCommitment.ShortTitle", typeof(Commitment), nameof(Commitment.ShortTitle), Letters, ("NewCommitment.Code", "I.8")),
        new("pillar title", Who.Administrator, PlanDraftTargets.AddPillar, "NewPillar.Title", typeof(Pillar), nameof(Pillar.Title), Letters),
        new("priority title", Who.Administrator, PlanDraftTargets.AddPriority, "NewPriority.Title", typeof(Priority), nameof(Priority.Title), Letters),
        new("member name in French", Who.Administrator, MemberTargets.Edit("FR"), "Input.NameFr", typeof(Member), nameof(Member.NameFr), Letters),
    ];

    /// <summary>
    /// Bounded text columns no form writes as typed: each is filled by the application from a value it bounds itself
    /// (an e-mail address of at most 256 characters as the actor, a fixed code, a hash) or is checked by its own test
    /// (file names: AttachmentTests and ImportTests).
    /// </summary>
    private static readonly HashSet<string> WrittenByTheApplication =
    [
        "ApplicationUser.NormalizedEmail", "ApplicationUser.NormalizedUserName", "ApplicationUser.UserName", "ApplicationUser.PreferredLanguage",
        "PersonalAccessToken.Prefix", "ImportUpload.FileName", "ImportUpload.PreviewHash",
        "Notification.DedupKey", "Notification.Kind", "Notification.Link", "NotificationOptOut.Kind",
        "OutboxMessage.DedupKey", "OutboxMessage.Kind", "OutboxMessage.Recipient", "OutboxMessage.Subject",
        "Attachment.ContentType", "Attachment.FileName", "Attachment.RemovedBy", "Attachment.Sha256", "Attachment.UploadedBy",
        "AuditEvent.Action", "AuditEvent.Actor", "AuditEvent.Entity", "AuditEvent.EntityKey", "AuditEvent.Hash", "AuditEvent.PreviousHash",
        "Indicator.CreatedBy", "Indicator.Kind", "IndicatorValue.RecordedBy",
        "Member.Code", "Member.Name", "Pillar.Numeral",
        "ProgressReport.Completion", "ProgressReport.LastChangedBy", "ProgressReport.State",
        "ReportRevision.Action", "ReportRevision.Actor", "ReportRevision.Completion", "ReportRevision.State",
        "ReportingCycle.Code", "ReportingCycle.State", "IdentityRole.Name", "IdentityRole.NormalizedName",
        "LimitCounter.Key", "UnknownAccountFailures.Name",
    ];

    public static TheoryData<string> Names => [.. Fields.Select(f => f.Name)];

    [Fact]
    public async Task Every_bounded_text_column_is_either_tested_here_or_written_by_the_application()
    {
        await using var db = fixture.Factory.CreateDbContext();
        var bounded = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
                .Select(p => $"{e.ClrType.Name.Split('`')[0]}.{p.Name}"))
            .Distinct()
            .ToList();
        var tested = Fields.Select(f => $"{f.Entity.Name}.{f.Property}").ToHashSet();

        var untested = bounded.Where(c => !tested.Contains(c) && !WrittenByTheApplication.Contains(c)).ToList();
        Assert.True(untested.Count == 0, $"Bounded text columns neither tested nor listed: {string.Join(", ", untested)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_value_as_long_as_its_column_is_accepted(string name)
    {
        var field = Fields.Single(f => f.Name == name);
        var length = await ColumnLengthAsync(field);

        using var response = await PostAsync(field, field.Value(length));

        Assert.True((int)response.StatusCode < 400,
            $"{name}: {length} characters fit in the column, but the form answered {(int)response.StatusCode}: {BadInputRunner.Said(await response.Content.ReadAsStringAsync())}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task One_character_more_than_its_column_holds_is_refused_with_a_message(string name)
    {
        var field = Fields.Single(f => f.Name == name);
        var length = await ColumnLengthAsync(field);
        var before = await StoredState.TakeAsync(fixture.Factory);

        using var response = await PostAsync(field, field.Value(length + 1));

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {length + 1} characters answered {(int)response.StatusCode}: {BadInputRunner.Said(html)}");
        Assert.Contains("field-error", html, StringComparison.Ordinal);
        Assert.True(before.SameAs(await StoredState.TakeAsync(fixture.Factory)), $"{name}: the refused value changed what is stored.");
    }

    private async Task<int> ColumnLengthAsync(Field field)
    {
        await using var db = fixture.Factory.CreateDbContext();
        return db.Model.FindEntityType(field.Entity)!.FindProperty(field.Property)!.GetMaxLength()!.Value;
    }

    private async Task<HttpResponseMessage> PostAsync(Field field, string value)
    {
        var client = await fixture.ClientAsync(field.Who);
        var @case = new BadInputCase(field.Name, field.Who, field.Target, [.. field.With, (field.Input, value)], 400, "");
        return await client.PostAsync(field.Target.Url(fixture), await @case.BodyAsync(fixture));
    }
}
