using ActionPlanTracker.Data.Caching;

namespace ActionPlanTracker.Data.Identity;

/// <summary>
/// Whether a session's security stamp is still the account's and the account is enabled: checked on every signed-in
/// request, so a session ends at its next request after sign-out, a new password or role, or disabling.
/// </summary>
public sealed class SessionStampReader(string connectionString) : PlainReader(connectionString)
{
    public Task<bool> IsCurrentAsync(string userId, string stamp, CancellationToken cancellationToken) => WithRetriesAsync(async () =>
    {
        await using var command = Source.CreateCommand("SELECT security_stamp = $2 AND NOT is_disabled FROM users WHERE id = $1");
        command.Parameters.AddWithValue(userId);
        command.Parameters.AddWithValue(stamp);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }, cancellationToken);
}
