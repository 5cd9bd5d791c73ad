using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace ActionPlanTracker.Web.Api;

/// <summary>
/// A personal access token reads <c>apt_</c>, a public prefix of 12 hex digits that finds its row, <c>_</c>, and a
/// secret of 256 random bits (base64url). Only the SHA-256 of the secret is stored.
/// </summary>
public static class TokenSecret
{
    public const string Marker = "apt_";

    private const int PrefixLength = 12;

    public static (string Token, string Prefix, byte[] Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{Marker}{prefix}_{secret}", prefix, Hash(secret));
    }

    public static bool TryParse(string? token, [NotNullWhen(true)] out string? prefix, [NotNullWhen(true)] out string? secret)
    {
        prefix = secret = null;
        if (token is null || token.Length < Marker.Length + PrefixLength + 2 || !token.StartsWith(Marker, StringComparison.Ordinal)
            || token[Marker.Length + PrefixLength] != '_')
        {
            return false;
        }

        prefix = token.Substring(Marker.Length, PrefixLength);
        secret = token[(Marker.Length + PrefixLength + 1)..];
        return prefix.All(char.IsAsciiHexDigitLower);
    }

    /// <summary>Compares in constant time, so the answer's timing tells nothing about how much of a guess was right.</summary>
    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
