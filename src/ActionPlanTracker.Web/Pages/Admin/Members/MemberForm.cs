using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Admin.Plan;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Members;

/// <summary>A member as the add and edit forms show it.</summary>
public sealed class MemberInput
{
    /// <summary>Only when adding: a member's code never changes, reports and accounts are filed under it.</summary>
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? NameFr { get; set; }

    /// <summary>Where the member stands in tables; the G7 come first, in the order the seed gives them (10, 20… 80).</summary>
    public int? SortOrder { get; set; }

    // False unless posted: an unticked box sends nothing.
    public bool IsG7Member { get; set; }

    public bool Reports { get; set; }

    public bool IsActive { get; set; }

    /// <summary>The member's version when the form was shown: a change made since is not overwritten.</summary>
    public uint Version { get; set; }

    public static MemberInput Of(Member member) => new()
    {
        Code = member.Code,
        Name = member.Name,
        NameFr = member.NameFr,
        SortOrder = member.SortOrder,
        IsG7Member = member.IsG7Member,
        Reports = member.Reports,
        IsActive = member.IsActive,
        Version = member.Version,
    };
}

public sealed class MemberValidator : AbstractValidator<MemberInput>
{
    public const int MaxSortOrder = 9999;

    public MemberValidator(IStringLocalizer text, bool adding)
    {
        if (adding)
        {
            RuleFor(x => x.Code).NotEmpty().WithMessage(text["Member.CodeMissing"])
                .Must(c => c is null || (c.Trim().Length is 2 or 3 && c.Trim().All(char.IsAsciiLetter)))
                .WithMessage(text["Member.CodeShape"]);
        }

        RuleFor(x => x.Name).NotEmpty().WithMessage(text["Member.NameMissing"])
            .MaximumLength(Translations.ShortLength).WithMessage(text["Member.NameTooLong", Translations.Shown(Translations.ShortLength)])
            .Must(Translations.IsOneLine).WithMessage(text["Member.NameControlCharacters"]);
        RuleFor(x => x.NameFr)
            .MaximumLength(Translations.ShortLength).WithMessage(text["Member.NameTooLong", Translations.Shown(Translations.ShortLength)])
            .Must(Translations.IsOneLine).WithMessage(text["Member.NameControlCharacters"]);
        RuleFor(x => x.SortOrder).NotNull().WithMessage(text["Member.OrderMissing"])
            .InclusiveBetween(0, MaxSortOrder).WithMessage(text["Member.OrderRange", MaxSortOrder]);
    }
}

/// <summary>What saving a member does beyond its own row.</summary>
public static class MemberChanges
{
    /// <summary>
    /// The years the member held the presidency: a holder stays a G7 member (<see cref="Member.Classify"/> is asked
    /// with them).
    /// </summary>
    public static Task<List<int>> PresidencyYearsAsync(ActionPlanDbContext db, int memberId, CancellationToken cancellationToken) =>
        db.Presidencies.Where(p => p.MemberId == memberId).OrderBy(p => p.Year).Select(p => p.Year).ToListAsync(cancellationToken);

    /// <summary>
    /// Ends the open sessions of the member's accounts (a new security stamp each) when whether the member files reports
    /// has changed: they sign in again, and the focal-point role follows the member (<see cref="Security.AppClaimsPrincipalFactory"/>).
    /// </summary>
    public static Task<int> EndSessionsAsync(ActionPlanDbContext db, int memberId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.MemberId == memberId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, x => Guid.NewGuid().ToString()), cancellationToken);
}
