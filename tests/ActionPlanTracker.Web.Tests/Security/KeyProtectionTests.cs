using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>With a certificate configured, the key ring stored in the database is encrypted with it; without, start-up says so.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task Without_a_certificate_start_up_warns_that_the_keys_are_stored_unencrypted()
    {
        var sink = new CapturingSink();
        await using var factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        await using var host = factory.WithSettings().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        using var client = host.Client();

        using var page = await client.GetAsync("/account/sign-in");

        var warning = Assert.Single(sink.Events, e => e.MessageTemplate.Text.StartsWith("The Data Protection keys are stored in the database unencrypted", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        await using var db = factory.CreateDbContext();
        Assert.Contains("<masterKey", Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_sessions_still_work()
    {
        var folder = Directory.CreateTempSubdirectory("keyring-certificate-");
        try
        {
            var path = Path.Combine(folder.FullName, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=ActionPlanTracker key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "pfx password"));
            }

            // Only the host with the certificate runs: the plain one would make an unencrypted key as it starts.
            await using var factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());
            await using var host = factory.WithSettings(("DataProtection:CertificatePath", path), ("DataProtection:CertificatePassword", "pfx password"));
            using var client = host.Client();

            // The form's antiforgery token is made and checked with the key, so the answer is the sign-in's own refusal.
            using var signIn = await client.PostFormAsync("/account/sign-in", ("Input.Email", "nobody@example.org"), ("Input.Password", "a long wrong password"));

            Assert.Contains(Encoded(EnglishTexts.SignInFailed), await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var db = factory.CreateDbContext();
            var key = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.Contains("EncryptedXmlDecryptor", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
