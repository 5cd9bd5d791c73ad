using System.Linq.Expressions;

namespace ActionPlanTracker.Domain;

/// <summary>
/// A member of the Roma-Lyon Group's monitoring: a G7 member (the seven states and the EU) or a coalition partner that
/// reports beside them. A member that stops reporting, or leaves, keeps its history: it is never removed, only set not
/// to report or deactivated, and then gets no report slots in new cycles and no focal-point work.
/// </summary>
public sealed class Member
{
    private Member() { }

    public Member(string code, string name, int sortOrder, bool isG7Member = true)
    {
        Code = NormaliseCode(code);
        IsG7Member = isG7Member;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(DomainText.Get("Member.NeedsName"));
        }

        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    /// <summary>ISO-style code: CA, FR, DE, IT, JP, GB, US, EU.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The member's name in French, shown on French pages where entered.</summary>
    public string? NameFr { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>One of the G7 (the seven states and the EU); otherwise a coalition partner. Only a G7 member holds the presidency.</summary>
    public bool IsG7Member { get; private set; } = true;

    /// <summary>Whether the member reports on the plan (a member may take part in the group without reporting).</summary>
    public bool Reports { get; private set; } = true;

    /// <summary>False once an administrator deactivated the member: its history stays, nothing new is asked of it.</summary>
    public bool IsActive { get; private set; } = true;

    /// <summary>Whether new cycles give the member report slots and its focal points file reports.</summary>
    public bool FilesReports => Files(IsActive, Reports);

    /// <summary>The rule of <see cref="FilesReports"/>, for a member read as its fields.</summary>
    public static bool Files(bool isActive, bool reports) => isActive && reports;

    /// <summary><see cref="FilesReports"/> as a condition EF Core translates.</summary>
    public static Expression<Func<Member, bool>> FilingReports { get; } = m => m.IsActive && m.Reports;

    public uint Version { get; private set; }

    public void Rename(string name, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(DomainText.Get("Member.NeedsName"));
        }

        Name = name.Trim();
        SortOrder = sortOrder;
    }

    /// <summary>
    /// Sets whether the member belongs to the G7 and whether it reports. A member that held the presidency
    /// (<paramref name="presidencyYears"/>) stays a G7 member: the record of who held it would otherwise say otherwise.
    /// </summary>
    public void Classify(bool isG7Member, bool reports, IReadOnlyCollection<int>? presidencyYears = null)
    {
        if (!isG7Member && presidencyYears is { Count: > 0 })
        {
            throw new DomainRuleException(DomainText.Format("Member.HeldPresidency", Name, string.Join(", ", presidencyYears)));
        }

        IsG7Member = isG7Member;
        Reports = reports;
    }

    /// <summary>Stops asking anything new of the member; its reports, accounts and history stay.</summary>
    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public void Translate(string? nameFr) => NameFr = PlanTranslation.Clean(nameFr)?.Trim();

    private static string NormaliseCode(string code)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        if (trimmed.Length is < 2 or > 3 || !trimmed.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException(DomainText.Get("Member.CodeShape"));
        }

        return trimmed;
    }
}
