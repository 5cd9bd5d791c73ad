using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// The Data Protection keys (which sign the cookies and antiforgery tokens) live in PostgreSQL; with a certificate
/// configured (DataProtection:CertificatePath, a PKCS#12 file, and DataProtection:CertificatePassword) they are stored
/// encrypted with it, so a copy of the database or a backup alone does not let anyone forge a session.
/// </summary>
internal static class KeyProtection
{
    public const string PathKey = "DataProtection:CertificatePath";
    public const string PasswordKey = "DataProtection:CertificatePassword";

    public static IDataProtectionBuilder ProtectKeysWhenConfigured(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return dataProtection;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The Data Protection certificate {PathKey}=\"{path}\" cannot be read: {exception.Message}");
        }

        if (!certificate.HasPrivateKey)
        {
            throw new StartupException($"The Data Protection certificate \"{path}\" holds no private key; the keys could not be read back.");
        }

        return dataProtection.ProtectKeysWithCertificate(certificate);
    }

    /// <summary>Outside Development, says once at start-up that the keys are stored unencrypted.</summary>
    public static void WarnWhenUnprotected(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration[PathKey]))
        {
            app.Logger.LogWarning(
                "The Data Protection keys are stored in the database unencrypted. Set {PathKey} and {PasswordKey} to a PKCS#12 certificate to encrypt them at rest",
                PathKey, PasswordKey);
        }
    }
}
