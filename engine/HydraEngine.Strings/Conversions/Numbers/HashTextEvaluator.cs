using System.Security.Cryptography;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Numbers;

/// <summary>Type 13, the lowercase hex digest (md5, sha1, sha256, sha512) of the UTF-8 bytes; another name fails.</summary>
internal sealed class HashTextEvaluator : ConversionEvaluator<HashText>
{
    protected override string Apply(HashText conversion, string text)
    {
        var bytes = PythonUtf8.Encode(text);
        var digest = conversion.Algorithm switch
        {
            "md5" => MD5.HashData(bytes),
            "sha1" => SHA1.HashData(bytes),
            "sha256" => SHA256.HashData(bytes),
            "sha512" => SHA512.HashData(bytes),
            _ => throw new ArgumentException($"Unknown hash function \"{conversion.Algorithm}\"!"),
        };
        return Convert.ToHexStringLower(digest);
    }
}
