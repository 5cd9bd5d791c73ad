using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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
    public RoleAndMemberValidator(IReadOnlyCollection<MemberOption> members)
    {
        RuleFor(x => x.Role).Must(Roles.IsKnown).WithMessage("Choose a role from the list.");
        RuleFor(x => x.MemberCode).NotEmpty().When(x => x.Role == Roles.FocalPoint)
            .WithMessage("A national focal point reports for one member: choose it.");
        RuleFor(x => x.MemberCode).Empty().When(x => Roles.IsKnown(x.Role) && x.Role != Roles.FocalPoint)
            .WithMessage("Only a national focal point is bound to a member: choose \"No member\" for this role.");
        RuleFor(x => x.MemberCode).Must(code => members.Any(m => m.Code == code))
            .When(x => !string.IsNullOrEmpty(x.MemberCode))
            .WithMessage("Choose a member from the list.");
    }
}

/// <summary>
/// A person's name is one line of visible text. Control characters (escapes, line breaks) are leftovers of copy and
/// paste that a reader cannot see, and PostgreSQL refuses some of them.
/// </summary>
public static class DisplayNames
{
    public const string ControlCharacters = "A name cannot hold invisible control characters, such as line breaks or escapes. Remove them.";

    public static bool HasNoControlCharacters(string? name) => name is null || !name.Any(char.IsControl);
}

public sealed record MemberOption(int Id, string Code, string Name)
{
    public static async Task<IReadOnlyList<MemberOption>> LoadAsync(ActionPlanDbContext db) =>
        await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new MemberOption(m.Id, m.Code, m.Name)).ToListAsync();
}
