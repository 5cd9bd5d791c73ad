using System.Security.Claims;
using System.Text.Encodings.Web;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Api;

/// <summary>
/// <c>Authorization: Bearer apt_…</c>. The principal is built from the user as they are now (roles, member, enabled,
/// not locked out), so a token never grants more than its user has today; the token's scopes narrow it further.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ActionPlanDbContext db,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    public const string DisplayName = "Bearer token";

    /// <summary>Last use is written at most this often per token, not on every request.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    private const string Refused = "The token is unknown, revoked or expired, or its account can no longer sign in.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!TokenSecret.TryParse(header["Bearer ".Length..].Trim(), out var prefix, out var secret))
        {
            return AuthenticateResult.Fail("That is not a personal access token: it starts with apt_.");
        }

        var cancel = Context.RequestAborted;
        var token = await db.PersonalAccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Prefix == prefix, cancel);
        var now = clock.GetUtcNow();
        if (token is null || !TokenSecret.Matches(secret, token.SecretHash) || !token.IsActive(now))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user)
            || (await users.IsInRoleAsync(user, Roles.Administrator) && !user.TwoFactorEnabled))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var current = await principals.CreateAsync(user);
        var source = current.Identities.First();
        var identity = new ClaimsIdentity(source.Claims, SchemeName, source.NameClaimType, source.RoleClaimType);
        identity.AddClaims(token.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        identity.AddClaim(new Claim(ApiScopes.TokenIdClaimType, token.Prefix));
        await RecordUseAsync(token, now, cancel);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await ApiProblems.Write(Context, StatusCodes.Status401Unauthorized,
            result.Failure?.Message ?? "Send a personal access token: Authorization: Bearer apt_…. Create one under Account, Personal access tokens.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiresScope>()?.Scope;
        return ApiProblems.Write(Context, StatusCodes.Status403Forbidden, needed is null
            ? "This token does not allow that."
            : $"This token does not allow that: it needs the scope {needed}.");
    }

    /// <summary>
    /// One conditional UPDATE, at most once a minute per token, straight to the table: a write on every request would
    /// make reading the API as costly as writing, and the time of last use is not a change anyone made.
    /// </summary>
    private async Task RecordUseAsync(PersonalAccessToken token, DateTimeOffset now, CancellationToken cancel)
    {
        if (token.LastUsedAt is { } last && now - last < LastUseResolution)
        {
            return;
        }

        var due = now - LastUseResolution;
        await db.PersonalAccessTokens
            .Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt <= due))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancel);
    }
}

/// <summary>Endpoint metadata naming the scope an operation needs, for the refusal's message.</summary>
public sealed record RequiresScope(string Scope);
