using System.Diagnostics;
using HydraEngine.Testing;

namespace HydraEngine.Repositories.Tests.Peer;

/// <summary>Where hydrus's server is and whether Debian's python has what it imports (checked once).</summary>
internal static class HydrusPeerRequirements
{
    public const string Python = "/usr/bin/python3";

    private const string Modules = "twisted, OpenSSL, yaml, psutil, numpy, PIL, cv2, lz4, requests, dateutil, cbor2";

    private static readonly Lazy<string?> LazyMissing = new(Check);

    public static string HydrusFolder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "peers", "hydrus"));

    /// <summary>Null when the server can run; otherwise what is missing.</summary>
    public static string? Missing => LazyMissing.Value;

    private static string? Check()
    {
        if (!File.Exists(Path.Combine(HydrusFolder, "hydrus_server.py")))
        {
            return $"{HydrusFolder}/hydrus_server.py is absent";
        }

        if (!File.Exists(Python))
        {
            return $"{Python} is absent";
        }

        using var process = Process.Start(new ProcessStartInfo(Python, ["-c", $"import {Modules}"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? null
            : $"python cannot import {Modules}: {error.Trim().Split('\n').LastOrDefault()}; install the python3-* packages listed in ../shared/oracle/README.md";
    }
}
