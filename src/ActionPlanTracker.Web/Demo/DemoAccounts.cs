using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Demo;

/// <summary>The demo accounts a newcomer signs in with, in Development only. The README lists them.</summary>
public static class DemoAccounts
{
    /// <summary>Every demo account has this password. Demo data never exists outside Development.</summary>
    public const string Password = "rlg-demo-passphrase";

    public static IReadOnlyList<(string Email, string Name, string Role, string? Member)> All { get; } =
    [
        ("admin@demo.rlg.example", "Alex Admin", Roles.Administrator, null),
        ("secretariat@demo.rlg.example", "Sam Secretariat", Roles.Secretariat, null),
        ("auditor@demo.rlg.example", "Avery Auditor", Roles.Auditor, null),
        ("fp-ca@demo.rlg.example", "Claire Tremblay (Canada)", Roles.FocalPoint, "CA"),
        ("fp-fr@demo.rlg.example", "Julien Moreau (France)", Roles.FocalPoint, "FR"),
        ("fp-de@demo.rlg.example", "Katrin Weber (Germany)", Roles.FocalPoint, "DE"),
        ("fp-it@demo.rlg.example", "Giulia Rossi (Italy)", Roles.FocalPoint, "IT"),
        ("fp-jp@demo.rlg.example", "Haruto Sato (Japan)", Roles.FocalPoint, "JP"),
        ("fp-gb@demo.rlg.example", "Olivia Hughes (United Kingdom)", Roles.FocalPoint, "GB"),
        ("fp-us@demo.rlg.example", "Marcus Johnson (United States)", Roles.FocalPoint, "US"),
        ("fp-eu@demo.rlg.example", "Sofia Lindqvist (European Union)", Roles.FocalPoint, "EU"),
    ];

    public static string FocalPointOf(string member) => $"fp-{member.ToLowerInvariant()}@demo.rlg.example";

    public const string Secretariat = "secretariat@demo.rlg.example";
}
