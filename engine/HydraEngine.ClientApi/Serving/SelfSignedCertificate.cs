using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HydraEngine.ClientApi.Serving;

/// <summary>
/// The certificate for https, as hydrus keeps its <c>client.crt</c>/<c>client.key</c>: made on first use (RSA 2048,
/// self-signed for localhost and 127.0.0.1, ten years) and kept as <c>client.pfx</c> in the API's folder; replace the
/// file with your own to use another.
/// </summary>
public static class SelfSignedCertificate
{
    public const string FileName = "client.pfx";

    public static X509Certificate2 LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
        }

        Directory.CreateDirectory(folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=HydraEngine Client API", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        // Clients check a certificate's validity against their own wall clock, never the engine's (which may be simulated).
        var wallClock = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(wallClock.AddDays(-1), wallClock.AddYears(10));
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pkcs12));
        File.Move(temporary, path, overwrite: true);
        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }
}
