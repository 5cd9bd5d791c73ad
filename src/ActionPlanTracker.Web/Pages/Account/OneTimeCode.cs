namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>The codes typed at the second step of sign-in: six digits from an authenticator app, or a recovery code.</summary>
public static class OneTimeCode
{
    /// <summary>Apps show "123 456"; people copy recovery codes with or without the hyphen and in any case.</summary>
    public static string Normalise(string? typed) =>
        new([.. (typed ?? "").Where(c => c is not (' ' or '-' or '\t')).Select(char.ToUpperInvariant)]);

    public static bool IsAuthenticatorCode(string normalised) => normalised.Length == 6 && normalised.All(char.IsAsciiDigit);

    /// <summary>Identity's recovery codes are ten letters and digits, stored as XXXXX-XXXXX.</summary>
    public static bool IsRecoveryCode(string normalised) => normalised.Length == 10 && normalised.All(char.IsAsciiLetterOrDigit);

    public static string AsStoredRecoveryCode(string normalised) => $"{normalised[..5]}-{normalised[5..]}";
}
