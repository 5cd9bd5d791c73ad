namespace ActionPlanTracker.Domain;

/// <summary>A G7 member (or, later, a coalition partner) that reports on the plan.</summary>
public sealed class Member
{
    private Member() { }

    public Member(string code, string name, int sortOrder)
    {
        Code = NormaliseCode(code);
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
