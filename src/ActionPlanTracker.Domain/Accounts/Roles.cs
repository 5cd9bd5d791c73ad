namespace ActionPlanTracker.Domain;

/// <summary>The four roles of the application. A focal point is always bound to one member.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string FocalPoint = nameof(FocalPoint);
    public const string Auditor = nameof(Auditor);

    public static IReadOnlyList<string> All { get; } = [Administrator, Secretariat, FocalPoint, Auditor];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>The role's name in the current language; an unknown role as it is.</summary>
    public static string Label(string role) => IsKnown(role) ? DomainText.Get($"Role.{role}") : role;
}
