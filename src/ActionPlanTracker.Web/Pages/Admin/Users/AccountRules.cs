using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

/// <summary>The fields of an account that follow the role: a focal point is bound to one member, other roles to none.</summary>
public interface IRoleAndMember
{
    string? Role { get; }

    string? MemberCode { get; }
}

/// <summary>The rules for role and member, shared by the invitation and the edit forms.</summary>
public sealed class RoleAndMemberValidator : AbstractValidator<IRoleAndMember>
{
    public RoleAndMemberValidator(IReadOnlyCollection<MemberOption> members, IStringLocalizer<AdminResources> text)
    {
        RuleFor(x => x.Role).Must(Roles.IsKnown).WithMessage(text["Users.RoleUnknown"]);
        RuleFor(x => x.MemberCode).NotEmpty().When(x => x.Role == Roles.FocalPoint)
            .WithMessage(text["Users.MemberRequired"]);
        RuleFor(x => x.MemberCode).Empty().When(x => Roles.IsKnown(x.Role) && x.Role != Roles.FocalPoint)
            .WithMessage(text["Users.MemberNotAllowed"]);
        RuleFor(x => x.MemberCode).Must(code => members.Any(m => m.Code == code))
            .When(x => !string.IsNullOrEmpty(x.MemberCode))
            .WithMessage(text["Users.MemberUnknown"]);
    }
}

/// <summary>
/// A person's name is one line of visible text. Control characters (escapes, line breaks) are leftovers of copy and
/// paste that a reader cannot see, and PostgreSQL refuses some of them.
/// </summary>
public static class DisplayNames
{
    public static bool HasNoControlCharacters(string? name) => name is null || !name.Any(char.IsControl);
}

/// <summary>A member as the forms list it, named in the reader's language where a French name was entered.</summary>
public sealed record MemberOption(int Id, string Code, string Name, string? NameFr = null)
{
    public string Label => PlanText.Choose(Name, NameFr);

    public static async Task<IReadOnlyList<MemberOption>> LoadAsync(ActionPlanDbContext db) =>
        await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new MemberOption(m.Id, m.Code, m.Name, m.NameFr)).ToListAsync();
}
