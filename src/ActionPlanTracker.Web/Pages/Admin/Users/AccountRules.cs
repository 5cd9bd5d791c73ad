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

public sealed record MemberOption(int Id, string Code, string Name)
{
    public static async Task<IReadOnlyList<MemberOption>> LoadAsync(ActionPlanDbContext db) =>
        await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new MemberOption(m.Id, m.Code, m.Name)).ToListAsync();
}
