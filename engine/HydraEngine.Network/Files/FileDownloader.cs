using HydraEngine.Network.Transport;

namespace HydraEngine.Network.Files;

/// <summary>
/// A file download from start to finish: a new part file, the attempts (resuming where they can), then the hashes
/// checked against what the page gave. Whatever goes wrong, including cancellation, the part file is deleted.
/// </summary>
internal sealed class FileDownloader(RequestRunner runner, BodyPump pump, NetworkOptions options, Limits.SizeLimits limits)
{
    public async Task<DownloadedFile> DownloadAsync(NetworkRequest request, string temporaryFolder, ExpectedHashes? expected, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(temporaryFolder);
        RequestRunner.Validate(request.Url);
        var wanted = Normalise(expected);
        var part = PartFile.Create(temporaryFolder, wanted.Keys);
        try
        {
            var file = await runner.RunAsync(request, HttpPlan.Get, new FileReader(part, pump, options, limits.MaxFileBytesFor(request.Url)), cancellationToken).ConfigureAwait(false);
            var hashes = await part.CompleteAsync().ConfigureAwait(false);
            foreach (var (type, hex) in wanted)
            {
                var actual = Convert.ToHexStringLower(hashes[type]);
                if (!string.Equals(actual, hex, StringComparison.Ordinal))
                {
                    throw new NetworkException(
                        NetworkFailure.HashMismatch, request.Url, null,
                        $"the file from {request.Url} has {type} {actual}, but the page gave {hex}");
                }
            }

            return file with { Sha256 = hashes["sha256"] };
        }
        catch
        {
            part.Delete();
            throw;
        }
        finally
        {
            part.Dispose();
        }
    }

    /// <summary>The expected hashes by lower-case hydrus hash name, values as lower-case hex; unknown types are refused.</summary>
    private static Dictionary<string, string> Normalise(ExpectedHashes? expected)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, value) in expected?.ByType ?? new Dictionary<string, string>())
        {
            var name = type.Trim().ToLowerInvariant();
            if (!PartFile.IsKnownHashType(name))
            {
                throw new ArgumentException($"'{type}' is not a hydrus hash type (md5, sha1, sha256, sha512)", nameof(expected));
            }

            wanted[name] = value.Trim().ToLowerInvariant();
        }

        return wanted;
    }
}
