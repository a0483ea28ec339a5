using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace HydraEngine.Testing;

/// <summary>
/// A small snapshot helper with Verify's naming (Verify itself is not served here): the approved text lives
/// in <c>{Class}.{Method}.verified.{ext}</c> beside the test; a mismatch writes <c>.received.</c> there and fails.
/// Approve by renaming the received file. Line endings are normalised to \n.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string extension = "txt", string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = name ?? $"{Path.GetFileNameWithoutExtension(testFile)}.{method}";
        VerifyFile(actual, Path.Combine(folder, $"{stem}.verified.{extension}"));
    }

    /// <summary>Compares with an approved file at a given path; writes <c>name.received.ext</c> beside it on mismatch.</summary>
    public static void VerifyFile(string actual, string verifiedPath)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = verifiedPath.Contains(".verified.", StringComparison.Ordinal)
            ? verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal)
            : Path.ChangeExtension(verifiedPath, ".received" + Path.GetExtension(verifiedPath));
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(verified is null
            ? $"No approved snapshot at {verifiedPath}. The result was written to {receivedPath}; review it and rename it to approve."
            : $"The result differs from {verifiedPath}. It was written to {receivedPath}; diff the two, then rename to approve if the change is right.");
    }
}
