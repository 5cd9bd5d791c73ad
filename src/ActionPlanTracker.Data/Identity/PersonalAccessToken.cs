using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Data.Identity;

/// <summary>
/// A token a user made to let another system read the API on their behalf. Only the SHA-256 of its secret is kept:
/// the secret is 256 random bits, so a fast hash is enough (there is no dictionary to try, unlike a password), and it
/// keeps checking a token cheap on every request.
/// </summary>
public sealed class PersonalAccessToken : IRecordsAuditAction
{
    private AuditAction? _recorded;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>What the user called it, to know which system holds it.</summary>
    public string Name { get; set; } = "";

    /// <summary>The public part of the token, unique, to find the row without scanning hashes.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the secret part.</summary>
    public byte[] SecretHash { get; set; } = [];

    public IReadOnlyList<string> Scopes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public uint Version { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>Stops the token opening the API from now on; revoking it again changes nothing.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            _recorded = AuditAction.Revoked;
        }
    }

    AuditAction? IRecordsAuditAction.RecordedAction => _recorded;

    void IRecordsAuditAction.ClearRecordedAction() => _recorded = null;
}
