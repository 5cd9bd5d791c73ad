using Microsoft.AspNetCore.Identity;

namespace ActionPlanTracker.Data.Identity;

/// <summary>A person who signs in. A focal point is bound to one member; other roles to none.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The member a focal point reports for; null for the other roles.</summary>
    public int? MemberId { get; set; }

    /// <summary>A disabled account cannot sign in; its history stays.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"en" or "fr", chosen with the language switch; null until the person chooses.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>
    /// The 30-second step of the last authenticator code accepted: a code is accepted once, and no code of an earlier
    /// or the same step after it, on any replica (the step is claimed in the database).
    /// </summary>
    public long? LastAuthenticatorStep { get; set; }
}
