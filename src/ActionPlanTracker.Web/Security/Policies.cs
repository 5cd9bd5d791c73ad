namespace ActionPlanTracker.Web.Security;

/// <summary>Who may do what. Pages name a policy; the rules of the workflow itself live in the domain.</summary>
public static class Policies
{
    /// <summary>Secretariat and administrators: create, open, move and publish cycles.</summary>
    public const string ManageCycles = nameof(ManageCycles);

    /// <summary>The secretariat: return or approve submitted reports.</summary>
    public const string Review = nameof(Review);

    /// <summary>Focal points bound to a member: file that member's reports.</summary>
    public const string FileReports = nameof(FileReports);

    /// <summary>Administrators: manage accounts.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Secretariat, administrators and auditors: read every member's reports, whatever their state.</summary>
    public const string ReadAll = nameof(ReadAll);
}
